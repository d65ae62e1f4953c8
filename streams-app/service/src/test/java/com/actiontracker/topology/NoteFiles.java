package com.actiontracker.topology;

import com.actiontracker.avro.NoteFile;
import com.actiontracker.schemas.AvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

/** Builds raw note records the way the connector publishes them. */
public final class NoteFiles {

    private static final AvroSerde<NoteFile> SERDE = AvroSerde.of(NoteFile.class);

    private NoteFiles() {
    }

    public static byte[] encoded(String path, String content, Instant observedAt) {
        return encoded(path, content.getBytes(StandardCharsets.UTF_8), observedAt);
    }

    public static byte[] encoded(String path, byte[] content, Instant observedAt) {
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return SERDE.encode(NoteFile.newBuilder().setPath(path).setContent(ByteBuffer.wrap(content))
                    .setSha256(sha).setSizeBytes(content.length).setModifiedAt(observedAt).setObservedAt(observedAt)
                    .build());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
