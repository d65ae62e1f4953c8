package com.actiontracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of the CLI for bad usage; none of these start Kafka. */
class TrackerCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void aBadDateIsBadUsageWithAOneLineReason() {
        int exit = run("report", "--input", "../seeds", "--as-of", "2025-13-45");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .startsWith(
                        "error: Invalid value for option '--as-of': '2025-13-45' is not a date (expected YYYY-MM-DD)");
    }

    @Test
    void aMissingFolderIsBadUsage() {
        int exit = run("report", "--input", dir.resolve("nope").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: Notes folder not found: " + dir.resolve("nope"));
    }

    @Test
    void aWebhookOnTheCommandLineIsRefusedWithTheSafeWays() {
        int exit = run("demo", "--input", "../seeds", "--slack-webhook", "https://hooks.slack.com/services/T/B/X");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("--slack-webhook-file")
                .contains("SLACK_WEBHOOK_URL")
                .doesNotContain("T/B/X");
    }

    @Test
    void aWebhookFileOthersCanReadIsBadUsage() throws Exception {
        Path file = Files.writeString(dir.resolve("webhook"), "https://hooks.slack.com/services/T/B/X\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        int exit = run(
                "demo",
                "--input",
                "../seeds",
                "--data-dir",
                dir.resolve("data").toString(),
                "--slack-webhook-file",
                file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("chmod 600").doesNotContain("T/B/X");
        assertThat(dir.resolve("data")).as("nothing was started").doesNotExist();
    }

    @Test
    void anUnknownOptionIsBadUsageAndPointsToHelp() {
        int exit = run("demo", "--colour");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'").contains("tracker demo --help");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "report", "run", "parse"}) {
            StringWriter help = new StringWriter();
            CommandLine cli = TrackerCli.commandLine();
            cli.setOut(new PrintWriter(help));
            assertThat(cli.execute(command, "--help")).isZero();
            assertThat(help.toString()).contains("Usage: tracker " + command);
        }
    }

    @Test
    void parsePrintsJsonLinesAndFailsWithExitOneWhenAFileCannotBeRead() throws Exception {
        Path note = Files.writeString(dir.resolve("a.md"), "- [ ] Send the deck @Myself 📅 2025-10-31\n");
        Path binary = Files.write(dir.resolve("b.md"), new byte[] {(byte) 0xC3, 0x28, 0});

        int exit = run("parse", note.toString(), binary.toString(), "--vault-owner", "Jason Vallery");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("\"type\":\"action\"")
                        .contains("\"owner\":\"Jason Vallery\"")
                        .contains("\"ownerAsWritten\":\"Myself\"")
                        .contains("\"due\":\"2025-10-31\""));
        assertThat(err.toString()).startsWith("error: " + binary + ": ");
    }

    @Test
    void theFullCliCarriesEveryCommandOfTheServiceJar() {
        // Both list their subcommands in an annotation; this keeps the two lists from drifting apart.
        var service = ServiceCli.configure(new CommandLine(new ServiceCli())).getSubcommands();
        var full = TrackerCli.commandLine().getSubcommands();

        assertThat(full.keySet()).containsAll(service.keySet());
        service.forEach((name, command) -> assertThat(
                        full.get(name).getCommandSpec().userObject().getClass())
                .as(name)
                .isEqualTo(command.getCommandSpec().userObject().getClass()));
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        for (String command : TrackerCli.commandLine().getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue; // picocli's help takes a command name, not options
            }
            out.getBuffer().setLength(0);

            int exit = run(command, "--version");

            assertThat(exit).as(command).isZero();
            assertThat(out.toString()).as(command + " --version").startsWith("tracker ");
        }
    }

    @Test
    void parsingAFileThatIsNotThereSaysSo() {
        int exit = run("parse", dir.resolve("nope.md").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("error: " + dir.resolve("nope.md") + ": not found" + System.lineSeparator());
    }

    @Test
    void evalPrintsEachTypesScoresAsJsonAndTheMissesOnlyWhenAskedFor() throws Exception {
        Path transcripts = Path.of("src/test/resources/transcripts");
        Path gold = transcripts.resolve("gold/Bed011.jsonl");
        ObjectMapper json = new ObjectMapper();
        Map<String, Long> goldByType = Files.readAllLines(gold).stream()
                .filter(line -> !line.isBlank())
                .map(line -> readType(json, line))
                .collect(Collectors.groupingBy(type -> type, Collectors.counting()));
        String note = transcripts.resolve("notes/Bed011.md").toString();

        int exit = run("eval", "--gold", gold.toString(), "--format", "json", note);

        assertThat(exit).as(err.toString()).isZero();
        JsonNode report = json.readTree(out.toString());
        assertThat(report.get("types").fieldNames())
                .toIterable()
                .containsExactly("action", "decision", "risk", "overall");
        for (String type : List.of("action", "decision", "risk")) {
            JsonNode scores = report.get("types").get(type);
            assertThat(scores.get("gold").asLong()).as(type).isEqualTo(goldByType.getOrDefault(type, 0L));
            assertThat(scores.get("matched").asInt())
                    .isLessThanOrEqualTo(scores.get("found").asInt());
        }
        assertThat(report.get("types").get("overall").get("gold").asLong())
                .isEqualTo(
                        goldByType.values().stream().mapToLong(Long::longValue).sum());
        assertThat(report.has("misses")).isFalse();

        out.getBuffer().setLength(0);
        run("eval", "--gold", gold.toString(), "--format", "json", "--misses", note);
        JsonNode withMisses = json.readTree(out.toString());
        int matched = withMisses.get("types").get("overall").get("matched").asInt();
        int goldItems = withMisses.get("types").get("overall").get("gold").asInt();
        assertThat(withMisses.get("misses"))
                .as("at least the gold items nothing matched")
                .hasSizeGreaterThanOrEqualTo(goldItems - matched);
    }

    @Test
    void aReportOverAFolderWithoutNotesSaysSoAndPrintsTheEmptyLedgerWithoutStartingKafka() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.writeString(vault.resolve(".obsidian/workspace.md"), "- [ ] Not a note @Dana\n");

        int exit = run("report", "--input", vault.toString(), "--as-of", "2025-11-01", "--format", "json");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).startsWith("No notes found in " + vault).contains("the ledger is empty");
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("asOf").asText()).isEqualTo("2025-11-01");
        assertThat(report.get("owners")).isEmpty();
    }

    @Test
    void helpTextsBreakLinesOnlyBetweenSentences() {
        // picocli starts a new line for each string of a description and wraps each to the terminal; a string that
        // ends mid-sentence is a hard break in the middle of a sentence, and the command list shows only the first.
        List<String> endsMidSentence = new ArrayList<>();
        for (CommandLine command : TrackerCli.commandLine().getSubcommands().values()) {
            var spec = command.getCommandSpec();
            check(spec.qualifiedName(), spec.usageMessage().description(), endsMidSentence);
            spec.options()
                    .forEach(option -> check(
                            spec.qualifiedName() + " " + option.longestName(), option.description(), endsMidSentence));
        }
        assertThat(endsMidSentence).isEmpty();
    }

    private static void check(String where, String[] description, List<String> endsMidSentence) {
        if (description.length < 2) {
            return;
        }
        for (String line : description) {
            if (!line.replace("%n", "").strip().matches("(?s).*[.:?!)]$")) {
                endsMidSentence.add(where + ": " + line);
            }
        }
    }

    private static String readType(ObjectMapper json, String line) {
        try {
            return json.readTree(line).get("type").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int run(String... args) {
        CommandLine cli = TrackerCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
