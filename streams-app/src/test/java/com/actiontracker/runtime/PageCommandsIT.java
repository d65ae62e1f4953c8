package com.actiontracker.runtime;

import static com.actiontracker.runtime.PipelineProbes.action;
import static com.actiontracker.runtime.PipelineProbes.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.tracking.ActionState;
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
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's buttons and the API's POSTs through the real broker: done, cancel, reopen, assign, redate and snooze send the CLI's
 * commands to the commands topic, and the ledger follows; requests that cannot apply are answered, not sent.
 */
class PageCommandsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path vault;

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eachVerbSendsItsCommandAndTheLedgerFollows() throws Exception {
        Files.writeString(
                vault.resolve("sync.md"),
                "---\ndate: 2025-10-01\n---\n- [ ] Book the lab @Lior Genzel 📅 2099-01-15\n"
                        + "- [ ] Send the deck @Jason Vallery 📅 2099-01-20\n");
        TrackerConfig config = new TrackerConfig(Map.of(
                TrackerConfig.INPUT_DIR,
                vault.toString(),
                TrackerConfig.DATA_DIR,
                data.toString(),
                TrackerConfig.INPUT_POLL_MS,
                "100",
                TrackerConfig.HTTP_PORT,
                "0"));
        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.serving(0))) {
            pipeline.awaitProcessed(PATIENCE);
            String base = pipeline.url().orElseThrow();
            String lab = action(pipeline, "Book the lab").actionId();
            String deck = action(pipeline, "Send the deck").actionId();

            HttpResponse<String> done = form(base, lab, "done", "back=owner-lior-genzel");
            assertThat(done.statusCode()).isEqualTo(303);
            assertThat(done.headers().firstValue("Location")).hasValue("/#owner-lior-genzel");
            awaitStatus(pipeline, lab, Lifecycle.DONE);

            HttpResponse<String> again = post(base, lab, "done", "");
            assertThat(again.statusCode()).as("done twice: nothing to send").isEqualTo(200);
            assertThat(new ObjectMapper().readTree(again.body()).get("sent").asBoolean())
                    .isFalse();
            assertThat(post(base, deck, "reopen", "").statusCode())
                    .as("an open action does not reopen")
                    .isEqualTo(409);
            assertThat(post(base, deck, "assign", "").statusCode())
                    .as("assign without an owner")
                    .isEqualTo(400);
            assertThat(post(base, deck, "snore", "").statusCode()).isEqualTo(405);
            assertThat(post(base, "a-nothing", "done", "").statusCode()).isEqualTo(404);
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(base + "actions/" + deck + "/cancel"))
                                            .header("Sec-Fetch-Site", "cross-site")
                                            .header("Content-Type", "application/x-www-form-urlencoded")
                                            .POST(HttpRequest.BodyPublishers.ofString("back=overdue"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .as("a form another site's page posts")
                    .isEqualTo(403);
            assertThat(form(base, deck, "assign", "owner=" + "x".repeat(9000)).statusCode())
                    .as("a form larger than the page's")
                    .isEqualTo(413);

            assertThat(form(base, deck, "assign", "owner=Priya+Raman&back=overdue")
                            .statusCode())
                    .isEqualTo(303);
            await().atMost(PATIENCE)
                    .untilAsserted(
                            () -> assertThat(action(pipeline, "Send the deck").owner())
                                    .isEqualTo("Priya Raman"));
            assertThat(post(base, deck, "redate", "due=soon").statusCode()).isEqualTo(400);
            assertThat(form(base, deck, "redate", "due=2099-02-01&back=overdue").statusCode())
                    .isEqualTo(303);
            String tomorrow = LocalDate.now().plusDays(2).toString();
            assertThat(post(base, deck, "snooze", "until=" + LocalDate.now()).statusCode())
                    .as("a snooze that is already over")
                    .isEqualTo(400);
            assertThat(post(base, deck, "snooze", "until=" + tomorrow).statusCode())
                    .isEqualTo(202);
            await().atMost(PATIENCE).untilAsserted(() -> {
                ActionState redated = action(pipeline, "Send the deck");
                assertThat(redated.due()).isEqualTo(LocalDate.of(2099, 2, 1));
                assertThat(redated.snoozedUntil()).hasToString(tomorrow);
            });
            assertThat(post(base, lab, "snooze", "until=" + tomorrow).statusCode())
                    .as("a done action has no reminders")
                    .isEqualTo(409);
            assertThat(post(base, lab, "reopen", "").statusCode()).isEqualTo(202);
            awaitStatus(pipeline, lab, Lifecycle.REOPENED);
            assertThat(post(base, lab, "cancel", "").statusCode()).isEqualTo(202);
            awaitStatus(pipeline, lab, Lifecycle.CANCELLED);
            // The CLI's verbs of the same names.
            assertThat(cli("snooze", deck, "2000-01-01", "--bootstrap-server", pipeline.bootstrapServers()))
                    .as("a snooze that is already over")
                    .isEqualTo(1);
            assertThat(cli("redate", lab, "2099-03-01", "--bootstrap-server", pipeline.bootstrapServers()))
                    .as("a cancelled action")
                    .isEqualTo(1);
            assertThat(cli("redate", deck, "2099-03-01", "--bootstrap-server", pipeline.bootstrapServers()))
                    .isZero();
            await().atMost(PATIENCE)
                    .untilAsserted(() ->
                            assertThat(action(pipeline, "Send the deck").due()).isEqualTo(LocalDate.of(2099, 3, 1)));
            assertThat(pipeline.app().actions())
                    .filteredOn(a -> a.actionId().equals(deck))
                    .singleElement()
                    .satisfies(a -> assertThat(a.status()).isEqualTo(Lifecycle.OPEN));
        }
    }

    @Test
    void aTypedOwnerGoesThroughTheAliasesAndTheVaultOwnerAsAWrittenOneDoes() throws Exception {
        Files.writeString(
                vault.resolve("sync.md"),
                "---\ndate: 2025-10-01\n---\n- [ ] Book the lab @Lior Genzel 📅 2099-01-15\n"
                        + "- [ ] Send the deck @me 📅 2099-01-20\n");
        Path aliases = Files.writeString(data.resolve("aliases.yaml"), "LG: Lior Genzel\n");
        TrackerConfig config = new TrackerConfig(Map.of(
                TrackerConfig.INPUT_DIR,
                vault.toString(),
                TrackerConfig.DATA_DIR,
                data.resolve("state").toString(),
                TrackerConfig.INPUT_POLL_MS,
                "100",
                TrackerConfig.HTTP_PORT,
                "0",
                TrackerConfig.ALIASES_FILE,
                aliases.toString(),
                TrackerConfig.VAULT_OWNER,
                "Jason Vallery"));
        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.serving(0))) {
            pipeline.awaitProcessed(PATIENCE);
            String base = pipeline.url().orElseThrow();
            ObjectMapper json = new ObjectMapper();

            HttpResponse<String> lg = get(base, "owners/lg/actions");
            HttpResponse<String> me = get(base, "owners/me/actions");

            assertThat(lg.statusCode()).as(lg.body()).isEqualTo(200);
            assertThat(json.readTree(lg.body()).get("owner").asText()).isEqualTo("Lior Genzel");
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(json.readTree(me.body()).get("owner").asText()).isEqualTo("Jason Vallery");
            assertThat(Jsoup.parse(get(base, "?owner=LG").body())
                            .select("#by-owner tr.item td:first-child")
                            .eachText())
                    .as("the page's owner filter too")
                    .containsExactly("Lior Genzel");
        }
    }

    private HttpResponse<String> get(String base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(String base, String id, String verb, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "actions/" + id + "/" + verb))
                        .header("Sec-Fetch-Site", "same-origin")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A program's POST (no browser headers), the owner in the query. */
    private HttpResponse<String> post(String base, String id, String verb, String query) throws Exception {
        return http.send(
                HttpRequest.newBuilder(
                                URI.create(base + "actions/" + id + "/" + verb + (query.isEmpty() ? "" : "?" + query)))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitStatus(EmbeddedPipeline pipeline, String id, Lifecycle status) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(pipeline.app().actions())
                        .filteredOn(a -> a.actionId().equals(id))
                        .singleElement()
                        .satisfies(a -> assertThat(a.status()).isEqualTo(status)));
    }
}
