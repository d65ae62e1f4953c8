package com.actiontracker.connect.slack;

import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.AlertType;
import java.time.LocalDate;
import java.util.List;

/** Something to tell an owner on Slack: one alert transition or one daily digest. */
sealed interface Notice permits Notice.Alert, Notice.Digest {

    /** Deterministic id of the event (the alert's eventId, the digest's digestId): the delivery log's key. */
    String id();

    String owner();

    record Source(String path, int line) {}

    /**
     * One transition of an overdue alert.
     *
     * @param resolution why a RESOLVED alert was resolved; null for the other types
     */
    record Alert(
            String id,
            String alertId,
            int episode,
            AlertType type,
            int sequence,
            String owner,
            String text,
            LocalDate due,
            int daysOverdue,
            AlertResolution resolution,
            List<Source> sources)
            implements Notice {

        /** One story per alert and episode: a resolution replies in the thread its alert started. */
        String threadKey() {
            return alertId + "#" + episode;
        }

        boolean resolved() {
            return type == AlertType.RESOLVED;
        }
    }

    record Digest(String id, String owner, LocalDate date, List<Item> overdue, List<Item> dueSoon) implements Notice {}

    record Item(String text, LocalDate due, List<Source> sources) {}
}
