package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.Priority;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.tracking.ActionView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LedgerPageTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 12);
    private static final LedgerReport REPORT = LedgerReport.build(
            TODAY,
            List.of(
                    TestActions.action("a-late", "Send the deck", TaskStatus.OPEN, LocalDate.of(2025, 11, 5)),
                    TestActions.action("a-lab", "Book the lab", TaskStatus.OPEN, LocalDate.of(2025, 12, 20)),
                    TestActions.action("a-done", "Write the brief", TaskStatus.DONE, null)),
            List.of(),
            List.of());

    @Test
    void theLivePageOffersDoneCancelAssignAndRedateOnEachOpenActionSnoozeOnOverdueOnesAndReopenOnClosedOnes() {
        Document page = Jsoup.parse(LedgerPage.render(REPORT, 3, true));

        Element late = page.selectFirst("#overdue tr.item[data-action=a-late]");
        assertThat(late).isNotNull();
        assertThat(late.select("form").eachAttr("action"))
                .containsExactly(
                        "/actions/a-late/done",
                        "/actions/a-late/cancel",
                        "/actions/a-late/assign",
                        "/actions/a-late/redate",
                        "/actions/a-late/snooze");
        assertThat(late.select("form[action$=snooze] input[type=date][name=until]"))
                .hasSize(1);
        assertThat(late.selectFirst("form[action$=snooze] input[name=until]").attr("min"))
                .as("a snooze ends on a later day than today")
                .isEqualTo(TODAY.plusDays(1).toString());
        assertThat(late.select("form[action$=redate] input[type=date][name=due]"))
                .hasSize(1);
        assertThat(page.select("#due-soon form[action$=snooze], #by-owner tr[data-action=a-lab] form[action$=snooze]"))
                .as("only an overdue action has reminders to snooze")
                .isEmpty();
        assertThat(late.select("form").stream().allMatch(f -> f.attr("method").equals("post")))
                .isTrue();
        assertThat(late.select("input[name=back]").eachAttr("value")).containsOnly("overdue");
        assertThat(late.selectFirst("form[action$=assign] input[name=owner]").hasAttr("required"))
                .isTrue();
        assertThat(page.select("#by-owner tr.item[data-action=a-lab] input[name=back]")
                        .eachAttr("value"))
                .containsOnly("owner-lior-genzel");

        assertThat(page.selectFirst("#closed h2").text()).isEqualTo("Done and cancelled (1)");
        Element done = page.selectFirst("#closed details tr.closed[data-action=a-done]");
        assertThat(done.select("td").get(2).text()).isEqualTo("done 2025-11-01");
        assertThat(done.select("form").eachAttr("action")).containsExactly("/actions/a-done/reopen");
        assertThat(page.select("#closed tr.closed")).hasSize(1);
    }

    @Test
    void aPastDayIsReadOnly() {
        Document page = Jsoup.parse(LedgerPage.render(REPORT, 3, false));

        assertThat(page.select("tr.item")).isNotEmpty();
        assertThat(page.select("form[method=post]")).isEmpty();
        assertThat(page.select("#closed tr.closed")).hasSize(1);
        assertThat(page.select("script, meta[http-equiv=refresh], noscript"))
                .as("a past day does not change: nothing updates it")
                .isEmpty();
        assertThat(page.selectFirst("main#ledger").hasAttr("data-refresh-seconds"))
                .isFalse();
    }

    @Test
    void theLivePageUpdatesItsLedgerThroughTheServersOwnScriptAndRefreshesWhenScriptIsOff() {
        Document page = Jsoup.parse(LedgerPage.render(REPORT, 3, true));

        assertThat(page.select("head script").eachAttr("src")).containsExactly(LedgerPage.LIVE_SCRIPT);
        assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
        // Jsoup reads a <noscript> in <head> as text, as a browser with script on does.
        assertThat(page.selectFirst("head noscript").html()).contains("http-equiv=\"refresh\"");
        assertThat(page.select("head > meta[http-equiv=refresh]"))
                .as("with script on, the page is never reloaded")
                .isEmpty();
        Element ledger = page.selectFirst("main#ledger");
        assertThat(ledger.attr("data-refresh-seconds")).isEqualTo("15");
        assertThat(ledger.select("section").eachAttr("id"))
                .as("what the script swaps is every section of the ledger")
                .contains("owners", "overdue", "due-soon", "by-owner", "closed", "triage", "decisions", "risks");
        assertThat(page.selectFirst("header #live-status"))
                .as("outside what is swapped")
                .isNotNull();
        assertThat(ledger.selectFirst("details#closed-list"))
                .as("a section the script keeps open is named")
                .isNotNull();
    }

    @Test
    void aFilteredPageShowsWhatTheFilterKeptHoldsTheFilterInItsFormAndLinksEachOwnerToTheirOwnPage() {
        LedgerFilter filter = LedgerFilter.parse(Map.of("status", "open", "due", "before:today"), TODAY);
        Document page = Jsoup.parse(LedgerPage.render(
                filter.apply(REPORT),
                3,
                true,
                new LedgerPage.Extras(Optional.empty(), filter, List.of("Lior Genzel"), List.of())));

        assertThat(page.select("#by-owner tr.item").eachAttr("data-action")).containsExactly("a-late");
        assertThat(page.selectFirst("tr.owner").select("td").get(1).text())
                .as("the open count is of what is shown")
                .isEqualTo("1");
        assertThat(page.selectFirst("#filter select[name=status] option[selected]")
                        .text())
                .isEqualTo("open");
        assertThat(page.selectFirst("#filter input[name=due]").attr("value")).isEqualTo("before:today");
        assertThat(page.selectFirst("#clear-filter").attr("href")).isEqualTo("/");
        assertThat(page.selectFirst("tr.owner a").attr("href")).isEqualTo("/?owner=Lior+Genzel");
        assertThat(page.selectFirst("#overdue tr.item td.priority").text()).isEqualTo("🔼 medium");
        assertThat(page.select("form[action=/] input[type=hidden][name=due]").eachAttr("value"))
                .as("choosing another day keeps the filter")
                .containsExactly("before:today");
    }

    @Test
    void eachActionShowsItsTagsAsLinksToTheActionsThatCarryThemOnThePagesDay() {
        LedgerReport tagged = LedgerReport.build(
                TODAY,
                List.of(TestActions.action(
                        "a-tag",
                        "Send the deck",
                        TaskStatus.OPEN,
                        LocalDate.of(2025, 11, 20),
                        "Lior Genzel",
                        null,
                        "sync.md",
                        List.of("#task", "#sales/q4"))),
                List.of(),
                List.of());
        LedgerFilter filter = LedgerFilter.parse(Map.of("tag", "sales"), TODAY);

        Document live = Jsoup.parse(LedgerPage.render(
                tagged, 3, true, new LedgerPage.Extras(Optional.empty(), filter, List.of(), List.of())));
        Document past = Jsoup.parse(LedgerPage.render(tagged, 3, false));

        assertThat(live.select("#by-owner tr.item a.tag").eachText()).containsExactly("#task", "#sales/q4");
        assertThat(live.select("#by-owner tr.item a.tag").eachAttr("href"))
                .containsExactly("/?tag=task", "/?tag=sales%2Fq4");
        assertThat(past.select("#by-owner tr.item a.tag").eachAttr("href"))
                .containsExactly("/?tag=task&asOf=2025-11-12", "/?tag=sales%2Fq4&asOf=2025-11-12");
        assertThat(live.selectFirst("#filter input[name=tag]").attr("value")).isEqualTo("#sales");
    }

    @Test
    void anOwnerNobodyIsCalledIsSaidSoNotShownAsAnEmptyLedger() {
        LedgerFilter filter = LedgerFilter.parse(Map.of("owner", "Morty"), TODAY);
        Document page = Jsoup.parse(LedgerPage.render(
                filter.apply(REPORT),
                3,
                true,
                new LedgerPage.Extras(Optional.empty(), filter, List.of("Lior Genzel"), List.of())));

        assertThat(page.selectFirst("#no-owner").text()).isEqualTo("No owner is called Morty.");
        assertThat(page.select("tr.item")).isEmpty();
    }

    @Test
    void anActionsPageSaysWhoOwesWhatByWhenWhereItWasWrittenAndEachChangeOfStatus() {
        ActionView late = REPORT.owners().get(0).items().stream()
                .filter(a -> a.actionId().equals("a-late"))
                .findFirst()
                .orElseThrow();
        Document page = Jsoup.parse(LedgerPage.action(late));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Send the deck");
        assertThat(page.select("#facts dt").eachText())
                .startsWith("Owner", "Status", "Due", "Priority")
                .contains("Sources", "Id");
        assertThat(page.select("#facts dd").eachText())
                .startsWith("Lior Genzel", "7 days overdue", "2025-11-05", "🔼 medium");
        assertThat(page.selectFirst("#facts a.source").attr("href")).isEqualTo("/notes/sync.md#L12");
        assertThat(page.select("#history tbody tr")).hasSize(late.history().size());
    }

    @Test
    void oneOwnersPageDrawsTheirWeeksAndEveryPageShowsTheNextTwoWeeksDueDates() {
        LedgerFilter lior = LedgerFilter.parse(Map.of("owner", "Lior Genzel"), TODAY);
        List<OwnerTrend.Point> trend = IntStream.range(0, 14)
                .mapToObj(i -> new OwnerTrend.Point(TODAY.minusDays(13 - i), 2, i > 7 ? 1 : 0))
                .toList();
        LedgerReport withSoon = LedgerReport.build(
                TODAY,
                List.of(
                        TestActions.action("a-1", "Send the deck", TaskStatus.OPEN, TODAY.plusDays(2)),
                        TestActions.action("a-2", "Book the lab", TaskStatus.OPEN, TODAY.plusDays(2)),
                        TestActions.action("a-3", "Write the brief", TaskStatus.DONE, TODAY.plusDays(3))),
                List.of(),
                List.of());

        Document page = Jsoup.parse(LedgerPage.render(
                lior.apply(withSoon),
                3,
                true,
                new LedgerPage.Extras(Optional.empty(), lior, List.of("Lior Genzel"), trend)));

        assertThat(page.select("#trend svg polyline")).hasSize(2);
        assertThat(page.selectFirst("#trend polyline.overdue").attr("points").split(" "))
                .as("one point a day")
                .hasSize(14);
        assertThat(page.select("#calendar li")).hasSize(LedgerPage.CALENDAR_DAYS);
        Element busy = page.selectFirst("#calendar li[data-day=" + TODAY.plusDays(2) + "] a");
        assertThat(busy.text()).isEqualTo("2");
        assertThat(busy.attr("href")).isEqualTo("/?due=on:" + TODAY.plusDays(2));
        assertThat(page.selectFirst("#calendar li[data-day=" + TODAY.plusDays(3) + "]")
                        .hasClass("busy"))
                .as("a done action is not falling due")
                .isFalse();
        assertThat(Jsoup.parse(LedgerPage.render(withSoon, 3, true)).select("#trend"))
                .as("the whole ledger has no single owner to draw")
                .isEmpty();
    }

    @Test
    void thePriorityHeaderSortsEachTableHighestFirstAndBack() {
        LedgerReport mixed = LedgerReport.build(
                TODAY,
                List.of(
                        TestActions.action(
                                "a-high",
                                "Send the deck",
                                TaskStatus.OPEN,
                                TODAY.minusDays(9),
                                "Lior Genzel",
                                Priority.HIGH,
                                "sync.md"),
                        TestActions.action(
                                "a-none",
                                "Book the lab",
                                TaskStatus.OPEN,
                                TODAY.minusDays(5),
                                "Lior Genzel",
                                null,
                                "sync.md"),
                        TestActions.action(
                                "a-top",
                                "Call Igal",
                                TaskStatus.OPEN,
                                TODAY.minusDays(1),
                                "Lior Genzel",
                                Priority.HIGHEST,
                                "sync.md")),
                List.of(),
                List.of());
        LedgerFilter lior = LedgerFilter.parse(Map.of("owner", "Lior Genzel"), TODAY);

        Document usual = Jsoup.parse(LedgerPage.render(
                mixed, 3, true, new LedgerPage.Extras(Optional.empty(), lior, List.of(), List.of(), false)));
        Document sorted = Jsoup.parse(LedgerPage.render(
                mixed, 3, true, new LedgerPage.Extras(Optional.empty(), lior, List.of(), List.of(), true)));

        assertThat(usual.select("#overdue tr.item").eachAttr("data-action"))
                .as("most overdue first")
                .containsExactly("a-high", "a-none", "a-top");
        assertThat(sorted.select("#overdue tr.item").eachAttr("data-action"))
                .containsExactly("a-top", "a-high", "a-none");
        assertThat(usual.selectFirst("#overdue a.sort").attr("href")).isEqualTo("/?owner=Lior+Genzel&sort=priority");
        assertThat(sorted.selectFirst("#overdue a.sort").attr("href")).isEqualTo("/?owner=Lior+Genzel&sort=due");
        assertThat(sorted.select("#overdue tr[data-action=a-top] input[name=back]")
                        .eachAttr("value"))
                .as("a button returns to the page it is on")
                .containsOnly("overdue?owner=Lior+Genzel&sort=priority");
        assertThat(sorted.select("#filter input[name=sort]").eachAttr("value"))
                .as("filtering again keeps the order")
                .containsExactly("priority");
    }
}
