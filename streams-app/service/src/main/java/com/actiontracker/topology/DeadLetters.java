package com.actiontracker.topology;

import com.actiontracker.avro.DeadLetter;
import java.time.Instant;

/** Builds dead letters: what failed, why, and the original bytes so nothing is lost. */
public final class DeadLetters {

    private DeadLetters() {
    }

    /**
     * @param stage  which part gave up: deserialize, parse, process
     * @param origin where the record came from (topic, partition, offset), when known
     */
    public static DeadLetter of(String stage, String reason, Throwable cause, String path, Origin origin,
                                byte[] key, byte[] value, Instant failedAt) {
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setReason(reason)
                .setExceptionClass(cause == null ? null : cause.getClass().getName())
                .setPath(path)
                .setTopic(origin == null ? null : origin.topic())
                .setPartition(origin == null ? null : origin.partition())
                .setOffset(origin == null ? null : origin.offset())
                .setKey(key == null ? null : java.nio.ByteBuffer.wrap(key))
                .setValue(value == null ? null : java.nio.ByteBuffer.wrap(value))
                .setFailedAt(failedAt)
                .build();
    }

    /** The coordinates of a consumed record. */
    public record Origin(String topic, Integer partition, Long offset) {
    }
}
