package com.actiontracker.ingest.bench;

import com.actiontracker.connect.notes.InMemoryOffsets;
import com.actiontracker.connect.notes.NoteFolderSourceTask;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.source.SourceRecord;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The notes folder connector's task over a large vault (50,000 notes of about 600 bytes in 250 folders):
 * {@code firstFullScan} publishes every note from empty offsets (what a new connector does), {@code unchangedRescan}
 * is one poll over the same vault once every note is known (what each poll interval costs when nothing changed).
 * The source offsets the first scan leaves are printed: the largest bucket and all of them as the worker stores them
 * (JSON), against the 1 MiB record limit of the offsets topic. The task is driven directly, offsets kept in memory;
 * through the Connect runtime and a broker: NoteFolderConnectorIT.
 *
 * <pre>
 * ./mvnw -q -pl streams-app -am -Pbench package -DskipTests
 * java -jar streams-app/target/benchmarks.jar NoteFolderScanBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class NoteFolderScanBenchmark {

    @Param({"50000"})
    public int files;

    private Path vault;
    private final InMemoryOffsets known = new InMemoryOffsets();

    @Setup(Level.Trial)
    public void writeVault() throws Exception {
        vault = Files.createTempDirectory("note-folder-bench-");
        String body = "---\ndate: 2026-01-15\n---\n# Weekly sync\n\n"
                + "- [ ] Send the deck to the steering group @Priya 📅 2026-02-01\n".repeat(8);
        FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        for (int i = 0; i < files; i++) {
            Path note = vault.resolve(
                    String.format("meetings/team-%03d/2026-01-%02d weekly sync %05d.md", i % 250, 1 + i % 28, i));
            Files.createDirectories(note.getParent());
            Files.writeString(note, body + i);
            // Old enough for the connector to trust its stat (no re-hash of files modified within the last seconds).
            Files.setLastModifiedTime(note, anHourAgo);
        }
        List<SourceRecord> all = scanAll(new InMemoryOffsets());
        known.commit(all);
        printOffsetSizes(all.size());
    }

    @TearDown(Level.Trial)
    public void deleteVault() throws IOException {
        Files.walkFileTree(vault, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Benchmark
    public int firstFullScan() throws InterruptedException {
        return scanAll(new InMemoryOffsets()).size();
    }

    @Benchmark
    public int unchangedRescan() throws InterruptedException {
        List<SourceRecord> sent = scanAll(known);
        if (!sent.isEmpty()) {
            throw new IllegalStateException(sent.size() + " unchanged notes were published again");
        }
        return sent.size();
    }

    private List<SourceRecord> scanAll(InMemoryOffsets offsets) throws InterruptedException {
        NoteFolderSourceTask task = new NoteFolderSourceTask();
        task.initialize(offsets);
        task.start(Map.of("notes.root", vault.toString(), "poll.interval.ms", "10", "batch.max.files", "1000"));
        try {
            List<SourceRecord> sent = new ArrayList<>();
            List<SourceRecord> batch;
            // The first poll scans the folder; the task returns null once what that scan found is sent.
            while ((batch = task.poll()) != null) {
                sent.addAll(batch);
            }
            return sent;
        } finally {
            task.stop();
        }
    }

    private void printOffsetSizes(int published) throws IOException {
        ObjectMapper json = new ObjectMapper();
        IntSummaryStatistics sizes = new IntSummaryStatistics();
        for (Map.Entry<Map<String, ?>, Map<String, Object>> offset :
                known.committed().entrySet()) {
            sizes.accept(
                    json.writeValueAsBytes(offset.getKey()).length + json.writeValueAsBytes(offset.getValue()).length);
        }
        System.out.printf(
                "%n%d notes published by the first scan; %d source offsets: largest %,d bytes, mean %,.0f, "
                        + "all %,d bytes (the offsets topic's record limit is 1,048,576)%n",
                published, sizes.getCount(), sizes.getMax(), sizes.getAverage(), sizes.getSum());
    }
}
