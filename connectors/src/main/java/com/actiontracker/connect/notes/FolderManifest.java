package com.actiontracker.connect.notes;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every file the connector has published, with its fingerprint: the connector's source offset. Keeping the whole
 * set (not one offset per file) is what lets a restarted connector notice files deleted while it was stopped.
 * Immutable, so a batch of records can carry the manifest as it was before the batch; changes go through an
 * {@link Editor} so a batch copies the set once, not once per file.
 */
final class FolderManifest {

    static final FolderManifest EMPTY = new FolderManifest(new TreeMap<>());

    private final TreeMap<String, FileFingerprint> files;
    private Map<String, Object> offset;

    private FolderManifest(TreeMap<String, FileFingerprint> files) {
        this.files = files;
    }

    FileFingerprint get(String path) {
        return files.get(path);
    }

    Set<String> paths() {
        return Collections.unmodifiableSet(files.keySet());
    }

    Editor edit() {
        return new Editor(new TreeMap<>(files));
    }

    /**
     * The offset map Connect stores: path to encoded fingerprint. Flat, because Connect only accepts primitive
     * offset values. Built once per manifest.
     */
    synchronized Map<String, Object> toOffset() {
        if (offset == null) {
            Map<String, Object> encoded = new TreeMap<>();
            files.forEach((path, fingerprint) -> encoded.put(path, fingerprint.encode()));
            offset = Collections.unmodifiableMap(encoded);
        }
        return offset;
    }

    static FolderManifest fromOffset(Map<String, Object> offset) {
        if (offset == null) {
            return EMPTY;
        }
        TreeMap<String, FileFingerprint> files = new TreeMap<>();
        offset.forEach((path, value) -> files.put(path, FileFingerprint.decode(String.valueOf(value))));
        return new FolderManifest(files);
    }

    /** A private working copy; {@link #build()} freezes it. */
    static final class Editor {
        private final TreeMap<String, FileFingerprint> files;

        private Editor(TreeMap<String, FileFingerprint> files) {
            this.files = files;
        }

        FileFingerprint get(String path) {
            return files.get(path);
        }

        void put(String path, FileFingerprint fingerprint) {
            files.put(path, fingerprint);
        }

        void remove(String path) {
            files.remove(path);
        }

        FolderManifest build() {
            return new FolderManifest(files);
        }
    }
}
