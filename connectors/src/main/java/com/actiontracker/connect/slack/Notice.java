package com.actiontracker.connect.slack;

import java.time.LocalDate;
import java.util.List;

/** Something to tell an owner on Slack: one alert transition or one daily digest. */
sealed interface Notice permits Notice.Alert, Notice.Digest {

    /** Deterministic id of the event (the alert's eventId, the digest's digestId): the delivery log's key. */
    String id();

    String owner();

    record Source(String path, int line) {
    }

    /**
     * One transition of an overdue alert.
     *
     * @param type       OVERDUE, REMINDER or RESOLVED
     * @param resolution done, cancelled, redated or retired, for RESOLVED
     */
    record Alert(String id, String alertId, int episode, String type, int sequence, String owner, String text,
                 LocalDate due, int daysOverdue, String resolution, List<Source> sources) implements Notice {

        /** One story per alert and episode: a resolution replies in the thread its alert started. */
        String threadKey() {
            return alertId + "#" + episode;
        }

        boolean resolved() {
            return "RESOLVED".equals(type);
        }
    }

    record Digest(String id, String owner, LocalDate date, List<Item> overdue, List<Item> dueSoon) implements Notice {
    }

    record Item(String text, LocalDate due, List<Source> sources) {
    }
}
