package com.actiontracker.connect.notes;

import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.DeadLetterStage;
import com.actiontracker.avro.NoteFile;
import com.actiontracker.connect.avro.ConnectAvroData;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/** The records the connector publishes: a note revision, a tombstone for a deleted note, a dead letter. */
final class NoteRecords {

    static final Schema NOTE_FILE = ConnectAvroData.toConnectSchema(NoteFile.getClassSchema());
    static final Schema DEAD_LETTER = ConnectAvroData.toConnectSchema(DeadLetter.getClassSchema());

    /** A record before its source offset is known: offsets are attached per batch. */
    record Outgoing(String topic, String key, Schema valueSchema, Object value, long timestamp) {
        SourceRecord withOffset(Map<String, ?> partition, Map<String, ?> offset) {
            return new SourceRecord(
                    partition, offset, topic, null, Schema.STRING_SCHEMA, key, valueSchema, value, timestamp);
        }
    }

    private final String topic;
    private final String deadLetterTopic;

    NoteRecords(String topic, String deadLetterTopic) {
        this.topic = topic;
        this.deadLetterTopic = deadLetterTopic;
    }

    Outgoing revision(String path, byte[] content, String sha256, long modifiedMillis, long now) {
        Struct value = new Struct(NOTE_FILE)
                .put("path", path)
                .put("content", content)
                .put("sha256", sha256)
                .put("sizeBytes", (long) content.length)
                .put("modifiedAt", new Date(modifiedMillis))
                .put("observedAt", new Date(now));
        return new Outgoing(topic, path, NOTE_FILE, value, now);
    }

    Outgoing deletion(String path, long now) {
        return new Outgoing(topic, path, null, null, now);
    }

    Outgoing deadLetter(String path, String reason, Throwable cause, long now) {
        Struct value = new Struct(DEAD_LETTER)
                .put("failedIn", DeadLetterStage.CONNECTOR.name())
                .put("stage", DeadLetterStage.CONNECTOR.name().toLowerCase(Locale.ROOT))
                .put("reason", reason)
                .put("exceptionClass", cause == null ? null : cause.getClass().getName())
                .put("path", path)
                .put("topic", topic)
                .put("key", path.getBytes(StandardCharsets.UTF_8))
                .put("failedAt", new Date(now));
        return new Outgoing(deadLetterTopic, path, DEAD_LETTER, value, now);
    }
}
