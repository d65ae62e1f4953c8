package com.actiontracker.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What commands have set on an action. A status set by command holds until a note changes its own statement about
 * the action after the command (an untick after "done", say); re-reading an unchanged note never undoes it. A due
 * date set by command holds the same way, until a note changes its own due date after it. An owner set by command
 * always wins over the notes, and so does a verdict on an inferred action (re-reading or editing the note never
 * brings a dismissed item back).
 *
 * @param status        DONE, CANCELLED or REOPENED; null when no command set the status (or a note overrode it)
 * @param effectiveDate the day the command's status applies from
 * @param verdict       ACCEPTED or DISMISSED by a person; null when nobody judged the action
 * @param due           the due date a REDATE command set; null when none did (or a note changed its date since)
 * @param dueAt         when that command was given
 * @param snoozedUntil  no overdue reminder before this day; null when nobody snoozed the action
 */
public record CommandOverride(
        String assignedOwner,
        Lifecycle status,
        LocalDate effectiveDate,
        Instant at,
        String commandId,
        Triage verdict,
        String verdictCommandId,
        LocalDate due,
        Instant dueAt,
        LocalDate snoozedUntil) {

    public static final CommandOverride NONE =
            new CommandOverride(null, null, null, null, null, null, null, null, null, null);

    CommandOverride withoutStatus() {
        return new CommandOverride(
                assignedOwner, null, null, null, null, verdict, verdictCommandId, due, dueAt, snoozedUntil);
    }

    CommandOverride withStatus(Lifecycle nextStatus, LocalDate effective, Instant issuedAt, String id) {
        return new CommandOverride(
                assignedOwner,
                nextStatus,
                effective,
                issuedAt,
                id,
                verdict,
                verdictCommandId,
                due,
                dueAt,
                snoozedUntil);
    }

    CommandOverride withOwner(String owner) {
        return new CommandOverride(
                owner, status, effectiveDate, at, commandId, verdict, verdictCommandId, due, dueAt, snoozedUntil);
    }

    /** A repeated verdict changes nothing: the first one given is when it took effect. */
    CommandOverride withVerdict(Triage judged, String id) {
        if (judged == verdict) {
            return this;
        }
        return new CommandOverride(
                assignedOwner, status, effectiveDate, at, commandId, judged, id, due, dueAt, snoozedUntil);
    }

    CommandOverride withDue(LocalDate nextDue, Instant issuedAt) {
        return new CommandOverride(
                assignedOwner,
                status,
                effectiveDate,
                at,
                commandId,
                verdict,
                verdictCommandId,
                nextDue,
                issuedAt,
                snoozedUntil);
    }

    CommandOverride withSnooze(LocalDate until) {
        return new CommandOverride(
                assignedOwner, status, effectiveDate, at, commandId, verdict, verdictCommandId, due, dueAt, until);
    }
}
