package com.actiontracker.alerts;

import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.SourceLocation;
import com.actiontracker.tracking.Triage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A pending action with a due date: what the overdue detector watches.
 *
 * @param snoozedUntil no reminder before this day (a person snoozed the alert); null when nobody did
 */
public record WatchedAction(
        String actionId,
        String owner,
        String text,
        LocalDate due,
        List<SourceLocation> sources,
        LocalDate snoozedUntil) {

    public WatchedAction {
        sources = List.copyOf(sources);
    }

    /**
     * The action, if it is one to watch: it counts in its owner's ledger (written down, or inferred and accepted;
     * one awaiting triage or dismissed does not alert), still owed, and due on a day.
     */
    public static Optional<WatchedAction> of(ActionState state, String owner) {
        if (state.triage() != Triage.ACCEPTED || !state.status().isPending() || state.due() == null) {
            return Optional.empty();
        }
        return Optional.of(new WatchedAction(
                state.actionId(), owner, state.text(), state.due(), state.locations(), state.snoozedUntil()));
    }

    public WatchedAction withOwner(String newOwner) {
        return new WatchedAction(actionId, newOwner, text, due, sources, snoozedUntil);
    }

    /** Whether reminders are silenced on this day. */
    public boolean snoozedOn(LocalDate day) {
        return snoozedUntil != null && day.isBefore(snoozedUntil);
    }

    /** The key of this action in the index by due date: ISO dates sort as days do. */
    public String scheduleKey() {
        return scheduleKey(due, actionId);
    }

    public static String scheduleKey(LocalDate due, String actionId) {
        return due + "|" + actionId;
    }
}
