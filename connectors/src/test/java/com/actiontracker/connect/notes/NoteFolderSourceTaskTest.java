package com.actiontracker.connect.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
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

    private final InMemoryOffsets offsets = new InMemoryOffsets();
    private final Map<Map<String, ?>, Map<String, Object>> committedOffsets = offsets.committed();
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
            assertThat(new String(((Struct) r.value()).getBytes("content"), StandardCharsets.UTF_8))
                    .isEqualTo("- [x] one");
        });
    }

    @Test
    void aFileModifiedMomentsAgoWaitsForALaterScanSoThatAHalfWrittenNoteIsNeverPublished() throws Exception {
        write("a.md", "- [ ] on".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(vault.resolve("a.md"), FileTime.from(Instant.now()));
        NoteFolderSourceTask task = startTask(Map.of("file.minimum.age.ms", "60000"));
        assertThat(pollAll(task)).as("modified a moment ago").isEmpty();

        write("a.md", "- [ ] one thing @Ana".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(
                vault.resolve("a.md"), FileTime.from(Instant.now().minusSeconds(120)));
        List<SourceRecord> settled = pollAll(task);

        assertThat(settled)
                .singleElement()
                .satisfies(r -> assertThat(new String(((Struct) r.value()).getBytes("content"), StandardCharsets.UTF_8))
                        .isEqualTo("- [ ] one thing @Ana"));
    }

    @Test
    void aNoteTruncatedByItsEditorJustAsItIsExaminedIsNotPublishedEmpty() throws Exception {
        write("a.md", "- [ ] one\n- [ ] two\n".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(
                vault.resolve("a.md"), FileTime.from(Instant.now().minusSeconds(120)));
        AtomicInteger reads = new AtomicInteger();
        NoteFolderSourceTask task = startTask(Map.of("file.minimum.age.ms", "60000"), new ReadTime(() -> {
            long before = System.currentTimeMillis() - 5;
            // A poll reads the clock twice to schedule its scan, then once for each file it examines, after the
            // file's stat. At that read, the editor opens the note to rewrite it (O_TRUNC).
            if (reads.incrementAndGet() == 3) {
                try {
                    Files.write(vault.resolve("a.md"), new byte[0]);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return before;
        }));

        assertThat(pollAll(task)).as("neither the empty nor a half note").isEmpty();
    }

    @Test
    void aNoteLeftEmptyByAnEditorPausedBetweenTruncatingAndWritingIsNotPublishedUntilItStaysEmpty() throws Exception {
        write("a.md", "- [ ] one\n- [ ] two\n".getBytes(StandardCharsets.UTF_8));
        long start = System.currentTimeMillis() + 60_000;
        AtomicLong now = new AtomicLong(start);
        NoteFolderSourceTask task = startTask(Map.of("file.minimum.age.ms", "250"), new ReadTime(now::get));
        assertThat(pollAll(task)).hasSize(1);

        // The editor truncated the note, then stalled (a GC pause, a busy machine) for longer than the minimum age.
        write("a.md", new byte[0]);
        Files.setLastModifiedTime(vault.resolve("a.md"), FileTime.fromMillis(start + 1_000));
        now.set(start + 1_000 + 800);
        assertThat(pollAll(task))
                .as("an emptied note, 800 ms after it was emptied")
                .isEmpty();

        now.set(start + 1_800 + NoteFolderSourceTask.EMPTIED_NOTE_WAIT_MS);
        assertThat(pollAll(task))
                .as("a note that stayed empty")
                .singleElement()
                .satisfies(r ->
                        assertThat(((Struct) r.value()).getBytes("content")).isEmpty());
    }

    @Test
    void aNoteEmptiedByATruncationThatKeptItsOldModificationTimeWaitsUntilTheTaskHasSeenItEmptyLongEnough()
            throws Exception {
        AtomicLong now = new AtomicLong(System.currentTimeMillis());
        NoteFolderSourceTask task = publishedThenTruncated("- [ ] one\n- [ ] two\n", now);
        now.addAndGet(1_000);
        assertThat(pollAll(task))
                .as("an emptied note whose time says it is old")
                .isEmpty();
        now.addAndGet(NoteFolderSourceTask.EMPTIED_NOTE_WAIT_MS - 500);
        assertThat(pollAll(task)).as("seen empty for less than the wait").isEmpty();

        now.addAndGet(500);
        assertThat(pollAll(task))
                .as("a note that stayed empty")
                .singleElement()
                .satisfies(r ->
                        assertThat(((Struct) r.value()).getBytes("content")).isEmpty());
    }

    @Test
    void aNoteRefilledBeforeTheWaitIsOverIsPublishedWithItsContentNeverEmpty() throws Exception {
        AtomicLong now = new AtomicLong(System.currentTimeMillis());
        NoteFolderSourceTask task = publishedThenTruncated("- [ ] one\n", now);
        assertThat(pollAll(task)).isEmpty();

        write("a.md", "- [x] one\n".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(vault.resolve("a.md"), FileTime.fromMillis(now.get() - 1_000));
        now.addAndGet(NoteFolderSourceTask.EMPTIED_NOTE_WAIT_MS);
        write("b.md", new byte[0]);
        Files.setLastModifiedTime(vault.resolve("b.md"), FileTime.fromMillis(now.get() - 60_000));

        assertThat(pollAll(task))
                .as("the refilled note, and not yet the new empty one")
                .singleElement()
                .satisfies(r -> assertThat(new String(((Struct) r.value()).getBytes("content"), StandardCharsets.UTF_8))
                        .isEqualTo("- [x] one\n"));
    }

    @Test
    void aModificationTimeInTheFutureDoesNotHoldAFileBack() throws Exception {
        write("a.md", "later".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(
                vault.resolve("a.md"), FileTime.from(Instant.now().plusSeconds(3600)));

        assertThat(pollAll(startTask(Map.of("file.minimum.age.ms", "60000")))).hasSize(1);
    }

    @Test
    void touchingAFileWithoutChangingItsContentPublishesNothing() throws Exception {
        write("a.md", "same".getBytes(StandardCharsets.UTF_8));
        NoteFolderSourceTask task = startTask(Map.of());
        assertThat(pollAll(task)).hasSize(1);

        Files.setLastModifiedTime(
                vault.resolve("a.md"), FileTime.from(Instant.now().plusSeconds(60)));

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
        offsets.commit(pollAll(first));
        first.stop();

        write("edit.md", "v2".getBytes(StandardCharsets.UTF_8));
        Files.delete(vault.resolve("gone.md"));
        write("new.md", "n".getBytes(StandardCharsets.UTF_8));
        List<SourceRecord> afterRestart = pollAll(startTask(Map.of()));

        assertThat(afterRestart)
                .extracting(SourceRecord::key)
                .containsExactlyInAnyOrder("edit.md", "gone.md", "new.md");
        assertThat(afterRestart)
                .filteredOn(r -> r.key().equals("gone.md"))
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isNull());
    }

    @Test
    void aFileLargerThanTheLimitBecomesADeadLetterOnceWithoutItsContent() throws Exception {
        write("big.md", new byte[2048]);
        write("small.md", "s".getBytes(StandardCharsets.UTF_8));
        NoteFolderSourceTask task = startTask(Map.of("max.file.bytes", "1024"));

        List<SourceRecord> records = pollAll(task);

        assertThat(records)
                .filteredOn(r -> r.topic().equals("tracker.dead-letters"))
                .singleElement()
                .satisfies(r -> {
                    Struct letter = (Struct) r.value();
                    assertThat(letter.getString("path")).isEqualTo("big.md");
                    assertThat(letter.getString("failedIn")).isEqualTo("CONNECTOR");
                    assertThat(letter.getString("stage")).isEqualTo("connector");
                    assertThat(letter.getString("reason")).contains("2048 bytes exceeds max.file.bytes=1024");
                    assertThat(letter.getBytes("value")).isNull();
                });
        assertThat(records)
                .filteredOn(r -> r.topic().equals("tracker.notes.raw"))
                .extracting(SourceRecord::key)
                .containsExactly("small.md");
        Files.setLastModifiedTime(
                vault.resolve("big.md"), FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(pollAll(task)).isEmpty();
    }

    @Test
    void batchesAreCappedAndInEachBucketOnlyTheLastRecordOfABatchCarriesItsNewState() throws Exception {
        List<String> shared = namesInOneBucket(3);
        String other = shared.stream()
                .map(n -> "other-" + n)
                .filter(n -> NoteFolderOffsets.bucketOf(n) != NoteFolderOffsets.bucketOf(shared.get(0)))
                .findFirst()
                .orElseThrow();
        for (String name : shared) {
            write(name, name.getBytes(StandardCharsets.UTF_8));
        }
        write(other, other.getBytes(StandardCharsets.UTF_8));
        write("zz-later.md", "later".getBytes(StandardCharsets.UTF_8));
        NoteFolderSourceTask task = startTask(Map.of("batch.max.files", "4"));

        List<SourceRecord> firstBatch = task.poll();

        assertThat(firstBatch).hasSize(4);
        Map<String, SourceRecord> byKey = new HashMap<>();
        firstBatch.forEach(r -> byKey.put((String) r.key(), r));
        int bucket = NoteFolderOffsets.bucketOf(shared.get(0));
        assertThat(byKey.get(shared.get(0)).sourcePartition())
                .isEqualTo(NoteFolderOffsets.partition(vault.toString(), bucket));
        assertThat(manifestPaths(byKey.get(shared.get(0))))
                .as("the bucket before the batch")
                .isEmpty();
        assertThat(manifestPaths(byKey.get(shared.get(1)))).isEmpty();
        assertThat(manifestPaths(byKey.get(shared.get(2)))).containsExactlyInAnyOrderElementsOf(shared);
        assertThat(manifestPaths(byKey.get(other))).containsExactly(other);
        assertThat(pollAll(task)).extracting(SourceRecord::key).containsExactly("zz-later.md");
    }

    @Test
    void aBucketHoldsOnlyItsOwnFilesSoNoOffsetGrowsWithTheWholeFolder() throws Exception {
        for (int i = 0; i < 2000; i++) {
            write("meetings/2026/weekly sync " + i + ".md", ("- [ ] item " + i).getBytes(StandardCharsets.UTF_8));
        }
        NoteFolderSourceTask first = startTask(Map.of("batch.max.files", "500"));
        offsets.commit(pollAll(first));
        first.stop();

        assertThat(committedOffsets).hasSizeGreaterThan(NoteFolderOffsets.BUCKETS / 2);
        assertThat(committedOffsets.values())
                .allSatisfy(offset -> assertThat(offset.size()).isLessThan(40));
        assertThat(committedOffsets.values().stream().mapToInt(Map::size).sum()).isEqualTo(2000);
        Files.delete(vault.resolve("meetings/2026/weekly sync 7.md"));
        assertThat(pollAll(startTask(Map.of())))
                .as("after a restart, only the file deleted while stopped")
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.key()).isEqualTo("meetings/2026/weekly sync 7.md");
                    assertThat(r.value()).isNull();
                });
    }

    @Test
    void theSingleManifestOfAnOlderReleaseIsMovedIntoBucketsOnceWithoutLosingADeletion() throws Exception {
        write("kept.md", "k".getBytes(StandardCharsets.UTF_8));
        write("also.md", "a".getBytes(StandardCharsets.UTF_8));
        long modified = Files.getLastModifiedTime(vault.resolve("kept.md")).toMillis();
        // What the release before the buckets stored: the whole folder in one offset, under the folder alone.
        committedOffsets.put(
                NoteFolderOffsets.singleManifestPartition(vault.toString()),
                new HashMap<>(Map.of(
                        "kept.md", "0123456789abcdef0123456789abcdef:1:" + modified,
                        "also.md", "0123456789abcdef0123456789abcdef:1:" + modified,
                        "deleted-while-upgrading.md", "0123456789abcdef0123456789abcdef:1:" + modified)));
        NoteFolderSourceTask upgraded = startTask(Map.of());
        List<SourceRecord> moved = pollAll(upgraded);
        offsets.commit(moved);
        upgraded.stop();

        assertThat(moved)
                .extracting(SourceRecord::key)
                .containsExactlyInAnyOrder("kept.md", "also.md", "deleted-while-upgrading.md");
        assertThat(moved)
                .filteredOn(r -> r.key().equals("deleted-while-upgrading.md"))
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isNull());
        assertThat(moved)
                .allSatisfy(r -> assertThat(NoteFolderOffsets.isBucket(r.sourcePartition()))
                        .isTrue());
        assertThat(pollAll(startTask(Map.of())))
                .as("the next start reads the buckets")
                .isEmpty();
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
        return startTask(overrides, Time.SYSTEM);
    }

    private NoteFolderSourceTask startTask(Map<String, String> overrides, Time time) {
        // Files are written just before each poll here: age 0 makes them due at once, except where a test sets it.
        Map<String, String> props = new HashMap<>(
                Map.of("notes.root", vault.toString(), "poll.interval.ms", "10", "file.minimum.age.ms", "0"));
        props.putAll(overrides);
        NoteFolderSourceTask task = new NoteFolderSourceTask(time);
        task.initialize(offsets);
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

    private static Collection<String> manifestPaths(SourceRecord record) {
        OffsetUtils.validateFormat(record.sourceOffset());
        return record.sourceOffset().keySet();
    }

    /**
     * a.md, written two minutes ago and published by a task judging time by {@code now}, then emptied the way Linux
     * (ext4, kernel 6.18 here) empties a file for open(O_TRUNC): without changing its modification time, so that until
     * the editor's write lands the note is empty with the time it had two minutes ago.
     */
    private NoteFolderSourceTask publishedThenTruncated(String content, AtomicLong now) throws Exception {
        write("a.md", content.getBytes(StandardCharsets.UTF_8));
        FileTime written = FileTime.from(Instant.now().minusSeconds(120));
        Files.setLastModifiedTime(vault.resolve("a.md"), written);
        NoteFolderSourceTask task = startTask(Map.of("file.minimum.age.ms", "250"), new ReadTime(now::get));
        assertThat(pollAll(task)).hasSize(1);
        write("a.md", new byte[0]);
        Files.setLastModifiedTime(vault.resolve("a.md"), written);
        return task;
    }

    /** File names that share one offset bucket, found by trying names in turn. */
    private static List<String> namesInOneBucket(int count) {
        List<String> names = new ArrayList<>();
        int bucket = NoteFolderOffsets.bucketOf("n0.md");
        for (int i = 0; names.size() < count; i++) {
            if (NoteFolderOffsets.bucketOf("n" + i + ".md") == bucket) {
                names.add("n" + i + ".md");
            }
        }
        names.sort(null);
        return names;
    }

    private void write(String relative, byte[] content) throws IOException {
        Path file = vault.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** A clock read from a supplier (a test's "now", or one with a side effect at the moment it is read). */
    private record ReadTime(LongSupplier millis) implements Time {
        @Override
        public long milliseconds() {
            return millis.getAsLong();
        }

        @Override
        public long nanoseconds() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long ms) {
            Time.SYSTEM.sleep(ms);
        }

        @Override
        public void waitObject(Object obj, Supplier<Boolean> condition, long deadlineMs) throws InterruptedException {
            Time.SYSTEM.waitObject(obj, condition, deadlineMs);
        }
    }
}
