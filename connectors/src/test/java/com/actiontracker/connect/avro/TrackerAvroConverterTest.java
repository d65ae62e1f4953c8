package com.actiontracker.connect.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.LifecycleStatus;
import com.actiontracker.avro.NoteFile;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.avro.SourceRef;
import com.actiontracker.avro.StatusChange;
import com.actiontracker.schemas.AvroSerde;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class TrackerAvroConverterTest {

    private final TrackerAvroConverter converter = new TrackerAvroConverter();

    @Test
    void aStructWrittenByAConnectorIsReadByTheStreamsAppsSerde() {
        Struct note = new Struct(ConnectAvroData.toConnectSchema(NoteFile.getClassSchema()))
                .put("path", "a.md")
                .put("content", new byte[] {(byte) 0xE2, (byte) 0x9C, (byte) 0x85})
                .put("sha256", "abc")
                .put("sizeBytes", 3L)
                .put("modifiedAt", new Date(1000))
                .put("observedAt", new Date(2000));

        byte[] bytes = converter.fromConnectData("t", note.schema(), note);
        NoteFile decoded = AvroSerde.of(NoteFile.class).deserialize("t", bytes);

        assertThat(decoded.getPath()).isEqualTo("a.md");
        assertThat(decoded.getContent()).isEqualTo(ByteBuffer.wrap(new byte[] {(byte) 0xE2, (byte) 0x9C, (byte) 0x85}));
        assertThat(decoded.getModifiedAt()).isEqualTo(Instant.ofEpochMilli(1000));
    }

    @Test
    void anEventWrittenByTheStreamsAppIsReadAsAStructWithNestedOptionalRecordsArraysDatesAndEnums() {
        OverdueAlert alert = OverdueAlert.newBuilder()
                .setEventId("e1")
                .setAlertId("a1")
                .setType(AlertType.OVERDUE)
                .setActionId("x")
                .setOwner(null)
                .setText("Send the deck")
                .setDue(LocalDate.of(2025, 10, 31))
                .setDaysOverdue(3)
                .setRaisedAt(Instant.ofEpochMilli(5000))
                .setSources(List.of(new SourceRef("notes/a.md", 12)))
                .build();

        SchemaAndValue read =
                converter.toConnectData("t", AvroSerde.of(OverdueAlert.class).serialize("t", alert));

        Struct struct = (Struct) read.value();
        struct.validate();
        assertThat(struct.getString("type")).isEqualTo("OVERDUE");
        assertThat(struct.get("owner")).isNull();
        assertThat(struct.get("due"))
                .isEqualTo(org.apache.kafka.connect.data.Date.toLogical(org.apache.kafka.connect.data.Date.SCHEMA, (int)
                        LocalDate.of(2025, 10, 31).toEpochDay()));
        assertThat(struct.getArray("sources"))
                .singleElement()
                .satisfies(s -> assertThat(((Struct) s).getInt32("line")).isEqualTo(12));
        assertThat(converter.fromConnectData("t", read.schema(), struct))
                .isEqualTo(AvroSerde.of(OverdueAlert.class).serialize("t", alert));
    }

    @Test
    void anOptionalNestedRecordSurvivesTheRoundTrip() {
        StatusChange change = StatusChange.newBuilder()
                .setActionId("x")
                .setFrom(LifecycleStatus.OPEN)
                .setTo(LifecycleStatus.DONE)
                .setChangedAt(Instant.ofEpochMilli(1))
                .setReason("ticked")
                .setSource(new SourceRef("a.md", 3))
                .build();
        AvroSerde<StatusChange> serde = AvroSerde.of(StatusChange.class);

        SchemaAndValue read = converter.toConnectData("t", serde.serialize("t", change));
        ((Struct) read.value()).validate();

        assertThat(serde.deserialize("t", converter.fromConnectData("t", read.schema(), read.value())))
                .isEqualTo(change);
    }

    @Test
    void tombstonesPassThrough() {
        assertThat(converter.fromConnectData("t", null, null)).isNull();
        assertThat(converter.toConnectData("t", null)).isEqualTo(SchemaAndValue.NULL);
    }

    @Test
    void foreignDataIsRejectedWithTheTopicInTheMessage() {
        var foreign = SchemaBuilder.struct()
                .name("com.example.Other")
                .field("x", SchemaBuilder.string())
                .build();
        assertThatThrownBy(() -> converter.fromConnectData("topic-x", foreign, new Struct(foreign).put("x", "y")))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("topic-x")
                .hasMessageContaining("com.example.Other");
        assertThatThrownBy(() -> converter.toConnectData("topic-y", "plain text".getBytes()))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("topic-y");
    }
}
