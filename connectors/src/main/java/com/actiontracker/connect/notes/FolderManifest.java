package com.actiontracker.connect.notes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every file the connector has published, with its fingerprint: the connector's source offsets, one per bucket of
 * paths ({@link NoteFolderOffsets}). Keeping the whole set is what lets a restarted connector notice files deleted
 * while it was stopped. Immutable, so a batch of records can carry a bucket as it was before the batch; changes go
 * through an {@link Editor}, which copies only the buckets it touches.
 */
final class FolderManifest {

    private final List<TreeMap<String, FileFingerprint>> buckets;
    /** Each bucket's offset, built the first time it is asked for. */
    private final List<Map<String, Object>> offsets;

    private FolderManifest(List<TreeMap<String, FileFingerprint>> buckets) {
        this.buckets = buckets;
        this.offsets = new ArrayList<>(Collections.nCopies(buckets.size(), null));
    }

    FileFingerprint get(String path) {
        return buckets.get(NoteFolderOffsets.bucketOf(path)).get(path);
    }

    /** Every published path, in no particular order. */
    List<String> paths() {
        List<String> all = new ArrayList<>();
        buckets.forEach(bucket -> all.addAll(bucket.keySet()));
        return all;
    }

    int size() {
        return buckets.stream().mapToInt(Map::size).sum();
    }

    Editor edit() {
        return new Editor(new ArrayList<>(buckets));
    }

    /**
     * The offset Connect stores for one bucket: path to encoded fingerprint. Flat, because Connect only accepts
     * primitive offset values. Built once per bucket of a manifest.
     */
    synchronized Map<String, Object> offset(int bucket) {
        if (offsets.get(bucket) == null) {
            Map<String, Object> encoded = new TreeMap<>();
            buckets.get(bucket).forEach((path, fingerprint) -> encoded.put(path, fingerprint.encode()));
            offsets.set(bucket, Collections.unmodifiableMap(encoded));
        }
        return offsets.get(bucket);
    }

    /** The manifest as stored: each bucket's offset, by bucket number, null where none was stored. */
    static FolderManifest fromOffsets(List<Map<String, Object>> stored) {
        List<TreeMap<String, FileFingerprint>> buckets = emptyBuckets();
        for (int bucket = 0; bucket < stored.size(); bucket++) {
            TreeMap<String, FileFingerprint> files = buckets.get(bucket);
            if (stored.get(bucket) != null) {
                stored.get(bucket)
                        .forEach((path, value) -> files.put(path, FileFingerprint.decode(String.valueOf(value))));
            }
        }
        return new FolderManifest(buckets);
    }

    /**
     * The single offset of releases before the buckets, to be moved into them. Its files are known (one deleted while
     * the connector was upgraded still gets its tombstone) but marked so that each is published once more: the
     * buckets can only be stored with a record. The streams app ignores a revision it has already seen.
     */
    static FolderManifest migrating(Map<String, Object> singleManifest) {
        List<TreeMap<String, FileFingerprint>> buckets = emptyBuckets();
        singleManifest.forEach(
                (path, value) -> buckets.get(NoteFolderOffsets.bucketOf(path)).put(path, FileFingerprint.republish()));
        return new FolderManifest(buckets);
    }

    private static List<TreeMap<String, FileFingerprint>> emptyBuckets() {
        List<TreeMap<String, FileFingerprint>> buckets = new ArrayList<>(NoteFolderOffsets.BUCKETS);
        for (int i = 0; i < NoteFolderOffsets.BUCKETS; i++) {
            buckets.add(new TreeMap<>());
        }
        return buckets;
    }

    /** A private working copy; {@link #build()} freezes it. A bucket is copied the first time it is changed. */
    static final class Editor {
        private final List<TreeMap<String, FileFingerprint>> buckets;
        private final boolean[] copied = new boolean[NoteFolderOffsets.BUCKETS];

        private Editor(List<TreeMap<String, FileFingerprint>> buckets) {
            this.buckets = buckets;
        }

        FileFingerprint get(String path) {
            return buckets.get(NoteFolderOffsets.bucketOf(path)).get(path);
        }

        void put(String path, FileFingerprint fingerprint) {
            writable(path).put(path, fingerprint);
        }

        void remove(String path) {
            writable(path).remove(path);
        }

        private TreeMap<String, FileFingerprint> writable(String path) {
            int bucket = NoteFolderOffsets.bucketOf(path);
            if (!copied[bucket]) {
                buckets.set(bucket, new TreeMap<>(buckets.get(bucket)));
                copied[bucket] = true;
            }
            return buckets.get(bucket);
        }

        FolderManifest build() {
            return new FolderManifest(buckets);
        }
    }
}
