package com.actiontracker.parse.bench;

import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.parse.UnreadableNoteException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput of {@link NoteParser}, in megabytes of note per second: the "megabytes" line of each benchmark's
 * results (JMH prints it as ops/s). {@code seeds} parses the five notes in seeds/, {@code generated} a corpus of 120
 * generated notes of about 40 KB (see {@link NoteCorpus}).
 *
 * <p>Build and run from the repository root:
 * <pre>
 * ./mvnw -q -pl streams-app -am -Pbench package -DskipTests &amp;&amp; java -jar streams-app/target/benchmarks.jar
 * </pre>
 * Short settings, as for a quick figure on a busy machine:
 * <pre>
 * java -jar streams-app/target/benchmarks.jar NoteParserBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 * {@code -p seedDirectory=/path/to/seeds} reads seed notes from elsewhere.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class NoteParserBenchmark {

    @Param("")
    public String seedDirectory;

    private final NoteParser parser = new NoteParser(ParserSettings.defaults());
    private List<byte[]> seeds;
    private List<byte[]> generated;

    /** Megabytes parsed, reported by JMH as a rate next to the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {

        public double megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void loadCorpora() {
        seeds = NoteCorpus.seeds(seedDirectory);
        generated = NoteCorpus.generated(120, 42);
    }

    @Benchmark
    public void seeds(Throughput throughput, Blackhole blackhole) throws UnreadableNoteException {
        parseAll(seeds, throughput, blackhole);
    }

    @Benchmark
    public void generated(Throughput throughput, Blackhole blackhole) throws UnreadableNoteException {
        parseAll(generated, throughput, blackhole);
    }

    private void parseAll(List<byte[]> notes, Throughput throughput, Blackhole blackhole)
            throws UnreadableNoteException {
        for (byte[] note : notes) {
            blackhole.consume(parser.parse("bench.md", note));
            throughput.megabytes += note.length / 1_000_000.0;
        }
    }
}
