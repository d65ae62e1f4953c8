package com.actiontracker.tracking;

import com.actiontracker.parse.Commitment;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import java.time.LocalDate;
import java.util.List;

/**
 * An action as the ledger showed it on one day.
 *
 * @param status     never REOPENED: an action open again is OPEN, with {@code reopened} set
 * @param reopened   open again after it had been done or cancelled
 * @param commitment how firmly it was said, for an action inferred from a transcript; null for a written task
 * @param triage     whether it counts in its owner's ledger
 */
public record ActionView(
        String actionId,
        String text,
        String owner,
        String ownerWarning,
        Lifecycle status,
        boolean reopened,
        LocalDate due,
        LocalDate doneDate,
        LocalDate cancelledDate,
        boolean overdue,
        int daysOverdue,
        Priority priority,
        List<String> tags,
        ItemOrigin origin,
        double confidence,
        Commitment commitment,
        Triage triage,
        LocalDate meetingDate,
        List<SourceLocation> sources,
        List<StatusTransition> history,
        LocalDate snoozedUntil) {

    public ActionView {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        history = List.copyOf(history);
    }

    /** The day it was done or cancelled; null while it is owed. */
    public LocalDate closedOn() {
        return doneDate != null ? doneDate : cancelledDate;
    }

    /** An accepted action inferred from a transcript where nobody was said to do it: a person must name one. */
    public boolean needsOwner() {
        return inferredAndOwed() && owner == null;
    }

    /** An accepted action inferred from a transcript with no date said: nothing can make it overdue until one is set. */
    public boolean needsDate() {
        return inferredAndOwed() && due == null;
    }

    private boolean inferredAndOwed() {
        return origin == ItemOrigin.TRANSCRIPT && triage == Triage.ACCEPTED && status.isPending();
    }
}
