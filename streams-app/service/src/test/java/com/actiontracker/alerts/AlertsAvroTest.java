package com.actiontracker.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.tracking.SourceLocation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertsAvroTest {

    private static final WatchedAction LAB = new WatchedAction(
            "a-lab",
            "Lior Genzel",
            "Book the lab",
            LocalDate.of(2025, 11, 4),
            List.of(new SourceLocation("notes/a.md", 3)),
            null);

    @Test
    void aResolvedAlertCarriesItsReasonAsTheEnumAndAsTheWordOfV1() {
        Alert resolved = Alert.opened(LAB, LocalDate.of(2025, 11, 6), Instant.EPOCH, 1)
                .resolved(Resolution.REASSIGNED, LocalDate.of(2025, 11, 7), Instant.EPOCH);

        OverdueAlert avro = AlertsAvro.toAvro(resolved);

        assertThat(avro.getResolvedAs()).isEqualTo(AlertResolution.REASSIGNED);
        assertThat(avro.getResolution()).isEqualTo("reassigned");
        assertThat(AlertsAvro.fromAvro(avro)).isEqualTo(resolved);
    }

    /** Alert stores and topics written before v2 hold only the word; a replay must read the same reason from it. */
    @Test
    void anAlertWrittenBeforeTheEnumIsReadFromItsWord() {
        OverdueAlert v1 = AlertsAvro.toAvro(Alert.opened(LAB, LocalDate.of(2025, 11, 6), Instant.EPOCH, 1)
                .resolved(Resolution.REDATED, LocalDate.of(2025, 11, 7), Instant.EPOCH));
        v1.setResolvedAs(null);

        assertThat(AlertsAvro.fromAvro(v1).resolution()).isEqualTo(Resolution.REDATED);
        v1.setResolution("superseded");
        assertThat(AlertsAvro.fromAvro(v1).resolution())
                .as("a word of a newer version")
                .isEqualTo(Resolution.UNKNOWN);
    }

    @Test
    void anOpenAlertHasNoResolution() {
        OverdueAlert open = AlertsAvro.toAvro(Alert.opened(LAB, LocalDate.of(2025, 11, 6), Instant.EPOCH, 1));

        assertThat(open.getResolvedAs()).isNull();
        assertThat(open.getResolution()).isNull();
        assertThat(AlertsAvro.fromAvro(open).resolution()).isNull();
    }
}
