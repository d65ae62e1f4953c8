package com.actiontracker.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.FindingKind;
import com.actiontracker.avro.NoteFinding;
import com.actiontracker.avro.SourceRef;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AnyEventSerdeTest {

    private final AnyEventSerde serde = new AnyEventSerde();

    @Test
    void eachRecordIsReadBackAsTheGeneratedClassItWasWrittenAs() {
        DeadLetter letter = DeadLetter.newBuilder()
                .setStage("parse")
                .setReason("binary")
                .setFailedAt(Instant.EPOCH)
                .build();
        NoteFinding finding = NoteFinding.newBuilder()
                .setId("d-1")
                .setKind(FindingKind.DECISION)
                .setText("Go")
                .setSource(new SourceRef("a.md", 3))
                .setNoteSha256("00")
                .setObservedAt(Instant.EPOCH)
                .build();

        assertThat(serde.deserialize("t", serde.serialize("t", letter))).isEqualTo(letter);
        assertThat(serde.deserialize("t", serde.serialize("t", finding))).isEqualTo(finding);
        assertThat(serde.serialize("t", null)).isNull();
    }

    @Test
    void foreignBytesAreRejected() {
        assertThatThrownBy(() -> serde.deserialize("topic-z", new byte[] {1, 2, 3}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic-z");
    }
}
