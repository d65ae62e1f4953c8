package com.actiontracker.topology;

import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.DeadLetterStage;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;

/** Builds dead letters: what failed, why, and the original bytes so nothing is lost. */
public final class DeadLetters {

    private DeadLetters() {}

    /**
     * @param stage  which part gave up
     * @param origin where the record came from (topic, partition, offset), when known
     */
    public static DeadLetter of(
            DeadLetterStage stage,
            String reason,
            Throwable cause,
            String path,
            Origin origin,
            byte[] key,
            byte[] value,
            Instant failedAt) {
        return DeadLetter.newBuilder()
                .setFailedIn(stage)
                .setStage(stage.name().toLowerCase(Locale.ROOT))
                .setReason(reason)
                .setExceptionClass(cause == null ? null : cause.getClass().getName())
                .setPath(path)
                .setTopic(origin == null ? null : origin.topic())
                .setPartition(origin == null ? null : origin.partition())
                .setOffset(origin == null ? null : origin.offset())
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setFailedAt(failedAt)
                .build();
    }

    /** Which part gave up on a letter; letters written before v2 of the schema name it only in their stage. */
    public static DeadLetterStage stage(DeadLetter letter) {
        if (letter.getFailedIn() != DeadLetterStage.UNKNOWN) {
            return letter.getFailedIn();
        }
        for (DeadLetterStage stage : DeadLetterStage.values()) {
            if (stage.name().equalsIgnoreCase(letter.getStage())) {
                return stage;
            }
        }
        return DeadLetterStage.UNKNOWN;
    }

    /** The coordinates of a consumed record. */
    public record Origin(String topic, Integer partition, Long offset) {}
}
