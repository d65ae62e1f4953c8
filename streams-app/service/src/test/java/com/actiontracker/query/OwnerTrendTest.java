package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.Priority;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.tracking.ActionState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnerTrendTest {

    @Test
    void eachDayCountsWhatTheLedgerOfThatDayCounted() {
        List<ActionState> actions = List.of(
                TestActions.action("a-late", "Send the deck", TaskStatus.OPEN, LocalDate.of(2025, 11, 5)),
                TestActions.action("a-done", "Write the brief", TaskStatus.DONE, LocalDate.of(2025, 11, 3)),
                TestActions.action(
                        "a-theirs",
                        "Book the lab",
                        TaskStatus.OPEN,
                        LocalDate.of(2025, 11, 4),
                        "Marco Rossi",
                        Priority.MEDIUM,
                        "sync.md"));

        List<OwnerTrend.Point> points = OwnerTrend.of(actions, "Lior Genzel", LocalDate.of(2025, 11, 7), 10);

        assertThat(points).hasSize(10);
        assertThat(points.get(0).day()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(points.get(0))
                .as("before the meeting")
                .isEqualTo(new OwnerTrend.Point(points.get(0).day(), 0, 0));
        assertThat(points)
                .filteredOn(p -> p.day().equals(LocalDate.of(2025, 10, 31)))
                .singleElement()
                .as("both owed")
                .isEqualTo(new OwnerTrend.Point(LocalDate.of(2025, 10, 31), 2, 0));
        assertThat(points)
                .filteredOn(p -> p.day().equals(LocalDate.of(2025, 11, 6)))
                .singleElement()
                .as("the brief done on the 1st, the deck overdue from the day after it was due")
                .isEqualTo(new OwnerTrend.Point(LocalDate.of(2025, 11, 6), 1, 1));
        for (OwnerTrend.Point p : points) {
            LedgerReport then = LedgerReport.build(p.day(), actions, List.of(), List.of());
            assertThat(then.owner("Lior Genzel")
                            .map(LedgerReport.OwnerSection::overdue)
                            .orElse(0))
                    .as(p.day() + ": as the owners table of that day")
                    .isEqualTo(p.overdue());
        }
    }
}
