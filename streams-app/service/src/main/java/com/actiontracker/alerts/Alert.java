package com.actiontracker.alerts;

import com.actiontracker.identity.ShortHash;
import com.actiontracker.tracking.Deadlines;
import com.actiontracker.tracking.SourceLocation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One alert event. Ids are deterministic, so a replay of the same history produces the same ids and a consumer
 * that keeps the ids it delivered can drop repeats.
 *
 * @param alertId  stable for one action and its due date (re-dating an action is a new alert)
 * @param eventId  unique per event: alert id, episode, type and reminder number
 * @param episode  how many times this alert has opened
 * @param sequence 0 for OVERDUE and RESOLVED, n for the n-th REMINDER
 * @param resolution why a RESOLVED alert was resolved; null for the other types
 */
public record Alert(
        String eventId,
        String alertId,
        AlertType type,
        String actionId,
        String owner,
        String text,
        LocalDate due,
        int daysOverdue,
        int episode,
        int sequence,
        Resolution resolution,
        Instant raisedAt,
        List<SourceLocation> sources) {

    public Alert {
        sources = List.copyOf(sources);
    }

    public boolean isOpen() {
        return type != AlertType.RESOLVED;
    }

    /** The first alert of an episode: the action has just become overdue. */
    public static Alert opened(WatchedAction action, LocalDate today, Instant at, int episode) {
        String alertId = alertId(action.actionId(), action.due());
        return new Alert(
                alertId + "/" + episode + "/overdue",
                alertId,
                AlertType.OVERDUE,
                action.actionId(),
                action.owner(),
                action.text(),
                action.due(),
                Deadlines.daysLate(action.due(), today),
                episode,
                0,
                null,
                at,
                action.sources());
    }

    /** The next reminder of this open alert, with the action's current owner and text. */
    public Alert reminder(WatchedAction action, LocalDate today, Instant at) {
        int next = sequence + 1;
        return new Alert(
                alertId + "/" + episode + "/reminder/" + next,
                alertId,
                AlertType.REMINDER,
                actionId,
                action.owner(),
                action.text(),
                due,
                Deadlines.daysLate(due, today),
                episode,
                next,
                null,
                at,
                action.sources());
    }

    /** This open alert, resolved. */
    public Alert resolved(Resolution why, LocalDate today, Instant at) {
        return new Alert(
                alertId + "/" + episode + "/resolved",
                alertId,
                AlertType.RESOLVED,
                actionId,
                owner,
                text,
                due,
                Deadlines.daysLate(due, today),
                episode,
                0,
                why,
                at,
                sources);
    }

    /**
     * This open alert with its reminder clock restarted at {@code at}, as if a reminder had been sent: what a snoozed
     * alert keeps instead of a reminder, so the next one comes a repeat interval after the last check it skipped.
     */
    public Alert deferred(Instant at) {
        return new Alert(
                eventId,
                alertId,
                type,
                actionId,
                owner,
                text,
                due,
                daysOverdue,
                episode,
                sequence,
                resolution,
                at,
                sources);
    }

    /** The same event, naming another owner (a held alert takes the ledger's owner when it is sent). */
    public Alert withOwner(String newOwner) {
        return new Alert(
                eventId,
                alertId,
                type,
                actionId,
                newOwner,
                text,
                due,
                daysOverdue,
                episode,
                sequence,
                resolution,
                raisedAt,
                sources);
    }

    public static String alertId(String actionId, LocalDate due) {
        return "al-" + ShortHash.of(actionId + "|" + due);
    }
}
