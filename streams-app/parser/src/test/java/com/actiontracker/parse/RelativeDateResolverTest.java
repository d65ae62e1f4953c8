package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDateResolverTest {

    /** A Thursday. */
    private static final LocalDate MEETING = LocalDate.of(2025, 10, 30);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            send you the list by Friday              | 2025-10-31
            ask legal tomorrow                       | 2025-10-31
            do it today                              | 2025-10-30
            by end of day                            | 2025-10-30
            by Thursday                              | 2025-11-06
            on Monday                                | 2025-11-03
            next Monday                              | 2025-11-03
            next Thursday                            | 2025-11-06
            next week                                | 2025-11-07
            by the end of the week                   | 2025-10-31
            this week                                | 2025-10-31
            in two weeks                             | 2025-11-13
            in 3 days                                | 2025-11-02
            by January                               | 2026-01-01
            before March                             | 2026-03-01
            by October                               | 2026-10-01
            by the end of January                    | 2026-01-31
            by the end of the month                  | 2025-10-31
            by December 5th                          | 2025-12-05
            on October 2                             | 2026-10-02
            by February 30                           | -
            some day                                 | -
            in February                              | 2026-02-01
            my deliverables for February             | 2026-02-01
            back in about ten minutes                | 2025-10-30
            in an hour                               | 2025-10-30
            in about a week                          | 2025-11-06
            the neighborhood of a week to get it done | 2025-11-06
            over the next couple of weeks            | 2025-11-13
            in a couple of days                      | 2025-11-01
            before Christmas                         | 2025-12-24
            in the spring                            | -
            in February 2019 we tried that           | -
            """)
    void resolvesDeadlinesAgainstTheMeetingDate(String text, LocalDate expected) {
        assertThat(RelativeDateResolver.resolve(text, MEETING).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"by Friday"})
    void needsAMeetingDate(String text) {
        assertThat(RelativeDateResolver.resolve(text, null)).isEmpty();
    }
}
