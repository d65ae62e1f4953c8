package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static final String LONG =
            "Send the revised pricing deck with the three scenarios to the whole steering group before the review";
    private static final LedgerReport REPORT = LedgerReport.build(
            LocalDate.of(2025, 11, 12),
            List.of(
                    TestActions.action("a-3f29d3a5c1e8cc10", LONG, TaskStatus.OPEN, LocalDate.of(2025, 11, 5)),
                    TestActions.action("a-3f29d3a5ffffffff", "Book the lab", TaskStatus.OPEN, null),
                    TestActions.action("a-77aa0b1c2d3e4f50", "Write the brief", TaskStatus.DONE, null)),
            List.of(),
            List.of());

    @Test
    void eachActionShowsTheShortestIdPrefixNoOtherShares() {
        String text = ReportText.write(REPORT);

        assertThat(text).contains("\n  ID          STATUS       DUE        DONE       ACTION\n");
        assertThat(text).containsPattern("(?m)^  a-3f29d3a5c OVERDUE 7d +2025-11-05 +" + LONG + "$");
        assertThat(text).containsPattern("(?m)^  a-3f29d3a5f open +- +Book the lab$");
        assertThat(text).containsPattern("(?m)^  a-77aa0b1c2 done +- +2025-11-01 +Write the brief$");
    }

    @Test
    void onANarrowTerminalTextsAreCutToTheLineAndInAPipeNothingIs() {
        assertThat(ReportText.write(REPORT, 100).lines().filter(l -> l.contains("Send the revised")))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line).hasSize(100).endsWith("…");
                });
        assertThat(ReportText.write(REPORT, ReportText.UNLIMITED)).contains(LONG);
    }

    @Test
    void idsAreEightCharactersWhenThatIsEnough() {
        assertThat(ReportText.shortIdLength(List.of("a-123456aaaa", "a-abcdefaaaa")))
                .isEqualTo(8);
        assertThat(ReportText.shortIdLength(List.of("a-1234567aaa", "a-1234567bbb")))
                .isEqualTo(10);
        assertThat(ReportText.shortIdLength(List.of())).isEqualTo(8);
    }
}
