package com.actiontracker.connect.notes;

import com.actiontracker.connect.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans the notes folder every poll interval and publishes what changed since the last published manifest:
 * the exact bytes of new and changed files, a tombstone for deleted ones, a dead letter for files it cannot
 * publish. Unchanged files are recognised by size and modification time, then by content hash, so a restart
 * re-sends nothing.
 */
public final class NoteFolderSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(NoteFolderSourceTask.class);

    /**
     * A file modified this recently may be modified again within the file system's timestamp granularity (a second
     * or two on some) without its stat changing; such a file is hashed again on the next scan, as git does.
     */
    private static final long RACY_WINDOW_MS = 2000;

    /**
     * An empty file is published only once this task has seen it empty for this long, by its own clock. Editors
     * rewrite a note in place by truncating it, then writing it, and Linux does not change the modification time when
     * open(O_TRUNC) empties a file (ext4, kernel 6.18 here): until the write lands, the note is empty and looks as
     * old, and as settled, as it was before the edit. Publishing it would retire every item of the note until the next
     * scan and alert on them again after. A note is rarely emptied on purpose, and then it is published a few seconds
     * later.
     */
    static final long EMPTIED_NOTE_WAIT_MS = 5000;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Deque<String> pending = new ArrayDeque<>();
    /** Path to when this task first saw it empty, for the files it has not published empty yet. */
    private final Map<String, Long> emptySince = new HashMap<>();

    private final Time time;

    private NoteFolderSourceConfig config;
    private FolderScanner scanner;
    private NoteRecords records;
    /** The source partition of each bucket, by bucket number. */
    private List<Map<String, Object>> partitions;

    private FolderManifest manifest;
    private long nextScanAt;
    private boolean rootMissingLogged;

    public NoteFolderSourceTask() {
        this(Time.SYSTEM);
    }

    /** @param time the clock scans are scheduled and a file's age is judged by */
    NoteFolderSourceTask(Time time) {
        this.time = time;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new NoteFolderSourceConfig(props);
        scanner = new FolderScanner(config.root(), config.filePatterns());
        records = new NoteRecords(config.topic(), config.deadLetterTopic());
        String root = config.root().toString();
        partitions = NoteFolderOffsets.partitions(root);
        manifest = storedManifest(root);
        log.info("Watching {} ({} files already published)", config.root(), manifest.size());
    }

    /** The manifest in the buckets' offsets; or, on the first start after an upgrade, the single one they replace. */
    private FolderManifest storedManifest(String root) {
        Map<String, Object> single = NoteFolderOffsets.singleManifestPartition(root);
        List<Map<String, Object>> wanted = new ArrayList<>(partitions);
        wanted.add(single);
        Map<Map<String, Object>, Map<String, Object>> stored =
                context.offsetStorageReader().offsets(wanted);
        List<Map<String, Object>> buckets = partitions.stream().map(stored::get).toList();
        boolean anyBucket = buckets.stream().anyMatch(Objects::nonNull);
        Map<String, Object> singleManifest = stored.get(single);
        if (!anyBucket && singleManifest != null && !singleManifest.isEmpty()) {
            log.info(
                    "Moving the offset of {} files of {} into {} buckets: each is published once more (the streams "
                            + "app ignores revisions it has already seen)",
                    singleManifest.size(),
                    root,
                    partitions.size());
            return FolderManifest.migrating(singleManifest);
        }
        return FolderManifest.fromOffsets(buckets);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        if (pending.isEmpty()) {
            long wait = nextScanAt - time.milliseconds();
            if (wait > 0 && stopped.await(wait, TimeUnit.MILLISECONDS) || stopped.getCount() == 0) {
                return null;
            }
            nextScanAt = time.milliseconds() + config.pollIntervalMs();
            pending.addAll(changedPaths());
        }
        return pending.isEmpty() ? null : nextBatch();
    }

    @Override
    public void stop() {
        stopped.countDown();
    }

    /** Paths whose stat differs from the manifest, and paths of the manifest that are gone. */
    private List<String> changedPaths() {
        Map<String, FolderScanner.FileStat> stats;
        try {
            stats = scanner.scan();
            rootMissingLogged = false;
        } catch (IOException e) {
            // Never read a vanished folder (an unmounted drive) as "every note was deleted".
            if (!rootMissingLogged) {
                log.warn("Cannot scan notes folder, will retry: {}", e.getMessage());
                rootMissingLogged = true;
            }
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        stats.forEach((path, stat) -> {
            FileFingerprint known = manifest.get(path);
            if (known == null || !known.sameStat(stat.size(), stat.modifiedMillis())) {
                changed.add(path);
            }
        });
        manifest.paths().stream().filter(path -> !stats.containsKey(path)).forEach(changed::add);
        return changed;
    }

    /**
     * Up to batch.max.files records, each in the source partition of its file's bucket. In each bucket, every record
     * but the last carries the bucket as it was before the batch, and the last one carries the new bucket: Connect
     * commits the offset of the latest acknowledged record of a partition, so a crash mid-batch re-sends (at least
     * once) rather than skips, and a bucket's offset is built once per batch, not per file.
     */
    private List<SourceRecord> nextBatch() {
        FolderManifest before = manifest;
        FolderManifest.Editor editor = manifest.edit();
        List<NoteRecords.Outgoing> outgoing = new ArrayList<>();
        while (!pending.isEmpty() && outgoing.size() < config.batchMaxFiles()) {
            examine(pending.poll(), editor, outgoing);
        }
        manifest = editor.build();
        int[] buckets = new int[outgoing.size()];
        int[] lastOfBucket = new int[NoteFolderOffsets.BUCKETS];
        for (int i = 0; i < outgoing.size(); i++) {
            buckets[i] = NoteFolderOffsets.bucketOf(outgoing.get(i).key());
            lastOfBucket[buckets[i]] = i;
        }
        List<SourceRecord> batch = new ArrayList<>(outgoing.size());
        for (int i = 0; i < outgoing.size(); i++) {
            FolderManifest offset = lastOfBucket[buckets[i]] == i ? manifest : before;
            batch.add(outgoing.get(i).withOffset(partitions.get(buckets[i]), offset.offset(buckets[i])));
        }
        return batch.isEmpty() ? null : batch;
    }

    private void examine(String path, FolderManifest.Editor manifest, List<NoteRecords.Outgoing> out) {
        Path file = scanner.resolve(path);
        FileFingerprint known = manifest.get(path);
        try {
            long size = Files.size(file);
            long lastModified = Files.getLastModifiedTime(file).toMillis();
            // The clock is read after the stat: read before it, a write starting in between (an editor truncating
            // the file) had a modification time after "now", was taken for a file from the future, and was read.
            long now = time.milliseconds();
            long age = now - lastModified;
            if (age >= 0 && age < config.minimumAgeMs()) {
                // Still being written, perhaps (editors truncate, then write): its stat stays unlike the manifest's,
                // so a later scan takes it. A modification time in the future says nothing: the file is read. A
                // write that starts after this check is caught below, by the stat taken again after the read.
                return;
            }
            if (size == 0) {
                long seenEmptyFor = now - emptySince.computeIfAbsent(path, p -> now);
                if (seenEmptyFor < Math.max(config.minimumAgeMs(), EMPTIED_NOTE_WAIT_MS)) {
                    return; // its stat stays unlike the manifest's, so every scan looks again
                }
            }
            emptySince.remove(path);
            long modified = age < RACY_WINDOW_MS ? -1 : lastModified;
            if (size > config.maxFileBytes()) {
                String sha = sha256(file);
                if (known == null || !known.sameContentAs(sha)) {
                    out.add(records.deadLetter(
                            path,
                            "File of " + size + " bytes exceeds max.file.bytes=" + config.maxFileBytes() + " (sha256 "
                                    + sha + "); not published",
                            null,
                            now));
                }
                manifest.put(path, FileFingerprint.of(sha, size, modified));
                return;
            }
            byte[] content = Files.readAllBytes(file);
            if (content.length != size || Files.getLastModifiedTime(file).toMillis() != lastModified) {
                // Written to while it was read (an editor truncating it, say): what was read may be half of it.
                // Its stat now differs from the manifest's, so the next scan reads it again.
                return;
            }
            String sha = HexFormat.of().formatHex(digest().digest(content));
            if (known == null || !known.sameContentAs(sha)) {
                out.add(records.revision(path, content, sha, lastModified, now));
            }
            manifest.put(path, FileFingerprint.of(sha, content.length, modified));
        } catch (NoSuchFileException e) {
            emptySince.remove(path);
            if (known != null) {
                out.add(records.deletion(path, time.milliseconds()));
                manifest.remove(path);
            }
        } catch (IOException e) {
            if (known == null || !FileFingerprint.UNREADABLE.equals(known.hash())) {
                out.add(records.deadLetter(path, "Cannot read file: " + e, e, time.milliseconds()));
            }
            // Remember the failure with the stat we could get, so it is retried once the file changes.
            manifest.put(path, new FileFingerprint(FileFingerprint.UNREADABLE, -1, time.milliseconds()));
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
