package com.actiontracker.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.alerts.OverdueClock;
import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.CommandType;
import com.actiontracker.avro.OverdueAlert;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every alert names the owner the ledger shows for its action, also when that owner changes after it was raised. */
class AlertOwnerTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final String SHORT = "---\ndate: 2025-10-30\n---\n- [ ] Send the deck @Priya 📅 2025-11-03\n";
    private static final String FULL = "---\ndate: 2025-10-31\n---\n- [ ] Book the lab @Priya Raman 📅 2025-11-04\n";
    private static final String TICKED =
            FULL.replace("- [ ]", "- [x]").replace("2025-11-04", "2025-11-04 ✅ 2025-11-02");

    private TrackerDriver tracker;

    @AfterEach
    void stop() {
        tracker.close();
    }

    @Test
    void anAlertHeldForTheGroupWaitNamesTheOwnerTheLedgerResolvedNotTheNameAsWritten() {
        TrackerDriver.Output<OverdueAlert> alerts = start(Duration.ofSeconds(30));
        tracker.publish("short.md", SHORT, NOW);
        tracker.publish("full.md", FULL, NOW.plusSeconds(1));
        assertThat(tracker.action("Send the deck").owner())
                .as("the ledger's owner")
                .isEqualTo("Priya Raman");
        assertThat(alerts.values()).as("held for the group wait").isEmpty();

        tracker.driver.advanceWallClockTime(Duration.ofSeconds(31));

        List<KeyValue<String, OverdueAlert>> sent = alerts.records();
        assertThat(sent).hasSize(2).allSatisfy(kv -> {
            assertThat(kv.key).isEqualTo("Priya Raman");
            assertThat(kv.value.getOwner()).isEqualTo("Priya Raman");
            assertThat(kv.value.getType()).isEqualTo(AlertType.OVERDUE);
        });
        tracker.driver.advanceWallClockTime(Duration.ofMinutes(5));
        assertThat(alerts.values()).as("each sent once").isEmpty();
    }

    @Test
    void anAlertWhoseOwnerChangesAfterItWasSentMovesToTheNewOwner() {
        TrackerDriver.Output<OverdueAlert> alerts = start(Duration.ofSeconds(30));
        tracker.publish("full.md", FULL, NOW);
        tracker.driver.advanceWallClockTime(Duration.ofSeconds(31));
        OverdueAlert first = alerts.values().get(0);
        assertThat(first.getOwner()).isEqualTo("Priya Raman");

        tracker.command(
                tracker.action("Book the lab").actionId(), CommandType.REASSIGN, "Marco Rossi", NOW.plusSeconds(60));

        List<KeyValue<String, OverdueAlert>> moved = alerts.records();
        assertThat(moved).hasSize(2);
        assertThat(moved.get(0).key).isEqualTo("Priya Raman");
        assertThat(moved.get(0).value.getType()).isEqualTo(AlertType.RESOLVED);
        assertThat(moved.get(0).value.getResolvedAs()).isEqualTo(AlertResolution.REASSIGNED);
        assertThat(moved.get(0).value.getEventId()).isEqualTo(first.getAlertId() + "/1/resolved");
        assertThat(moved.get(1).key).isEqualTo("Marco Rossi");
        assertThat(moved.get(1).value.getType()).isEqualTo(AlertType.OVERDUE);
        assertThat(moved.get(1).value.getOwner()).isEqualTo("Marco Rossi");
        assertThat(moved.get(1).value.getEpisode()).isEqualTo(2);
        assertThat(moved.get(1).value.getAlertId()).isEqualTo(first.getAlertId());

        tracker.driver.advanceWallClockTime(Duration.ofHours(25));
        assertThat(alerts.values())
                .as("the reminder goes to the new owner")
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getType()).isEqualTo(AlertType.REMINDER);
                    assertThat(a.getOwner()).isEqualTo("Marco Rossi");
                });
    }

    @Test
    void theWaitIsJudgedInTheRecordsTimeSoAReplayThatOutrunsTheClockSendsWhatTheFirstRunSent() {
        TrackerDriver.Output<OverdueAlert> alerts = start(Duration.ofSeconds(30));
        tracker.publish("full.md", FULL, NOW);
        // Ticked 40 s later by the records' clock, however little wall-clock time passed (a replay).
        tracker.publish("full.md", TICKED, NOW.plusSeconds(40));

        assertThat(alerts.values())
                .extracting(OverdueAlert::getType)
                .containsExactly(AlertType.OVERDUE, AlertType.RESOLVED);
    }

    /**
     * A replay reads an action's closing revision before the join has resolved its owner: its wait is over, so the
     * alert is sent (the first run sent it), with its resolution, once the join has answered. Here the closing
     * revision itself names the owner in full, so the owner known when the alert was raised is not the ledger's.
     */
    @Test
    void anAlertWhoseWaitIsOverWhenItsActionClosesNamesTheOwnerTheJoinResolvesForThatState() {
        TrackerDriver.Output<OverdueAlert> alerts = start(Duration.ofSeconds(30));
        tracker.publish("short.md", SHORT, NOW);
        String closed = SHORT.replace("- [ ]", "- [x]")
                .replace("@Priya", "@Priya Raman")
                .replace("2025-11-03", "2025-11-03 ✅ 2025-11-04");
        tracker.publish("short.md", closed, NOW.plusSeconds(40));

        assertThat(tracker.action("Send the deck").owner())
                .as("the ledger's owner")
                .isEqualTo("Priya Raman");
        List<KeyValue<String, OverdueAlert>> sent = alerts.records();
        assertThat(sent).extracting(kv -> kv.value.getType()).containsExactly(AlertType.OVERDUE, AlertType.RESOLVED);
        assertThat(sent).allSatisfy(kv -> {
            assertThat(kv.key).isEqualTo("Priya Raman");
            assertThat(kv.value.getOwner()).isEqualTo("Priya Raman");
        });
    }

    @Test
    void anAlertResolvedWhileHeldIsNeverSent() {
        TrackerDriver.Output<OverdueAlert> alerts = start(Duration.ofSeconds(30));
        tracker.publish("full.md", FULL, NOW);
        tracker.publish("full.md", TICKED, NOW.plusSeconds(5));

        tracker.driver.advanceWallClockTime(Duration.ofMinutes(2));

        assertThat(alerts.values()).isEmpty();
    }

    @Test
    void withoutAGroupWaitAnAlertRaisedUnderTheNameAsWrittenMovesOnceTheOwnerIsResolved() {
        TrackerDriver.Output<OverdueAlert> alerts = start(Duration.ZERO);
        tracker.publish("short.md", SHORT, NOW);
        tracker.publish("full.md", FULL, NOW.plusSeconds(1));

        List<KeyValue<String, OverdueAlert>> sent = alerts.records().stream()
                .filter(kv -> kv.value.getText().equals("Send the deck"))
                .toList();
        assertThat(sent.get(sent.size() - 1).value.getOwner())
                .as("the last word on the action")
                .isEqualTo("Priya Raman");
        assertThat(sent.get(sent.size() - 1).value.getType()).isEqualTo(AlertType.OVERDUE);
        assertThat(sent)
                .filteredOn(kv -> kv.value.getType() == AlertType.OVERDUE
                        && kv.value.getOwner().equals("Priya"))
                .allSatisfy(kv -> assertThat(sent).anySatisfy(r -> {
                    assertThat(r.value.getType()).isEqualTo(AlertType.RESOLVED);
                    assertThat(r.value.getResolvedAs()).isEqualTo(AlertResolution.REASSIGNED);
                    assertThat(r.key).isEqualTo("Priya");
                }));
    }

    private TrackerDriver.Output<OverdueAlert> start(Duration groupWait) {
        tracker = new TrackerDriver(
                new AlertSettings(
                        new OverdueClock.Zoned(ZoneOffset.UTC),
                        Duration.ofMinutes(1),
                        Duration.ofHours(24),
                        LocalTime.of(8, 0),
                        3,
                        groupWait),
                NOW);
        return tracker.output(TrackerDriver.TOPICS.alertsOverdue(), OverdueAlert.class);
    }
}
