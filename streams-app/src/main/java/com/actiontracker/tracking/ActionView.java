package com.actiontracker.tracking;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import java.time.LocalDate;
import java.util.List;

/** An action as the ledger showed it on one day. */
public record ActionView(
        String actionId,
        String text,
        String owner,
        String ownerWarning,
        Lifecycle status,
        LocalDate due,
        LocalDate doneDate,
        LocalDate cancelledDate,
        boolean overdue,
        int daysOverdue,
        Priority priority,
        ItemOrigin origin,
        double confidence,
        LocalDate meetingDate,
        List<SourceLocation> sources,
        List<StatusTransition> history) {

    public ActionView {
        sources = List.copyOf(sources);
        history = List.copyOf(history);
    }
}
