package com.actiontracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tracker report} over the seed notes, through the whole pipeline (embedded broker, Connect worker, Streams),
 * exactly as a script would run it.
 */
class SeedReportIT {

    private static final Path SEEDS = Path.of("../seeds");
    private static final Pattern CHECKBOX = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\[.]\\s");

    private static JsonNode report;
    private static int exit;
    private static String stderr;
    /** Everything logged while the report ran, whatever the logger's level. */
    private static final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> errors =
            new ch.qos.logback.core.read.ListAppender<>();

    @BeforeAll
    static void runReport() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = TrackerCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        errors.setContext(root.getLoggerContext());
        errors.start();
        root.addAppender(errors);
        try {
            exit = cli.execute(
                    "report",
                    "--input",
                    SEEDS.toString(),
                    "--as-of",
                    "2026-11-21",
                    "--vault-owner",
                    "Jason Vallery",
                    "--format",
                    "json");
        } finally {
            root.detachAppender(errors);
        }
        stderr = err.toString();
        report = new ObjectMapper().readTree(out.toString());
    }

    @Test
    void finishesWithExitZeroAndNoDeadLetters() {
        assertThat(exit).as(stderr).isZero();
        assertThat(report.get("asOf").asText()).isEqualTo("2026-11-21");
        assertThat(report.get("deadLetters")).isEmpty();
    }

    @Test
    void aCleanRunLogsNoError() {
        assertThat(errors.list)
                .filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.ERROR)
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
                .isEmpty();
    }

    @Test
    void everyCheckboxLineOfTheSeedsIsAnItemSource() throws IOException {
        Set<String> sources = new HashSet<>();
        items().forEach(i -> i.get("sources")
                .forEach(s ->
                        sources.add(s.get("path").asText() + ":" + s.get("line").asInt())));

        List<String> checkboxes = checkboxLines();
        assertThat(checkboxes).hasSize(47);
        assertThat(sources).containsAll(checkboxes);
        assertThat(items().stream()
                        .filter(i -> i.get("origin").asText().equals("task"))
                        .count())
                .as("47 lines, two of them repeat items of another note of the same meeting")
                .isEqualTo(45);
    }

    @Test
    void theSameTaskInTwoNotesIsOneItemCarryingTheCompletionUnderTheOnePersonBothNotesMean() {
        JsonNode update = item("Provide sales team update on Sync Engine Blob-source support status");
        assertThat(update.get("status").asText()).isEqualTo("done");
        assertThat(update.get("due").asText()).isEqualTo("2025-10-30");
        assertThat(update.get("done").asText()).isEqualTo("2025-11-08");
        assertThat(owner(update))
                .as("@Andy Pernstiner and @Andy are Andy Perlsteiner")
                .isEqualTo("Andy Perlsteiner");
        assertThat(update.get("sources"))
                .extracting(s -> s.get("path").asText() + ":" + s.get("line").asInt())
                .containsExactlyInAnyOrder("000_3f29d3a53c1e8cc1.txt:62", "002_056c2cefeb2c5388.txt:24");

        JsonNode josh = item("Meet with Josh to obtain OVA and setup guidance");
        assertThat(owner(josh)).isEqualTo("Jason Vallery");
        assertThat(josh.get("due").asText()).isEqualTo("2025-10-31");
        assertThat(josh.get("priority").asText()).isEqualTo("medium");
    }

    @Test
    void ownersStatusesAndDatesAreTheOnesTheAuthorsWrote() {
        JsonNode capture = item(
                "Capture MAI testing requirements, KPIs, and timeline after tomorrow’s call; define hardware shipment plan.");
        assertThat(owner(capture)).as("@Lior is Lior Genzel").isEqualTo("Lior Genzel");
        assertThat(capture.get("due").asText()).isEqualTo("2025-11-01");
        assertThat(capture.get("done").asText()).isEqualTo("2025-11-08");
        assertThat(capture.get("priority").asText()).isEqualTo("high");
        assertThat(capture.get("overdue").asBoolean()).isFalse();

        JsonNode shachar = item("Align with Shachar on AI development program goals and adoption metrics");
        assertThat(owner(shachar)).isEqualTo("Jason Vallery");
        assertThat(shachar.get("done").asText()).isEqualTo("2025-10-26");
        assertThat(shachar.get("due").isNull()).isTrue();

        assertThat(owner(item("Clarify PM ownership and process for Sync Engine (avoid ad hoc gap-filling)")))
                .isEqualTo("Jeff Denworth");
        assertThat(items())
                .filteredOn(i -> i.get("origin").asText().equals("task"))
                .allSatisfy(i -> assertThat(i.get("status").asText()).isEqualTo("done"));
    }

    private static List<String> checkboxLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.sorted().toList()) {
                List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
                boolean fenced = false;
                for (int i = 0; i < text.size(); i++) {
                    fenced ^= text.get(i).trim().startsWith("```");
                    if (!fenced && CHECKBOX.matcher(text.get(i)).find()) {
                        lines.add(file.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        return lines;
    }

    private static List<JsonNode> items() {
        List<JsonNode> items = new ArrayList<>();
        report.get("owners").forEach(o -> o.get("items").forEach(items::add));
        return items;
    }

    private static JsonNode item(String text) {
        return items().stream()
                .filter(i -> i.get("text").asText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + text));
    }

    private static String owner(JsonNode item) {
        for (JsonNode owner : report.get("owners")) {
            for (JsonNode i : owner.get("items")) {
                if (i.get("id").equals(item.get("id"))) {
                    return owner.get("owner").asText();
                }
            }
        }
        throw new AssertionError("item without owner section");
    }
}
