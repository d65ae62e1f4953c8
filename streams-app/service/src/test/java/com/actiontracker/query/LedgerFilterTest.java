package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.actiontracker.parse.Priority;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.tracking.ActionView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 12);
    private static final LedgerReport REPORT = LedgerReport.build(
            TODAY,
            List.of(
                    TestActions.action(
                            "a-late",
                            "Send the deck",
                            TaskStatus.OPEN,
                            LocalDate.of(2025, 11, 5),
                            "Lior Genzel",
                            Priority.HIGH,
                            "1on1/lior.md",
                            List.of("#sales/urgent")),
                    TestActions.action(
                            "a-lab",
                            "Book the lab",
                            TaskStatus.OPEN,
                            LocalDate.of(2025, 12, 20),
                            "Lior Genzel",
                            null,
                            "sync.md",
                            List.of("#Lab")),
                    TestActions.action(
                            "a-done",
                            "Write the brief",
                            TaskStatus.DONE,
                            null,
                            "Lior Genzel",
                            Priority.HIGH,
                            "sync.md"),
                    TestActions.action(
                            "a-andy",
                            "Share the lab guide",
                            TaskStatus.OPEN,
                            LocalDate.of(2025, 11, 1),
                            "Andy Perlsteiner",
                            Priority.HIGHEST,
                            "1on1/andy.md",
                            List.of("#salesforce", "#lab"))),
            List.of(),
            List.of());

    @Test
    void eachFieldKeepsWhatItSaysAndTheCountsAreOfWhatIsKept() {
        LedgerReport overdueHigh = filter(Map.of("due", "before:today", "priority", "high,highest"));

        assertThat(ids(overdueHigh)).containsExactlyInAnyOrder("a-late", "a-andy");
        LedgerReport.OwnerSection lior = overdueHigh.owners().stream()
                .filter(o -> o.owner().equals("Lior Genzel"))
                .findFirst()
                .orElseThrow();
        assertThat(lior.open())
                .as("the count of what the filter kept, not of the owner's whole list")
                .isEqualTo(1);
        assertThat(lior.overdue()).isEqualTo(1);
        assertThat(lior.done()).isZero();

        assertThat(ids(filter(Map.of("priority", "none")))).containsExactly("a-lab");
        assertThat(ids(filter(Map.of("status", "done")))).containsExactly("a-done");
        assertThat(ids(filter(Map.of("status", "overdue")))).containsExactlyInAnyOrder("a-late", "a-andy");
        assertThat(ids(filter(Map.of("due", "after:tomorrow")))).containsExactly("a-lab");
        assertThat(ids(filter(Map.of("due", "on:2025-11-05")))).containsExactly("a-late");
        assertThat(ids(filter(Map.of("due", "none")))).containsExactly("a-done");
        assertThat(ids(filter(Map.of("path", "1on1/")))).containsExactlyInAnyOrder("a-late", "a-andy");
        assertThat(filter(Map.of("path", "1on1/")).owners())
                .extracting(LedgerReport.OwnerSection::owner)
                .containsExactly("Andy Perlsteiner", "Lior Genzel");
    }

    @Test
    void aTagKeepsItsActionsAndThoseOfTagsNestedUnderItInAnyCaseWithOrWithoutItsHash() {
        assertThat(ids(filter(Map.of("tag", "lab")))).containsExactlyInAnyOrder("a-lab", "a-andy");
        assertThat(ids(filter(Map.of("tag", "#LAB")))).containsExactlyInAnyOrder("a-lab", "a-andy");
        assertThat(ids(filter(Map.of("tag", "sales"))))
                .as("#sales/urgent is nested under #sales; #salesforce is another tag")
                .containsExactly("a-late");
        assertThat(ids(filter(Map.of("tag", "sales/urgent")))).containsExactly("a-late");
        assertThat(ids(filter(Map.of("tag", "urgent")))).isEmpty();
        assertThat(LedgerFilter.parse(Map.of("tag", "#lab"), TODAY).fields())
                .as("the address keeps it without the #, which would start the URL's fragment")
                .containsExactly(Map.entry("tag", "lab"));
    }

    @Test
    void anOwnerIsFoundAsNotesNamePeopleAndSomeoneUnknownKeepsNothing() {
        assertThat(ids(filter(Map.of("owner", "andy pernstiner")))).containsExactly("a-andy");
        assertThat(ids(filter(Map.of("owner", "LIOR")))).containsExactlyInAnyOrder("a-late", "a-lab", "a-done");
        assertThat(filter(Map.of("owner", "Morty Smith")).owners()).isEmpty();
    }

    @Test
    void noFieldsOrEmptyOnesKeepTheReportAsItIs() {
        assertThat(LedgerFilter.parse(Map.of(), TODAY).isEmpty()).isTrue();
        assertThat(LedgerFilter.parse(Map.of("owner", " ", "priority", "", "status", "all"), TODAY)
                        .isEmpty())
                .isTrue();
        assertThat(LedgerFilter.NONE.apply(REPORT)).isSameAs(REPORT);
    }

    @Test
    void theFieldsGoBackIntoTheAddressAsTyped() {
        LedgerFilter filter = LedgerFilter.parse(
                Map.of("owner", "Lior", "due", "before:today", "priority", "none,high", "status", "open"), TODAY);

        assertThat(filter.fields())
                .containsExactly(
                        Map.entry("owner", "Lior"),
                        Map.entry("status", "open"),
                        Map.entry("due", "before:today"),
                        Map.entry("priority", "high,none"));
    }

    @Test
    void aValueItCannotReadIsRefusedNamingTheFieldAndWhatItTakes() {
        assertThatThrownBy(() -> LedgerFilter.parse(Map.of("due", "soon"), TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("due must be before:DAY");
        assertThatThrownBy(() -> LedgerFilter.parse(Map.of("due", "before:someday"), TODAY))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> LedgerFilter.parse(Map.of("priority", "urgent"), TODAY))
                .hasMessageStartingWith("priority must be highest, high");
        assertThatThrownBy(() -> LedgerFilter.parse(Map.of("status", "bogus"), TODAY))
                .hasMessageStartingWith("status must be one of");
        assertThatThrownBy(() -> LedgerFilter.parse(Map.of("tag", "#"), TODAY))
                .hasMessageStartingWith("tag must name a tag");
    }

    private static LedgerReport filter(Map<String, String> query) {
        return LedgerFilter.parse(query, TODAY).apply(REPORT);
    }

    private static List<String> ids(LedgerReport report) {
        return report.owners().stream()
                .flatMap(o -> o.items().stream())
                .map(ActionView::actionId)
                .toList();
    }
}
