package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.query.LedgerReport;
import com.actiontracker.tracking.ActionView;
import com.actiontracker.tracking.Lifecycle;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed notes through the real broker with three partitions per topic: one identity per person and per action,
 * and the ledger as it stood on two days.
 */
class SeedLedgerIT {

    private static EmbeddedPipeline pipeline;

    @TempDir
    static Path data;

    @BeforeAll
    static void process() throws Exception {
        pipeline = EmbeddedPipeline.start(
                new TrackerConfig(Map.of(
                        TrackerConfig.INPUT_DIR,
                        "../seeds",
                        TrackerConfig.DATA_DIR,
                        data.toString(),
                        TrackerConfig.VAULT_OWNER,
                        "Jason Vallery",
                        TrackerConfig.TOPIC_PARTITIONS,
                        "3",
                        TrackerConfig.HTTP_PORT,
                        "0")),
                EmbeddedPipeline.Options.serving(0));
        pipeline.awaitProcessed(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @Test
    void theMetricsCountTheDeadLettersTheTopicHoldsTheStoresEntriesAndKafkaStreamsOwn() throws Exception {
        String metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(pipeline.url().orElseThrow() + "metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(metrics.lines()
                        .filter(l -> l.startsWith("tracker_dead_letters_total "))
                        .map(l -> Double.parseDouble(l.substring(l.indexOf(' ') + 1))))
                .containsExactly((double) pipeline.deadLetters().size());
        long notes;
        try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
            notes = seeds.count();
        }
        assertThat(metrics.lines().filter(l -> l.startsWith("tracker_store_entries{store=\"note-index\"} ")))
                .as("one entry per note read")
                .containsExactly("tracker_store_entries{store=\"note-index\"} " + notes + ".0");
        assertThat(metrics)
                .as("Kafka Streams' own metrics, through Micrometer's binder")
                .containsPattern("(?m)^kafka_stream_thread_process_total\\{");
    }

    @Test
    void ownersOfAPastDayAreCountedAsThePageShowsThemAndAnOwnerIsFoundAsNotesNameThem() throws Exception {
        var json = new ObjectMapper();
        var owners = json.readTree(get("owners?asOf=2025-11-03").body());
        assertThat(owners.get("asOf").asText()).isEqualTo("2025-11-03");
        LedgerReport report = pipeline.report(LocalDate.of(2025, 11, 3));
        for (var owner : owners.get("owners")) {
            LedgerReport.OwnerSection section = report.owner(
                            owner.get("owner").isNull()
                                    ? null
                                    : owner.get("owner").asText())
                    .orElseThrow();
            assertThat(owner.get("overdue").asInt()).as(owner.toString()).isEqualTo(section.overdue());
            assertThat(owner.get("open").asInt()).as(owner.toString()).isEqualTo(section.open());
        }
        assertThat(owners.get("owners").findValuesAsText("owner")).contains("Lior Genzel");

        var andy = get("owners/andy%20pernstiner/actions?status=all");
        assertThat(andy.statusCode()).isEqualTo(200);
        assertThat(json.readTree(andy.body()).get("owner").asText())
                .as("a misspelt surname, lower case")
                .isEqualTo("Andy Perlsteiner");
        assertThat(json.readTree(andy.body()).get("actions")).isNotEmpty();
        var nobody = get("owners/Priya%20Raman/actions");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(json.readTree(nobody.body()).get("error").asText()).contains("Priya Raman");
    }

    @Test
    void anActionIsAPageForABrowserAndJsonForAProgram() throws Exception {
        ActionView done = pipeline.report(LocalDate.now()).owners().stream()
                .flatMap(o -> o.items().stream())
                .filter(a -> !a.history().isEmpty())
                .findFirst()
                .orElseThrow();
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(pipeline.url().orElseThrow() + "actions/" + done.actionId()))
                                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Document html = Jsoup.parse(page.body());
        assertThat(html.selectFirst("h1").text()).isEqualTo(done.text());
        assertThat(html.select("#history tbody tr")).hasSize(done.history().size());
        assertThat(html.select("#facts a.source").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith("/notes/"));
        var json = new ObjectMapper().readTree(get("actions/" + done.actionId()).body());
        assertThat(json.get("text").asText()).as("without Accept: JSON").isEqualTo(done.text());
    }

    @Test
    void aNoteIsShownAsTheLedgerReadItWithItsMisdecodedCharactersRepaired() throws Exception {
        var response = get("notes/000_3f29d3a53c1e8cc1.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        Document note = Jsoup.parse(response.body());
        assertThat(note.selectFirst("#L24").text())
                .as("the seed's bytes say Jasonâ€™s")
                .contains("Jason’s charter")
                .doesNotContain("â€");
    }

    @Test
    void todayThePagePointsANewcomerToTheLatestDayWithOverdueWork() throws Exception {
        var page = Jsoup.parse(get("").body());
        var link = page.selectFirst("#look-back a");
        assertThat(link)
                .as("every seed task is done by now, so the page says so")
                .isNotNull();
        LocalDate then = LocalDate.parse(link.text());
        assertThat(link.attr("href")).isEqualTo("/?asOf=" + then);
        assertThat(pipeline.report(then).owners()).anyMatch(o -> o.overdue() > 0);
        assertThat(pipeline.report(then.plusDays(1)).owners())
                .as("the latest such day")
                .allMatch(o -> o.overdue() == 0);
    }

    @Test
    void theTagFilterKeepsTheSeedTasksTaggedSoEachShowingItsTags() throws Exception {
        LocalDate day = LocalDate.of(2025, 11, 3);
        List<String> tagged = pipeline.report(day).owners().stream()
                .flatMap(o -> o.items().stream())
                .filter(i -> i.status().isPending() && i.tags().contains("#task"))
                .map(ActionView::actionId)
                .toList();
        assertThat(tagged).as("seed 002 tags its tasks #task").isNotEmpty();

        var page = Jsoup.parse(get("?tag=task&status=open&asOf=" + day).body());

        assertThat(page.select("#by-owner tr.item").eachAttr("data-action"))
                .containsExactlyInAnyOrderElementsOf(tagged);
        assertThat(page.select("#by-owner tr.item"))
                .allSatisfy(row -> assertThat(row.select("a.tag").eachText()).contains("#task"));
    }

    @Test
    void aBadParameterIsAnsweredWithFourHundredAndTheReason() throws Exception {
        for (String path : List.of(
                "?asOf=garbage",
                "?asOf=",
                "?due=soon",
                "?priority=urgent",
                "?status=bogus",
                "?sort=owner",
                "owners?asOf=2025-13-01",
                "owners/Jason%20Vallery/actions?status=bogus")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(new ObjectMapper().readTree(response.body()).get("error").asText())
                    .as(path)
                    .isNotBlank();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(pipeline.url().orElseThrow() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fortyFiveActionsOnePerPersonAllDoneAndNothingOverdueToday() {
        LedgerReport today = pipeline.report(LocalDate.of(2026, 11, 21));

        List<ActionView> items =
                today.owners().stream().flatMap(o -> o.items().stream()).toList();
        assertThat(items).hasSize(45);
        assertThat(items).extracting(ActionView::actionId).doesNotHaveDuplicates();
        assertThat(items).allSatisfy(i -> assertThat(i.status()).isEqualTo(Lifecycle.DONE));
        assertThat(today.owners()).allSatisfy(o -> assertThat(o.overdue()).isZero());
        assertThat(today.owners())
                .filteredOn(o -> !o.items().isEmpty())
                .extracting(LedgerReport.OwnerSection::owner)
                .containsExactly("Andy Perlsteiner", "Jason Vallery", "Jeff Denworth", "Lior Genzel", "Tomer Hagey");
    }

    @Test
    void onTheThirdOfNovemberTheOverdueItemsOfThatDayAreUnderTheirOwners() {
        LedgerReport then = pipeline.report(LocalDate.of(2025, 11, 3));

        assertThat(overdue(then, "Andy Perlsteiner"))
                .containsExactly("Provide sales team update on Sync Engine Blob-source support status");
        assertThat(overdue(then, "Jason Vallery")).containsExactly("Meet with Josh to obtain OVA and setup guidance");
        assertThat(overdue(then, "Lior Genzel"))
                .hasSize(6)
                .contains(
                        "Capture MAI testing requirements, KPIs, and timeline after tomorrow’s call; define hardware shipment plan.");
        assertThat(then.owners())
                .filteredOn(o -> o.owner() != null && o.owner().startsWith("Andy"))
                .extracting(LedgerReport.OwnerSection::owner)
                .containsExactly("Andy Perlsteiner");
        assertThat(then.owner("Tomer Hagey").orElseThrow().done()).isEqualTo(4);
    }

    private static List<String> overdue(LedgerReport report, String owner) {
        return report.owner(owner).orElseThrow().items().stream()
                .filter(ActionView::overdue)
                .map(ActionView::text)
                .toList();
    }
}
