package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Over an old vault, where everything is done by now, the page points a newcomer to a day worth looking at. */
class LookBackTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @Test
    void theLatestOverdueDayIsTheDayBeforeTheLatestLateClosing() {
        // Ticked on 1 November: late if due on 20 October, on time if due on 5 November.
        var late = TestActions.action("a-late", "Send the deck", TaskStatus.DONE, LocalDate.of(2025, 10, 20));
        var onTime = TestActions.action("a-on-time", "Book the lab", TaskStatus.DONE, LocalDate.of(2025, 11, 5));

        assertThat(LedgerReport.latestOverdueDay(List.of(late, onTime), TODAY)).hasValue(LocalDate.of(2025, 10, 31));
        assertThat(LedgerReport.latestOverdueDay(List.of(onTime), TODAY)).isEmpty();
    }

    @Test
    void thePageSaysNothingIsOpenAndLinksToThatDay() {
        var late = TestActions.action("a-late", "Send the deck", TaskStatus.DONE, LocalDate.of(2025, 10, 20));
        LedgerReport report = LedgerReport.build(TODAY, List.of(late), List.of(), List.of());
        assertThat(report.nothingOpen()).isTrue();

        var page = Jsoup.parse(LedgerPage.render(report, 3, true, LedgerReport.latestOverdueDay(List.of(late), TODAY)));

        assertThat(page.selectFirst("#look-back").text()).startsWith("Nothing is open on 2026-01-15");
        assertThat(page.selectFirst("#look-back a").attr("href")).isEqualTo("/?asOf=2025-10-31");
        assertThat(Jsoup.parse(LedgerPage.render(report, 3, true)).selectFirst("#look-back"))
                .isNull();
    }
}
