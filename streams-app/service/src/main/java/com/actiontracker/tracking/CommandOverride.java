package com.actiontracker.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What commands have set on an action. A status set by command holds until a note changes its own statement about
 * the action after the command (an untick after "done", say); re-reading an unchanged note never undoes it.
 * An owner set by command always wins over the notes, and so does a verdict on an inferred action (re-reading or
 * editing the note never brings a dismissed item back).
 *
 * @param status        DONE, CANCELLED or REOPENED; null when no command set the status (or a note overrode it)
 * @param effectiveDate the day the command's status applies from
 * @param verdict       ACCEPTED or DISMISSED by a person; null when nobody judged the action
 */
public record CommandOverride(
        String assignedOwner,
        Lifecycle status,
        LocalDate effectiveDate,
        Instant at,
        String commandId,
        Triage verdict,
        String verdictCommandId) {

    public static final CommandOverride NONE = new CommandOverride(null, null, null, null, null, null, null);

    CommandOverride withoutStatus() {
        return new CommandOverride(assignedOwner, null, null, null, null, verdict, verdictCommandId);
    }

    CommandOverride withStatus(Lifecycle nextStatus, LocalDate effective, Instant issuedAt, String id) {
        return new CommandOverride(assignedOwner, nextStatus, effective, issuedAt, id, verdict, verdictCommandId);
    }

    CommandOverride withOwner(String owner) {
        return new CommandOverride(owner, status, effectiveDate, at, commandId, verdict, verdictCommandId);
    }

    /** A repeated verdict changes nothing: the first one given is when it took effect. */
    CommandOverride withVerdict(Triage judged, String id) {
        if (judged == verdict) {
            return this;
        }
        return new CommandOverride(assignedOwner, status, effectiveDate, at, commandId, judged, id);
    }
}
