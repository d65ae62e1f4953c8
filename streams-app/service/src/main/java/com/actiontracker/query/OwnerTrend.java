package com.actiontracker.query;

import com.actiontracker.tracking.ActionState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One owner's open and overdue actions on each of the last days, as the ledger of each of those days counted them:
 * each day's counts come from the report of that day ({@link LedgerReport#build}), so the chart and the owners table
 * of any past day agree.
 */
public final class OwnerTrend {

    /** Days the page's chart covers: eight weeks. */
    public static final int DAYS = 56;

    public record Point(LocalDate day, int open, int overdue) {}

    private OwnerTrend() {}

    /** From {@code days - 1} days before {@code last} to {@code last}, one point a day. */
    public static List<Point> of(List<ActionState> actions, String owner, LocalDate last, int days) {
        // A report files an action under the owner it has now, on every day, so the others' actions cannot count:
        // leaving them out makes a chart cost this owner's actions, not the whole ledger's, per day.
        List<ActionState> theirs =
                actions.stream().filter(a -> owner.equals(a.owner())).toList();
        List<Point> points = new ArrayList<>(days);
        for (LocalDate day = last.minusDays(days - 1L); !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate on = day;
            points.add(LedgerReport.build(on, theirs, List.of(), List.of())
                    .owner(owner)
                    .map(s -> new Point(on, s.open(), s.overdue()))
                    .orElse(new Point(on, 0, 0)));
        }
        return points;
    }
}
