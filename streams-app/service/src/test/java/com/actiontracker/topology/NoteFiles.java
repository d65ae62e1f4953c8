package com.actiontracker.topology;

import com.actiontracker.avro.NoteFile;
import com.actiontracker.schemas.AvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds raw note records the way the connector publishes them. */
public final class NoteFiles {

    private static final AvroSerde<NoteFile> SERDE = AvroSerde.of(NoteFile.class);

    /** The topic the connector publishes notes to, with the default prefix. */
    public static final String RAW_NOTES = "tracker.notes.raw";

    private NoteFiles() {}

    /** Publishes one note to {@link #RAW_NOTES} as the connector would, keyed by its path, observed now. */
    public static void publish(String bootstrapServers, String path, String content)
            throws ExecutionException, InterruptedException {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            Instant now = Instant.now();
            producer.send(new ProducerRecord<>(RAW_NOTES, null, now.toEpochMilli(), path, encoded(path, content, now)))
                    .get();
        }
    }

    public static byte[] encoded(String path, String content, Instant observedAt) {
        return encoded(path, content.getBytes(StandardCharsets.UTF_8), observedAt);
    }

    public static byte[] encoded(String path, byte[] content, Instant observedAt) {
        try {
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return SERDE.encode(NoteFile.newBuilder()
                    .setPath(path)
                    .setContent(ByteBuffer.wrap(content))
                    .setSha256(sha)
                    .setSizeBytes(content.length)
                    .setModifiedAt(observedAt)
                    .setObservedAt(observedAt)
                    .build());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
