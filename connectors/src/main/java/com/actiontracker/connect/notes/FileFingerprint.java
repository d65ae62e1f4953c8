package com.actiontracker.connect.notes;

/**
 * What the connector remembers of a published file: a content hash, and size and modification time so that an
 * untouched file is recognised without reading it again.
 *
 * @param hash the first 32 hex digits of the SHA-256 of the content (plenty to notice a change, and it keeps the
 *             offset of a large vault small), or {@link #UNREADABLE} for a file that could not be read
 */
record FileFingerprint(String hash, long size, long modifiedMillis) {

    static final String UNREADABLE = "unreadable";
    /** A file known from an older offset layout, to be published once more so that its new offset is stored. */
    static final String REPUBLISH = "republish";

    static final int HASH_DIGITS = 32;

    static FileFingerprint of(String sha256Hex, long size, long modifiedMillis) {
        return new FileFingerprint(sha256Hex.substring(0, HASH_DIGITS), size, modifiedMillis);
    }

    static FileFingerprint republish() {
        return new FileFingerprint(REPUBLISH, -1, -1);
    }

    boolean sameContentAs(String sha256Hex) {
        return sha256Hex.startsWith(hash);
    }

    boolean sameStat(long otherSize, long otherModifiedMillis) {
        return size == otherSize && modifiedMillis == otherModifiedMillis;
    }

    String encode() {
        return hash + ":" + size + ":" + modifiedMillis;
    }

    static FileFingerprint decode(String encoded) {
        String[] parts = encoded.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a file fingerprint: " + encoded);
        }
        return new FileFingerprint(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }
}
