package com.actiontracker.parse.bench;

import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.parse.UnreadableNoteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to read one real transcript (a QMSum meeting, about 75-110 KB) on one thread, models loaded: {@code firstRead}
 * reads sentences the parser has not embedded before (each call a variant of the note, every sentence marked apart),
 * {@code reread} the same note again, as after an edit elsewhere in it.
 *
 * <pre>
 * ./mvnw -q -pl streams-app -am -Pbench package -DskipTests
 * java -jar streams-app/target/benchmarks.jar TranscriptBenchmark -f 1 -wi 2 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Benchmark)
public class TranscriptBenchmark {

    @Param({"streams-app/src/test/resources/transcripts/notes/Bmr007.md"})
    public String transcript;

    private static final int VARIANTS = 400;

    private final NoteParser parser = new NoteParser(ParserSettings.defaults());
    private final List<byte[]> variants = new ArrayList<>();
    private byte[] note;
    private int next;

    @Setup
    public void load() throws UnreadableNoteException {
        try {
            note = Files.readAllBytes(Path.of(transcript));
        } catch (IOException e) {
            throw new UncheckedIOException("Run from the repository root, or set -p transcript=FILE", e);
        }
        String text = new String(note, StandardCharsets.UTF_8);
        // More variants than the parser remembers sentences (8192): every call of firstRead embeds afresh. A meeting
        // has only a few dozen sentences embedded (what the screen keeps), so it takes hundreds of variants.
        for (int v = 0; v < VARIANTS; v++) {
            variants.add(text.replaceAll("([.?!])(\\s)", " take" + v + "$1$2").getBytes(StandardCharsets.UTF_8));
        }
        parser.parse("warm.md", note);
    }

    @Benchmark
    public Object firstRead() throws UnreadableNoteException {
        byte[] variant = variants.get(next++ % variants.size());
        return parser.parse("bench.md", variant);
    }

    @Benchmark
    public Object reread() throws UnreadableNoteException {
        return parser.parse("bench.md", note);
    }
}
