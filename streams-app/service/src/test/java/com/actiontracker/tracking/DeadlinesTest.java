package com.actiontracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    @Test
    void anOwedActionIsOverdueFromTheDayAfterItsDueDay() {
        assertThat(Deadlines.overdue(Lifecycle.OPEN, DAY, DAY)).as("due today").isFalse();
        assertThat(Deadlines.overdue(Lifecycle.OPEN, DAY.minusDays(1), DAY))
                .as("due yesterday")
                .isTrue();
        assertThat(Deadlines.overdue(Lifecycle.IN_PROGRESS, DAY.minusDays(1), DAY))
                .isTrue();
        assertThat(Deadlines.overdue(Lifecycle.DONE, DAY.minusDays(1), DAY))
                .as("done")
                .isFalse();
        assertThat(Deadlines.overdue(Lifecycle.CANCELLED, DAY.minusDays(1), DAY))
                .as("cancelled")
                .isFalse();
        assertThat(Deadlines.overdue(Lifecycle.OPEN, null, DAY))
                .as("no due date")
                .isFalse();
    }

    @Test
    void daysLateCountsWholeDaysAfterTheDueDay() {
        assertThat(Deadlines.daysLate(DAY.minusDays(3), DAY)).isEqualTo(3);
        assertThat(Deadlines.daysLate(DAY, DAY)).isZero();
        assertThat(Deadlines.daysLate(DAY.plusDays(2), DAY)).isZero();
        assertThat(Deadlines.daysLate(null, DAY)).isZero();
    }

    @Test
    void dueSoonIsTheWindowFromTheDayItselfForThatManyDays() {
        assertThat(Deadlines.dueSoon(Lifecycle.OPEN, DAY, DAY, 3)).as("today").isTrue();
        assertThat(Deadlines.dueSoon(Lifecycle.OPEN, DAY.plusDays(2), DAY, 3))
                .as("the last day of the window")
                .isTrue();
        assertThat(Deadlines.dueSoon(Lifecycle.OPEN, DAY.plusDays(3), DAY, 3))
                .as("after the window")
                .isFalse();
        assertThat(Deadlines.dueSoon(Lifecycle.OPEN, DAY.minusDays(1), DAY, 3))
                .as("overdue, not due soon")
                .isFalse();
        assertThat(Deadlines.dueSoon(Lifecycle.DONE, DAY, DAY, 3)).as("done").isFalse();
        assertThat(Deadlines.dueSoon(Lifecycle.OPEN, DAY, DAY, 0))
                .as("no window")
                .isFalse();
    }
}
