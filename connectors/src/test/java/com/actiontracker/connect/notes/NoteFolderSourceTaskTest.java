package com.actiontracker.connect.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.apache.kafka.connect.storage.OffsetUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task driven directly, with Connect's offset storage replaced by a map (the worker's offset commit is what
 * {@link #commit} stands in for). Through the real Connect runtime: NoteFolderConnectorIT.
 */
class NoteFolderSourceTaskTest {

    @TempDir
    Path vault;

    private final Map<Map<String, ?>, Map<String, Object>> committedOffsets = new HashMap<>();
    private final List<NoteFolderSourceTask> tasks = new ArrayList<>();

    @AfterEach
    void stopTasks() {
        tasks.forEach(NoteFolderSourceTask::stop);
    }

    @Test
    void publishesEveryNoteWithItsExactBytesKeyedByRelativePath() throws Exception {
        byte[] mojibake = "Ã¢â‚¬â€\u009d ðŸ“… caf\u00e9".getBytes(StandardCharsets.UTF_8);
        write("a.md", mojibake);
        write("meetings/2025/b.txt", "hello".getBytes(StandardCharsets.UTF_8));
        write("meetings/skip.pdf", new byte[] {1});
        write(".obsidian/workspace.md", new byte[] {1});

        List<SourceRecord> records = pollAll(startTask(Map.of()));

        assertThat(records).extracting(SourceRecord::key).containsExactly("a.md", "meetings/2025/b.txt");
        Struct note = (Struct) records.get(0).value();
        assertThat(note.getBytes("content")).isEqualTo(mojibake);
        assertThat(note.getString("path")).isEqualTo("a.md");
        assertThat(note.getString("sha256")).hasSize(64);
        assertThat(note.getInt64("sizeBytes")).isEqualTo(mojibake.length);
        assertThat(records).allSatisfy(r -> assertThat(r.topic()).isEqualTo("tracker.notes.raw"));
    }

    @Test
    void aChangedFileIsPublishedAgainAndAnUntouchedOneIsNot() throws Exception {
        write("a.md", "- [ ] one".getBytes(StandardCharsets.UTF_8));
        write("b.md", "b".getBytes(StandardCharsets.UTF_8));
        NoteFolderSourceTask task = startTask(Map.of());
        assertThat(pollAll(task)).hasSize(2);

        write("a.md", "- [x] one".getBytes(StandardCharsets.UTF_8));
        List<SourceRecord> second = pollAll(task);

        assertThat(second).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("a.md");
            assertThat(new String(((Struct) r.value()).getBytes("content"), StandardCharsets.UTF_8)).isEqualTo("- [x] one");
        });
    }

    @Test
    void aFileModifiedMomentsAgoWaitsForALaterScanSoThatAHalfWrittenNoteIsNeverPublished() throws Exception {
        write("a.md", "- [ ] on".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(vault.resolve("a.md"), FileTime.from(Instant.now()));
        NoteFolderSourceTask task = startTask(Map.of("file.minimum.age.ms", "60000"));
        assertThat(pollAll(task)).as("modified a moment ago").isEmpty();

        write("a.md", "- [ ] one thing @Ana".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(vault.resolve("a.md"), FileTime.from(Instant.now().minusSeconds(120)));
        List<SourceRecord> settled = pollAll(task);

        assertThat(settled).singleElement().satisfies(r -> assertThat(new String(((Struct) r.value()).getBytes("content"),
                StandardCharsets.UTF_8)).isEqualTo("- [ ] one thing @Ana"));
    }

    @Test
    void aNoteTruncatedByItsEditorJustAsItIsExaminedIsNotPublishedEmpty() throws Exception {
        write("a.md", "- [ ] one\n- [ ] two\n".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(vault.resolve("a.md"), FileTime.from(Instant.now().minusSeconds(120)));
        NoteFolderSourceTask task = startTask(Map.of("file.minimum.age.ms", "60000"));
        java.util.concurrent.atomic.AtomicBoolean truncated = new java.util.concurrent.atomic.AtomicBoolean();
        task.clock(() -> {
            long before = System.currentTimeMillis() - 5;
            if (truncated.compareAndSet(false, true)) {
                // The editor opens the note to rewrite it (O_TRUNC) right when the connector reads the time.
                try {
                    Files.write(vault.resolve("a.md"), new byte[0]);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return before;
        });

        assertThat(pollAll(task)).as("neither the empty nor a half note").isEmpty();
    }

    @Test
    void aNoteLeftEmptyByAnEditorPausedBetweenTruncatingAndWritingIsNotPublishedUntilItStaysEmpty() throws Exception {
        write("a.md", "- [ ] one\n- [ ] two\n".getBytes(StandardCharsets.UTF_8));
        NoteFolderSourceTask task = startTask(Map.of("file.minimum.age.ms", "250"));
        long start = System.currentTimeMillis() + 60_000;
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(start);
        task.clock(now::get);
        assertThat(pollAll(task)).hasSize(1);

        // The editor truncated the note, then stalled (a GC pause, a busy machine) for longer than the minimum age.
        write("a.md", new byte[0]);
        Files.setLastModifiedTime(vault.resolve("a.md"), FileTime.fromMillis(start + 1_000));
        now.set(start + 1_000 + 800);
        assertThat(pollAll(task)).as("an emptied note, 800 ms after it was emptied").isEmpty();

        now.set(start + 1_000 + NoteFolderSourceTask.EMPTIED_NOTE_WAIT_MS);
        assertThat(pollAll(task)).as("a note that stayed empty").singleElement()
                .satisfies(r -> assertThat(((Struct) r.value()).getBytes("content")).isEmpty());
    }

    @Test
    void aModificationTimeInTheFutureDoesNotHoldAFileBack() throws Exception {
        write("a.md", "later".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(vault.resolve("a.md"), FileTime.from(Instant.now().plusSeconds(3600)));

        assertThat(pollAll(startTask(Map.of("file.minimum.age.ms", "60000")))).hasSize(1);
    }

    @Test
    void touchingAFileWithoutChangingItsContentPublishesNothing() throws Exception {
        write("a.md", "same".getBytes(StandardCharsets.UTF_8));
        NoteFolderSourceTask task = startTask(Map.of());
        assertThat(pollAll(task)).hasSize(1);

        Files.setLastModifiedTime(vault.resolve("a.md"), FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(pollAll(task)).isEmpty();
    }

    @Test
    void aDeletedFileBecomesATombstone() throws Exception {
        write("a.md", "a".getBytes(StandardCharsets.UTF_8));
        NoteFolderSourceTask task = startTask(Map.of());
        pollAll(task);

        Files.delete(vault.resolve("a.md"));

        assertThat(pollAll(task)).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("a.md");
            assertThat(r.value()).isNull();
        });
    }

    @Test
    void afterARestartNothingIsResentButChangesMadeWhileStoppedAre() throws Exception {
        write("keep.md", "k".getBytes(StandardCharsets.UTF_8));
        write("edit.md", "v1".getBytes(StandardCharsets.UTF_8));
        write("gone.md", "g".getBytes(StandardCharsets.UTF_8));
        NoteFolderSourceTask first = startTask(Map.of());
        commit(pollAll(first));
        first.stop();

        write("edit.md", "v2".getBytes(StandardCharsets.UTF_8));
        Files.delete(vault.resolve("gone.md"));
        write("new.md", "n".getBytes(StandardCharsets.UTF_8));
        List<SourceRecord> afterRestart = pollAll(startTask(Map.of()));

        assertThat(afterRestart).extracting(SourceRecord::key).containsExactlyInAnyOrder("edit.md", "gone.md", "new.md");
        assertThat(afterRestart).filteredOn(r -> r.key().equals("gone.md")).singleElement()
                .satisfies(r -> assertThat(r.value()).isNull());
    }

    @Test
    void aFileLargerThanTheLimitBecomesADeadLetterOnceWithoutItsContent() throws Exception {
        write("big.md", new byte[2048]);
        write("small.md", "s".getBytes(StandardCharsets.UTF_8));
        NoteFolderSourceTask task = startTask(Map.of("max.file.bytes", "1024"));

        List<SourceRecord> records = pollAll(task);

        assertThat(records).filteredOn(r -> r.topic().equals("tracker.dead-letters")).singleElement().satisfies(r -> {
            Struct letter = (Struct) r.value();
            assertThat(letter.getString("path")).isEqualTo("big.md");
            assertThat(letter.getString("stage")).isEqualTo("connector");
            assertThat(letter.getString("reason")).contains("2048 bytes exceeds max.file.bytes=1024");
            assertThat(letter.getBytes("value")).isNull();
        });
        assertThat(records).filteredOn(r -> r.topic().equals("tracker.notes.raw")).extracting(SourceRecord::key)
                .containsExactly("small.md");
        Files.setLastModifiedTime(vault.resolve("big.md"), FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(pollAll(task)).isEmpty();
    }

    @Test
    void batchesAreCappedAndOnlyTheLastRecordOfABatchCarriesTheNewManifest() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("n" + i + ".md", ("note " + i).getBytes(StandardCharsets.UTF_8));
        }
        NoteFolderSourceTask task = startTask(Map.of("batch.max.files", "2"));

        List<SourceRecord> firstBatch = task.poll();

        assertThat(firstBatch).hasSize(2);
        assertThat(manifestPaths(firstBatch.get(0))).isEmpty();
        assertThat(manifestPaths(firstBatch.get(1))).containsExactly("n0.md", "n1.md");
        assertThat(pollAll(task)).hasSize(3);
    }

    @Test
    void aVanishedRootIsNotMistakenForDeletedNotes() throws Exception {
        Path inner = Files.createDirectories(vault.resolve("vault"));
        Files.writeString(inner.resolve("a.md"), "a");
        NoteFolderSourceTask task = startTask(Map.of("notes.root", inner.toString()));
        assertThat(pollAll(task)).hasSize(1);

        Files.delete(inner.resolve("a.md"));
        Files.delete(inner);

        assertThat(pollAll(task)).isEmpty();
    }

    private NoteFolderSourceTask startTask(Map<String, String> overrides) {
        // Files are written just before each poll here: age 0 makes them due at once, except where a test sets it.
        Map<String, String> props = new HashMap<>(Map.of("notes.root", vault.toString(), "poll.interval.ms", "10",
                "file.minimum.age.ms", "0"));
        props.putAll(overrides);
        NoteFolderSourceTask task = new NoteFolderSourceTask();
        task.initialize(new InMemoryContext());
        task.start(props);
        tasks.add(task);
        return task;
    }

    /** Polls until a scan finds nothing more to publish. */
    private static List<SourceRecord> pollAll(NoteFolderSourceTask task) throws InterruptedException {
        List<SourceRecord> all = new ArrayList<>();
        int emptyPolls = 0;
        while (emptyPolls < 2) {
            List<SourceRecord> batch = task.poll();
            if (batch == null) {
                emptyPolls++;
            } else {
                all.addAll(batch);
            }
        }
        return all;
    }

    private void commit(List<SourceRecord> records) {
        records.forEach(r -> {
            OffsetUtils.validateFormat(r.sourceOffset());
            committedOffsets.put(r.sourcePartition(), new HashMap<>(r.sourceOffset()));
        });
    }

    private static Collection<String> manifestPaths(SourceRecord record) {
        OffsetUtils.validateFormat(record.sourceOffset());
        return record.sourceOffset().keySet();
    }

    private void write(String relative, byte[] content) throws IOException {
        Path file = vault.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private final class InMemoryContext implements SourceTaskContext {
        @Override
        public Map<String, String> configs() {
            return Map.of();
        }

        @Override
        public OffsetStorageReader offsetStorageReader() {
            return new OffsetStorageReader() {
                @Override
                public <T> Map<String, Object> offset(Map<String, T> partition) {
                    return committedOffsets.get(partition);
                }

                @Override
                public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
                    Map<Map<String, T>, Map<String, Object>> result = new HashMap<>();
                    partitions.forEach(p -> result.put(p, committedOffsets.get(p)));
                    return result;
                }
            };
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null;
        }
    }
}
