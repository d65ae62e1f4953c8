package com.actiontracker.connect.notes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * How the connector's manifest is laid out in Connect's source offsets: one source partition per bucket of paths
 * (a hash of the path picks one of {@value #BUCKETS}), each holding path -> fingerprint for its own files.
 *
 * <p>One offset for the whole folder grew by about 100 bytes a file and passed the offsets topic's 1 MiB record
 * limit near 10,000 notes. One partition per file would need an index of the files to notice those deleted while the
 * connector was stopped, and that index would grow the same way. A fixed set of buckets is its own index: the task
 * reads every bucket at start and knows every file it published. A bucket reaches 1 MiB near 2.5 million files.
 *
 * <p>A partition is a map of one key, {@code {"bucket": "<bucket>/<buckets>:<folder>"}}, e.g. {@code "17/256:/vault"}:
 * the worker finds an offset by the JSON of its partition, written in the map's iteration order, and Connect's offsets
 * API reads partitions back into maps of another order; with one key, every path serialises it the same way. The
 * number of buckets is part of it, so a future layout with another count cannot be confused with this one.
 */
public final class NoteFolderOffsets {

    static final int BUCKETS = 256;

    static final String ROOT = "root";
    static final String BUCKET = "bucket";

    private NoteFolderOffsets() {}

    /** Which bucket holds a path: stable across JVMs and versions (CRC-32 of its UTF-8 bytes). */
    static int bucketOf(String path) {
        CRC32 crc = new CRC32();
        crc.update(path.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % BUCKETS);
    }

    static Map<String, Object> partition(String root, int bucket) {
        return Map.of(BUCKET, bucket + "/" + BUCKETS + ":" + root);
    }

    static List<Map<String, Object>> partitions(String root) {
        List<Map<String, Object>> all = new ArrayList<>(BUCKETS);
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            all.add(partition(root, bucket));
        }
        return all;
    }

    /** The partition of releases before the buckets: the whole manifest in one offset, read once to migrate. */
    static Map<String, Object> singleManifestPartition(String root) {
        return Map.of(ROOT, root);
    }

    /** Whether a stored source partition is one of this layout's buckets (and not the single manifest it replaced). */
    public static boolean isBucket(Map<String, ?> partition) {
        return partition != null
                && partition.size() == 1
                && partition.get(BUCKET) instanceof String value
                && value.contains("/" + BUCKETS + ":");
    }

    /**
     * Checks an offset a user wants to write through Connect's offsets API before the worker stores it: it must be
     * a bucket of this connector's folder, list only paths of that bucket, and hold fingerprints the task can read.
     * A null offset (a reset) is accepted for any partition of the folder: the task publishes that bucket's files again.
     *
     * @throws ConnectException saying what is wrong, which the REST API returns to the user
     */
    static void validate(String root, Map<String, ?> partition, Map<String, ?> offset) {
        if (offset == null && singleManifestPartition(root).equals(partition)) {
            return;
        }
        int bucket = bucketIn(root, partition);
        if (offset == null) {
            return;
        }
        for (Map.Entry<String, ?> file : offset.entrySet()) {
            if (bucketOf(file.getKey()) != bucket) {
                throw new ConnectException(
                        "Path " + file.getKey() + " belongs in bucket " + bucketOf(file.getKey()) + ", not " + bucket);
            }
            if (!(file.getValue() instanceof String encoded)) {
                throw new ConnectException("The fingerprint of " + file.getKey() + " must be a string like "
                        + "<hash>:<size>:<modified millis>, not " + file.getValue());
            }
            try {
                FileFingerprint.decode(encoded);
            } catch (IllegalArgumentException e) {
                throw new ConnectException(
                        "The fingerprint of " + file.getKey() + " is not <hash>:<size>:<modified millis>: " + encoded);
            }
        }
    }

    private static int bucketIn(String root, Map<String, ?> partition) {
        String expected = "one of this connector's " + BUCKETS + " buckets, like " + partition(root, 0);
        if (!isBucket(partition)) {
            throw new ConnectException("Source partition " + partition + " is not " + expected);
        }
        String value = (String) partition.get(BUCKET);
        String suffix = "/" + BUCKETS + ":";
        int at = value.indexOf(suffix);
        if (!value.substring(at + suffix.length()).equals(root)) {
            throw new ConnectException("Source partition " + partition + " is not of this connector's folder " + root);
        }
        int bucket;
        try {
            bucket = Integer.parseInt(value.substring(0, at));
        } catch (NumberFormatException e) {
            bucket = -1;
        }
        if (bucket < 0 || bucket >= BUCKETS) {
            throw new ConnectException("Bucket " + value.substring(0, at) + " is not between 0 and " + (BUCKETS - 1));
        }
        return bucket;
    }
}
