package com.actiontracker.cli;

import com.actiontracker.identity.OwnerResolver;
import com.actiontracker.parse.ActionItem;
import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParsedNote;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.parse.Statement;
import com.actiontracker.parse.UnreadableNoteException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Parses note files without Kafka and prints one JSON object per extracted item. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Print one JSON object per action, decision, risk and question found in each file.",
                "A file that cannot be read is reported on stderr; the others are still parsed (exit code 1)."})
final class ParseCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Note files.")
    List<Path> files;

    @Option(names = "--vault-owner", paramLabel = "NAME", description = "Who writes the notes: @Myself is this person.")
    String vaultOwner;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with tracker.parse.* and other settings.")
    Path configFile;

    /** The parser's settings and the vault owner: defaults, then the config file, the environment, the options. */
    com.actiontracker.runtime.TrackerConfig config() throws IOException {
        java.util.Properties file = new java.util.Properties();
        if (configFile != null) {
            try (var in = java.nio.file.Files.newInputStream(configFile)) {
                file.load(in);
            }
        }
        return com.actiontracker.runtime.TrackerConfig.load(file, CliEnvironment.get(), vaultOwner == null ? java.util.Map.of()
                : java.util.Map.of(com.actiontracker.runtime.TrackerConfig.VAULT_OWNER, vaultOwner));
    }

    @Override
    public Integer call() throws IOException {
        com.actiontracker.runtime.TrackerConfig config = config();
        NoteParser parser = new NoteParser(ParserSettings.fromProperties(config.parserProperties()));
        OwnerResolver owners = new OwnerResolver(config.vaultOwner().isEmpty() ? null : config.vaultOwner());
        int failed = 0;
        java.io.PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            try {
                ParsedNote note = parser.parse(file.toString(), Files.readAllBytes(file));
                for (ActionItem item : note.actions()) {
                    out.println(JSON.writeValueAsString(action(note, item, owners)));
                }
                for (Statement statement : note.statements()) {
                    out.println(JSON.writeValueAsString(statement(note, statement)));
                }
            } catch (java.nio.file.NoSuchFileException e) {
                spec.commandLine().getErr().println("error: " + file + ": not found");
                failed++;
            } catch (UnreadableNoteException | IOException e) {
                spec.commandLine().getErr().println("error: " + file + ": " + Converters.oneLine(e));
                failed++;
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static ObjectNode action(ParsedNote note, ActionItem item, OwnerResolver owners) {
        ObjectNode node = common(note, "action", item.description(), item.line(), item.origin().name(), item.confidence());
        node.put("owner", owners.resolve(item.owner()));
        node.put("ownerAsWritten", item.owner());
        node.put("commitment", item.origin() == com.actiontracker.parse.ItemOrigin.TASK ? null
                : item.commitment().name().toLowerCase(Locale.ROOT));
        node.put("status", item.status().name().toLowerCase(Locale.ROOT));
        node.put("statusSymbol", item.statusSymbol());
        node.put("due", date(item.due()));
        node.put("scheduled", date(item.scheduled()));
        node.put("start", date(item.start()));
        node.put("created", date(item.created()));
        node.put("done", date(item.done()));
        node.put("cancelled", date(item.cancelled()));
        node.put("priority", item.priority() == null ? null : item.priority().name().toLowerCase(Locale.ROOT));
        node.put("recurrence", item.recurrence());
        node.put("taskId", item.taskId());
        item.tags().forEach(node.putArray("tags")::add);
        if (item.tags().isEmpty()) {
            node.putArray("tags");
        }
        node.put("raw", item.rawLine());
        item.warnings().forEach(node.withArray("warnings")::add);
        return node;
    }

    private static ObjectNode statement(ParsedNote note, Statement statement) {
        ObjectNode node = common(note, statement.kind().name(), statement.text(), statement.line(),
                statement.origin().name(), statement.confidence());
        node.put("section", statement.section());
        return node;
    }

    private static ObjectNode common(ParsedNote note, String type, String text, int line, String origin, double confidence) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", type.toLowerCase(Locale.ROOT));
        node.put("text", text);
        node.put("origin", origin.toLowerCase(Locale.ROOT));
        node.put("confidence", confidence);
        node.putObject("source").put("path", note.path()).put("line", line);
        node.putObject("meeting").put("date", date(note.metadata().date())).put("title", note.metadata().title());
        note.warnings().forEach(node.withArray("noteWarnings")::add);
        return node;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
