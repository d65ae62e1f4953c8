package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a button's post sends the browser back to: {@link ApiRoutes#backTo}. */
class FormReturnTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 12);

    @Test
    void aButtonOnAFilteredPageReturnsToThatPageAtItsSection() {
        assertThat(ApiRoutes.backTo("overdue?owner=Lior+Genzel&priority=high&sort=priority", TODAY))
                .isEqualTo("/?owner=Lior+Genzel&priority=high&sort=priority#overdue");
        assertThat(ApiRoutes.backTo("owner-lior-genzel", TODAY)).isEqualTo("/#owner-lior-genzel");
        assertThat(ApiRoutes.backTo("", TODAY)).isEqualTo("/");
    }

    @Test
    void onlyWhatThePagesOwnFilterWritesIsKept() {
        assertThat(ApiRoutes.backTo("triage?owner=Lior&evil=%0d%0aSet-Cookie:x&status=open", TODAY))
                .as("unknown fields dropped, known ones written anew")
                .isEqualTo("/?owner=Lior&status=open#triage");
        assertThat(ApiRoutes.backTo("closed?due=whenever", TODAY))
                .as("a filter that does not read")
                .isEqualTo("/#closed");
        assertThat(ApiRoutes.backTo("https://evil.example/?owner=x", TODAY))
                .as("a section that is not one")
                .isEqualTo("/?owner=x");
    }
}
