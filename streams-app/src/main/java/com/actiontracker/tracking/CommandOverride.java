package com.actiontracker.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What commands have set on an action. A status set by command holds until a note changes its own statement about
 * the action after the command (an untick after "done", say); re-reading an unchanged note never undoes it.
 * An owner set by command always wins over the notes.
 *
 * @param status        DONE, CANCELLED or REOPENED; null when no command set the status (or a note overrode it)
 * @param effectiveDate the day the command's status applies from
 */
public record CommandOverride(String assignedOwner, Lifecycle status, LocalDate effectiveDate, Instant at,
                              String commandId) {

    public static final CommandOverride NONE = new CommandOverride(null, null, null, null, null);

    CommandOverride withoutStatus() {
        return new CommandOverride(assignedOwner, null, null, null, null);
    }
}
