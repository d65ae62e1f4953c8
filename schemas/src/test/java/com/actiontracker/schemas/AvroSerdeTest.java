package com.actiontracker.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.actiontracker.avro.ActionObservation;
import com.actiontracker.avro.Origin;
import com.actiontracker.avro.Priority;
import com.actiontracker.avro.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final AvroSerde<ActionObservation> serde = AvroSerde.of(ActionObservation.class);

    @Test
    void roundTripsARecordWithLogicalTypesAndCarriesTheSchemaFingerprint() {
        ActionObservation observation = ActionObservation.newBuilder()
                .setActionId("a1")
                .setNotePath("notes/x.md")
                .setNoteSha256("00")
                .setLine(42)
                .setText("Send the list")
                .setRawLine("- [ ] Send the list @Ann 📅 2025-12-10")
                .setOwner("Ann")
                .setStatus(TaskStatus.OPEN)
                .setDue(LocalDate.of(2025, 12, 10))
                .setPriority(Priority.HIGH)
                .setTags(List.of("#task"))
                .setOrigin(Origin.TASK)
                .setObservedAt(Instant.parse("2025-12-01T10:00:00Z"))
                .build();

        byte[] bytes = serde.serialize("t", observation);

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(new AnyEventDecoder().writerSchema(bytes)).contains(ActionObservation.getClassSchema());
        assertThat(serde.deserialize("t", bytes)).isEqualTo(observation);
    }

    @Test
    void nullIsATombstoneBothWays() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @Test
    void bytesThatAreNotOurEventsFailWithASerializationException() {
        assertThatThrownBy(() -> serde.deserialize("t", "hello world".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("ActionObservation");
    }

    @Test
    void anyEventDecoderReadsAMessageWithoutKnowingItsType() {
        var observation = ActionObservation.newBuilder()
                .setActionId("a1")
                .setNotePath("x.md")
                .setNoteSha256("00")
                .setLine(1)
                .setText("t")
                .setRawLine("t")
                .setStatus(TaskStatus.DONE)
                .setOrigin(Origin.TASK)
                .setObservedAt(Instant.EPOCH)
                .build();

        var generic = new AnyEventDecoder().decode(serde.serialize("t", observation));

        assertThat(generic.getSchema().getName()).isEqualTo("ActionObservation");
        assertThat(generic.get("status")).hasToString("DONE");
    }
}
