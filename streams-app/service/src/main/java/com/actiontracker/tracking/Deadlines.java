package com.actiontracker.tracking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What "overdue" and "due soon" mean. The ledger, the report, the page, the API, the digest and the alerts all ask
 * here, so they cannot disagree.
 *
 * <p>An action is overdue on a day when it is still owed (open, in progress or reopened) and its due date is strictly
 * before that day: it becomes overdue at the local midnight after its due day. It is due soon when it is owed and
 * due within the given number of days from the day, the day itself included.
 */
public final class Deadlines {

    private Deadlines() {}

    public static boolean overdue(Lifecycle status, LocalDate due, LocalDate day) {
        return status.isPending() && pastDue(due, day);
    }

    /** For an action already known to be owed: whether its due day is over. */
    public static boolean pastDue(LocalDate due, LocalDate day) {
        return due != null && due.isBefore(day);
    }

    /** Whole days from the due day to the day; 0 when the due day is not over. */
    public static int daysLate(LocalDate due, LocalDate day) {
        return pastDue(due, day) ? (int) ChronoUnit.DAYS.between(due, day) : 0;
    }

    public static boolean dueSoon(Lifecycle status, LocalDate due, LocalDate day, int days) {
        return status.isPending() && due != null && !due.isBefore(day) && due.isBefore(day.plusDays(days));
    }
}
