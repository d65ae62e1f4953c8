package com.actiontracker.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.alerts.OverdueClock;
import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.CommandType;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.parse.Commitment;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.OwnerLedger;
import com.actiontracker.tracking.Triage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An action inferred from a transcript counts (listed, alerting) once accepted: without review at or above the
 * accept confidence, or by a person's command; a dismissed one leaves the ledger for good.
 */
class TranscriptTriageTest {

    private static final Instant MEETING = Instant.parse("2025-10-01T09:00:00Z");
    private static final String CALL = """
            ---
            date: 2025-10-01
            participants: [Jason Vallery, Lior Genzel]
            ---
            # Pricing call

            Jason Vallery
            I'll send you the pricing sheet tomorrow.

            Lior Genzel
            Great, thanks.
            """;
    private static final String PROMISE = "Send you the pricing sheet tomorrow";
    private static final AlertSettings ALERTS = new AlertSettings(
            new OverdueClock.Zoned(ZoneOffset.UTC),
            Duration.ofMinutes(1),
            Duration.ofHours(24),
            LocalTime.of(8, 0),
            3,
            Duration.ZERO);

    private TrackerDriver tracker;

    @AfterEach
    void stop() {
        tracker.close();
    }

    @Test
    void belowTheAcceptConfidenceItWaitsWithoutAlertingUntilAPersonAcceptsIt() {
        tracker = new TrackerDriver(ALERTS, MEETING, 1.0);
        TrackerDriver.Output<OverdueAlert> alerts =
                tracker.output(TrackerDriver.TOPICS.alertsOverdue(), OverdueAlert.class);
        tracker.publish("call.md", CALL, MEETING);
        ActionState promise = inferredPromise();
        assertThat(promise.triage()).isEqualTo(Triage.AWAITING);
        assertThat(ledger("Jason Vallery").items().get(promise.actionId()).counts())
                .isFalse();

        tracker.driver.advanceWallClockTime(Duration.ofDays(5));
        assertThat(alerts.values()).as("due 2 October, awaiting triage").isEmpty();

        tracker.command(promise.actionId(), CommandType.ACCEPT, null, MEETING.plus(Duration.ofDays(5)));
        tracker.driver.advanceWallClockTime(Duration.ofMinutes(2));
        assertThat(tracker.action(PROMISE).triage()).isEqualTo(Triage.ACCEPTED);
        assertThat(tracker.action(PROMISE).history())
                .extracting(t -> t.reason())
                .contains("accepted");
        assertThat(ledger("Jason Vallery").items().get(promise.actionId()).counts())
                .isTrue();
        assertThat(alerts.values()).singleElement().satisfies(alert -> {
            assertThat(alert.getType()).isEqualTo(AlertType.OVERDUE);
            assertThat(alert.getOwner()).isEqualTo("Jason Vallery");
            assertThat(alert.getDue()).isEqualTo(LocalDate.of(2025, 10, 2));
        });

        tracker.command(promise.actionId(), CommandType.DISMISS, null, MEETING.plus(Duration.ofDays(6)));
        assertThat(alerts.values())
                .as("a verdict changed afterwards")
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.getType()).isEqualTo(AlertType.RESOLVED);
                    assertThat(alert.getResolution()).isEqualTo("dismissed");
                });
    }

    @Test
    void saidAsACommitmentAtOrAboveTheAcceptConfidenceItCountsAndAlertsWithoutReview() {
        tracker = new TrackerDriver(ALERTS, MEETING, 0.0);
        TrackerDriver.Output<OverdueAlert> alerts =
                tracker.output(TrackerDriver.TOPICS.alertsOverdue(), OverdueAlert.class);
        tracker.publish("call.md", CALL, MEETING);
        assertThat(inferredPromise().triage()).isEqualTo(Triage.ACCEPTED);

        tracker.driver.advanceWallClockTime(Duration.ofDays(2));
        assertThat(alerts.values()).extracting(OverdueAlert::getText).containsExactly(PROMISE);
    }

    @Test
    void aDismissedActionLeavesTheLedgerAndStaysDismissedWhenTheNoteIsEditedAndReadAgain() {
        tracker = new TrackerDriver(ALERTS, MEETING, 0.0);
        TrackerDriver.Output<OverdueAlert> alerts =
                tracker.output(TrackerDriver.TOPICS.alertsOverdue(), OverdueAlert.class);
        tracker.publish("call.md", CALL, MEETING);
        ActionState promise = inferredPromise();

        tracker.command(promise.actionId(), CommandType.DISMISS, null, MEETING.plusSeconds(60));
        tracker.publish(
                "call.md", CALL + "\nJason Vallery\nOne more thing about the venue.\n", MEETING.plusSeconds(120));
        tracker.driver.advanceWallClockTime(Duration.ofDays(5));

        assertThat(tracker.action(PROMISE).triage()).isEqualTo(Triage.DISMISSED);
        assertThat(tracker.ledger("Jason Vallery"))
                .as("the only item was dismissed")
                .isNull();
        assertThat(alerts.values()).isEmpty();
    }

    @Test
    void aVerdictOnAWrittenTaskChangesNothing() {
        tracker = new TrackerDriver(ALERTS, MEETING, 1.0);
        tracker.publish("tasks.md", "---\ndate: 2025-10-01\n---\n- [ ] Book the lab @Lior 📅 2025-10-03\n", MEETING);
        ActionState lab = tracker.action("Book the lab");
        tracker.command(lab.actionId(), CommandType.DISMISS, null, MEETING.plusSeconds(60));

        assertThat(tracker.action("Book the lab").triage()).isEqualTo(Triage.ACCEPTED);
        assertThat(ledger("Lior").items()).containsKey(lab.actionId());
    }

    /** The precondition every case stands on: the transcript yields the promise, as a commitment of its speaker. */
    private ActionState inferredPromise() {
        ActionState promise = tracker.action(PROMISE);
        assertThat(promise.origin()).isEqualTo(ItemOrigin.TRANSCRIPT);
        assertThat(promise.commitment()).isEqualTo(Commitment.COMMITTED);
        assertThat(promise.due()).isEqualTo(LocalDate.of(2025, 10, 2));
        assertThat(promise.confidence()).isBetween(0.0, 0.99);
        return promise;
    }

    private OwnerLedger ledger(String owner) {
        OwnerLedger ledger = tracker.ledger(owner);
        assertThat(ledger).as("ledger of " + owner).isNotNull();
        return ledger;
    }
}
