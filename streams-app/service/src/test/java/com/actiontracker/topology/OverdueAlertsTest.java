package com.actiontracker.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.alerts.Alert;
import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.alerts.OverdueClock;
import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.CommandType;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.avro.OwnerDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The overdue detector and the digest, driven by the wall clock of a TopologyTestDriver. */
class OverdueAlertsTest {

    private static final Instant MEETING = Instant.parse("2025-10-30T09:00:00Z");
    private static final String NOTE = """
            ---
            date: 2025-10-30
            ---
            - [ ] Send the MAI deck @Lior 📅 2025-10-31
            - [ ] Book the lab @Lior 📅 2025-12-01
            """;

    private TrackerDriver tracker;
    private TrackerDriver.Output<OverdueAlert> alerts;
    private TrackerDriver.Output<OverdueAlert> current;

    @BeforeEach
    void start() {
        tracker = new TrackerDriver(
                new AlertSettings(
                        new OverdueClock.Zoned(ZoneOffset.UTC),
                        Duration.ofMinutes(1),
                        Duration.ofHours(24),
                        LocalTime.of(8, 0),
                        3,
                        Duration.ZERO),
                MEETING);
        alerts = tracker.output(TrackerDriver.TOPICS.alertsOverdue(), OverdueAlert.class);
        current = tracker.output(TrackerDriver.TOPICS.overdueCurrent(), OverdueAlert.class);
        tracker.publish("lior.md", NOTE, MEETING);
    }

    @AfterEach
    void stop() {
        tracker.close();
    }

    @Test
    void anItemWithNoNewInputGoesOverdueTheDayAfterItsDueDateRemindsDailyAndResolvesWhenDone() {
        tracker.driver.advanceWallClockTime(Duration.ofDays(1));
        assertThat(alerts.values()).as("due today is not overdue yet").isEmpty();

        tracker.driver.advanceWallClockTime(Duration.ofDays(1));
        List<KeyValue<String, OverdueAlert>> overdue = alerts.records();
        assertThat(overdue).singleElement().satisfies(kv -> {
            assertThat(kv.key).as("keyed by owner").isEqualTo("Lior");
            assertThat(kv.value.getType()).isEqualTo(AlertType.OVERDUE);
            assertThat(kv.value.getText()).isEqualTo("Send the MAI deck");
            assertThat(kv.value.getDaysOverdue()).isEqualTo(1);
            assertThat(kv.value.getSources())
                    .singleElement()
                    .satisfies(s -> assertThat(s.getLine()).isEqualTo(4));
        });
        String alertId = overdue.get(0).value.getAlertId();
        assertThat(current.records())
                .singleElement()
                .satisfies(kv -> assertThat(kv.value.getAlertId()).isEqualTo(alertId));

        tracker.driver.advanceWallClockTime(Duration.ofHours(12));
        assertThat(alerts.values())
                .as("quiet until the repeat interval has passed")
                .isEmpty();
        tracker.driver.advanceWallClockTime(Duration.ofHours(12));
        assertThat(alerts.values()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(AlertType.REMINDER);
            assertThat(a.getSequence()).isEqualTo(1);
            assertThat(a.getDaysOverdue()).isEqualTo(2);
            assertThat(a.getAlertId()).isEqualTo(alertId);
        });

        tracker.publish(
                "lior.md",
                NOTE.replace(
                        "- [ ] Send the MAI deck @Lior 📅 2025-10-31",
                        "- [x] Send the MAI deck @Lior 📅 2025-10-31 ✅ 2025-11-02"),
                MEETING.plus(Duration.ofDays(3)).plusSeconds(60));
        assertThat(alerts.values()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(AlertType.RESOLVED);
            assertThat(a.getResolution()).isEqualTo("done");
            assertThat(a.getAlertId()).isEqualTo(alertId);
        });
        assertThat(current.records())
                .last()
                .satisfies(kv -> assertThat(kv.value).as("tombstone").isNull());
        tracker.driver.advanceWallClockTime(Duration.ofDays(3));
        assertThat(alerts.values()).as("nothing more once resolved").isEmpty();
    }

    @Test
    void aSnoozedAlertStaysOpenWithoutRemindersUntilItsDayThenRemindsAgain() {
        tracker.driver.advanceWallClockTime(Duration.ofDays(2));
        OverdueAlert opened = alerts.values().get(0);
        String id = opened.getActionId();

        tracker.command(
                id,
                CommandType.SNOOZE,
                null,
                LocalDate.of(2025, 11, 5),
                MEETING.plus(Duration.ofDays(2)).plusSeconds(60));
        tracker.driver.advanceWallClockTime(Duration.ofDays(3).minusHours(9));
        assertThat(alerts.values())
                .as("no reminder on the 2nd, 3rd or 4th of November")
                .isEmpty();
        assertThat(tracker.<Alert>store(StoreNames.ALERTS).get(id).isOpen())
                .as("the alert stays open")
                .isTrue();

        tracker.driver.advanceWallClockTime(Duration.ofDays(1));
        assertThat(alerts.values())
                .as("the snooze is over on the 5th")
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getType()).isEqualTo(AlertType.REMINDER);
                    assertThat(a.getAlertId()).isEqualTo(opened.getAlertId());
                    assertThat(a.getSequence()).isEqualTo(1);
                });
    }

    @Test
    void aNewDueDateByCommandResolvesTheAlertAsRedated() {
        tracker.driver.advanceWallClockTime(Duration.ofDays(2));
        String id = alerts.values().get(0).getActionId();

        tracker.command(
                id,
                CommandType.REDATE,
                null,
                LocalDate.of(2025, 11, 20),
                MEETING.plus(Duration.ofDays(2)).plusSeconds(60));

        assertThat(alerts.values()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(AlertType.RESOLVED);
            assertThat(a.getResolvedAs()).isEqualTo(AlertResolution.REDATED);
        });
        tracker.driver.advanceWallClockTime(Duration.ofDays(3));
        assertThat(alerts.values()).as("not due before the 20th").isEmpty();
    }

    @Test
    void anAlertOpenedBeforeTheReminderIndexExistedIsStillReminded() {
        tracker.driver.advanceWallClockTime(Duration.ofDays(2));
        assertThat(alerts.values()).hasSize(1);
        // The state a version without the index left behind: open alerts, and no alert-reminders entries.
        KeyValueStore<String, String> index = tracker.store(StoreNames.ALERT_REMINDERS);
        List<String> keys = new ArrayList<>();
        try (var all = index.all()) {
            all.forEachRemaining(kv -> keys.add(kv.key));
        }
        assertThat(keys).as("the open alert is indexed").anyMatch(k -> k.contains("|"));
        keys.forEach(index::delete);

        tracker.driver.advanceWallClockTime(Duration.ofHours(24));

        assertThat(alerts.values())
                .singleElement()
                .satisfies(a -> assertThat(a.getType()).isEqualTo(AlertType.REMINDER));
    }

    @Test
    void eachTransitionIsEmittedOnceHoweverOftenTheClockTicksOrTheNoteIsReread() {
        tracker.driver.advanceWallClockTime(Duration.ofDays(2));
        assertThat(alerts.values()).hasSize(1);

        for (int i = 0; i < 10; i++) {
            tracker.driver.advanceWallClockTime(Duration.ofMinutes(1));
        }
        tracker.publish(
                "lior.md",
                NOTE + "\nMore notes.\n",
                MEETING.plus(Duration.ofDays(2)).plusSeconds(700));

        assertThat(alerts.values()).isEmpty();
    }

    @Test
    void reDatingIntoTheFutureResolvesAndDeletingTheNoteRetires() {
        tracker.driver.advanceWallClockTime(Duration.ofDays(2));
        assertThat(alerts.values()).hasSize(1);

        tracker.publish(
                "lior.md",
                NOTE.replace("📅 2025-10-31", "📅 2025-11-20"),
                MEETING.plus(Duration.ofDays(2)).plusSeconds(90));
        assertThat(alerts.values()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(AlertType.RESOLVED);
            assertThat(a.getResolution()).isEqualTo("redated");
        });

        tracker.publish(
                "lior.md",
                NOTE.replace("📅 2025-10-31", "📅 2025-10-30"),
                MEETING.plus(Duration.ofDays(2)).plusSeconds(120));
        assertThat(alerts.values())
                .as("re-dated into the past: a new alert at once")
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getType()).isEqualTo(AlertType.OVERDUE);
                    assertThat(a.getDue()).isEqualTo(LocalDate.of(2025, 10, 30));
                    assertThat(a.getDaysOverdue()).isEqualTo(2);
                });

        tracker.delete("lior.md", MEETING.plus(Duration.ofDays(2)).plusSeconds(150));
        assertThat(alerts.values())
                .singleElement()
                .satisfies(a -> assertThat(a.getResolution()).isEqualTo("retired"));
    }

    @Test
    void anActionAlreadyOverdueWhenItIsFirstReadAlertsAtOnceAndAReopenedOneOpensANewEpisode() {
        tracker.publish(
                "late.md",
                "---\ndate: 2025-10-01\n---\n- [ ] File the expenses @Jason Vallery 📅 2025-10-15\n",
                MEETING.plusSeconds(5));
        List<OverdueAlert> first = alerts.values();
        assertThat(first).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(AlertType.OVERDUE);
            assertThat(a.getDaysOverdue()).isEqualTo(15);
            assertThat(a.getEpisode()).isEqualTo(1);
        });

        String done = "---\ndate: 2025-10-01\n---\n- [x] File the expenses @Jason Vallery 📅 2025-10-15 ✅ 2025-10-30\n";
        tracker.publish("late.md", done, MEETING.plusSeconds(10));
        tracker.publish("late.md", done.replace("[x]", "[ ]").replace(" ✅ 2025-10-30", ""), MEETING.plusSeconds(20));

        List<OverdueAlert> later = alerts.values();
        assertThat(later).extracting(OverdueAlert::getType).containsExactly(AlertType.RESOLVED, AlertType.OVERDUE);
        assertThat(later.get(1).getEpisode()).isEqualTo(2);
        assertThat(later.get(1).getAlertId()).isEqualTo(first.get(0).getAlertId());
        assertThat(later.get(1).getEventId()).isNotEqualTo(first.get(0).getEventId());
    }

    @Test
    void aDailyDigestListsEachOwnersOverdueAndDueSoonItemsOnceADay() {
        TrackerDriver.Output<OwnerDigest> digests = tracker.output(TrackerDriver.TOPICS.digest(), OwnerDigest.class);
        tracker.driver.advanceWallClockTime(Duration.ofDays(2).minusHours(2));
        assertThat(digests.values()).as("before 08:00 on 1 November").isEmpty();

        tracker.driver.advanceWallClockTime(Duration.ofHours(1));
        List<KeyValue<String, OwnerDigest>> sent = digests.records();
        assertThat(sent).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("Lior");
            assertThat(kv.value.getDate()).isEqualTo(LocalDate.of(2025, 11, 1));
            assertThat(kv.value.getOverdue()).extracting(i -> i.getText()).containsExactly("Send the MAI deck");
            assertThat(kv.value.getDueSoon()).isEmpty();
        });
        tracker.driver.advanceWallClockTime(Duration.ofHours(6));
        assertThat(digests.values()).as("once a day").isEmpty();
    }

    @Test
    void anOwnerWhoseLedgerAppearsAfterTheDaysDigestsGetsTheirsThatDayAndNobodyGetsASecond() {
        TrackerDriver.Output<OwnerDigest> digests = tracker.output(TrackerDriver.TOPICS.digest(), OwnerDigest.class);
        tracker.driver.advanceWallClockTime(Duration.ofDays(2).minusHours(1));
        assertThat(digests.keys()).as("1 November, 08:00").containsExactly("Lior");

        Instant later = MEETING.plus(Duration.ofDays(2));
        tracker.publish("marco.md", "---\ndate: 2025-10-30\n---\n- [ ] Order the parts @Marco 📅 2025-10-31\n", later);
        tracker.publish("lior.md", NOTE.replace("Book the lab", "Book the big lab"), later);
        tracker.driver.advanceWallClockTime(Duration.ofMinutes(2));

        assertThat(digests.records())
                .as("Marco's ledger is new; Lior has had today's")
                .singleElement()
                .satisfies(kv -> {
                    assertThat(kv.key).isEqualTo("Marco");
                    assertThat(kv.value.getOverdue())
                            .extracting(i -> i.getText())
                            .containsExactly("Order the parts");
                });
        tracker.driver.advanceWallClockTime(Duration.ofHours(6));
        assertThat(digests.values()).as("once a day").isEmpty();
        tracker.driver.advanceWallClockTime(Duration.ofHours(18));
        assertThat(digests.keys()).as("2 November").containsExactlyInAnyOrder("Lior", "Marco");
    }
}
