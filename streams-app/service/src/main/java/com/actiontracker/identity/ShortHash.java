package com.actiontracker.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The deterministic ids of the tracker (actions, findings, alerts): the first 64 bits of the SHA-256 of what
 * identifies the thing, in hex. 64 bits keep ids short in URLs and Slack messages; a collision needs billions of items.
 * Every id is made here, so they cannot drift apart: a replay and the Slack delivery log depend on them staying equal.
 */
public final class ShortHash {

    private ShortHash() {}

    /** Sixteen hex digits of the SHA-256 of the text's UTF-8 bytes. */
    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
