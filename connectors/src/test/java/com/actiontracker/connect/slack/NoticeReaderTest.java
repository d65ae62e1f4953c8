package com.actiontracker.connect.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.connect.avro.TrackerAvroConverter;
import com.actiontracker.schemas.AnyEventDecoder;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.schemas.PublishedSchemas;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class NoticeReaderTest {

    private final TrackerAvroConverter converter = new TrackerAvroConverter();

    NoticeReaderTest() {
        converter.configure(Map.of(), false);
    }

    @Test
    void readsWhyAnAlertWasResolved() {
        OverdueAlert alert = SlackSinkConnectorIT.alert("e1", AlertType.RESOLVED, "Lior Genzel", "Book the lab", 0);
        alert.setResolvedAs(AlertResolution.REASSIGNED);
        alert.setResolution("reassigned");

        Notice.Alert read = (Notice.Alert) NoticeReader.read(converter
                .toConnectData("t", AvroSerde.of(OverdueAlert.class).serialize("t", alert))
                .value());

        assertThat(read.type()).isEqualTo(AlertType.RESOLVED);
        assertThat(read.resolution()).isEqualTo(AlertResolution.REASSIGNED);
    }

    /** Alerts retained from before v2 of the schema name their resolution only as a word; a new worker reads them. */
    @Test
    void readsTheResolutionOfAnAlertWrittenWithTheFirstSchema() {
        Schema v1 = PublishedSchemas.get()
                .versions(OverdueAlert.getClassSchema().getFullName())
                .get(0);
        assertThat(v1.getField("resolvedAs")).as("v1 predates the enum").isNull();
        GenericRecord old = new GenericData.Record(v1);
        old.put("eventId", "e1");
        old.put("alertId", "a1");
        old.put("type", new GenericData.EnumSymbol(v1.getField("type").schema(), "RESOLVED"));
        old.put("actionId", "x");
        old.put("text", "Book the lab");
        old.put("due", (int) LocalDate.of(2025, 11, 4).toEpochDay());
        old.put("daysOverdue", 2);
        old.put("episode", 1);
        old.put("sequence", 0);
        old.put("resolution", "cancelled");
        old.put("raisedAt", 5000L);
        old.put("sources", List.of());

        Notice.Alert read = (Notice.Alert) NoticeReader.read(
                converter.toConnectData("t", AnyEventDecoder.encode(old)).value());

        assertThat(read.resolution()).isEqualTo(AlertResolution.CANCELLED);
    }
}
