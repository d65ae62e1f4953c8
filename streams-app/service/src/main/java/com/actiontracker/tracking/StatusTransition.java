package com.actiontracker.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One step of an action's status history.
 *
 * @param from          null for the first observation
 * @param at            when the tracker learned it (the note revision's or the command's time, so a replay of the
 *                      same history produces the same transitions)
 * @param effectiveDate when it happened in the world (done date, meeting date), when known
 * @param sourcePath    the note that caused it, or null for a command
 * @param revision      the action's revision (events applied) that caused it
 */
public record StatusTransition(
        Lifecycle from,
        Lifecycle to,
        Instant at,
        LocalDate effectiveDate,
        String reason,
        String sourcePath,
        int sourceLine,
        String commandId,
        long revision) {

    /** The day the transition belongs to in the world: its effective date, else the day it was learned. */
    public LocalDate day() {
        return effectiveDate != null
                ? effectiveDate
                : at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
