package com.actiontracker.cli;

import static com.actiontracker.query.ReportJson.date;
import static com.actiontracker.query.ReportJson.lower;

import com.actiontracker.identity.OwnerResolver;
import com.actiontracker.parse.ActionItem;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParsedNote;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.parse.Statement;
import com.actiontracker.parse.UnreadableNoteException;
import com.actiontracker.query.ReportJson;
import com.actiontracker.runtime.TrackerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Parses note files without Kafka and prints one JSON object per extracted item (records, serialised by Jackson). */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Print one JSON object per action, decision, risk and question found in each file.",
            "A file that cannot be read is reported on stderr; the others are still parsed (exit code 1)."
        })
final class ParseCommand implements Callable<Integer> {

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Note files.")
    List<Path> files;

    @Option(names = "--vault-owner", paramLabel = "NAME", description = "Who writes the notes: @Myself is this person.")
    String vaultOwner;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Properties file with tracker.parse.* and other settings.")
    Path configFile;

    /** The parser's settings and the vault owner: defaults, then the config file, the environment, the options. */
    TrackerConfig config() throws IOException {
        Properties file = new Properties();
        if (configFile != null) {
            try (var in = Files.newInputStream(configFile)) {
                file.load(in);
            }
        }
        return TrackerConfig.load(
                file,
                CliEnvironment.get(),
                vaultOwner == null ? Map.of() : Map.of(TrackerConfig.VAULT_OWNER, vaultOwner));
    }

    @Override
    public Integer call() throws IOException {
        TrackerConfig config = config();
        NoteParser parser = new NoteParser(ParserSettings.fromProperties(config.parserProperties()));
        OwnerResolver owners = new OwnerResolver(config.vaultOwner().isEmpty() ? null : config.vaultOwner());
        int failed = 0;
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            try {
                ParsedNote note = parser.parse(file.toString(), Files.readAllBytes(file));
                for (ActionItem item : note.actions()) {
                    out.println(ReportJson.write(action(note, item, owners), false));
                }
                for (Statement statement : note.statements()) {
                    out.println(ReportJson.write(statement(note, statement), false));
                }
            } catch (NoSuchFileException e) {
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

    /** The meeting the note records. */
    record Meeting(String date, String title) {}

    /** One action, as {@code parse} prints it: the components in the output's order. */
    record ActionLine(
            String type,
            String text,
            String origin,
            double confidence,
            ReportJson.Source source,
            Meeting meeting,
            List<String> noteWarnings,
            String owner,
            String ownerAsWritten,
            String commitment,
            String status,
            String statusSymbol,
            String due,
            String scheduled,
            String start,
            String created,
            String done,
            String cancelled,
            String priority,
            String recurrence,
            String taskId,
            List<String> tags,
            String raw,
            List<String> warnings) {}

    /** One decision, risk or question, as {@code parse} prints it. */
    record StatementLine(
            String type,
            String text,
            String origin,
            double confidence,
            ReportJson.Source source,
            Meeting meeting,
            List<String> noteWarnings,
            String section) {}

    private static ActionLine action(ParsedNote note, ActionItem item, OwnerResolver owners) {
        return new ActionLine(
                "action",
                item.description(),
                lower(item.origin()),
                item.confidence(),
                new ReportJson.Source(note.path(), item.line()),
                meeting(note),
                note.warnings(),
                owners.resolve(item.owner()),
                item.owner(),
                item.origin() == ItemOrigin.TASK ? null : lower(item.commitment()),
                lower(item.status()),
                item.statusSymbol(),
                date(item.due()),
                date(item.scheduled()),
                date(item.start()),
                date(item.created()),
                date(item.done()),
                date(item.cancelled()),
                lower(item.priority()),
                item.recurrence(),
                item.taskId(),
                item.tags(),
                item.rawLine(),
                item.warnings());
    }

    private static StatementLine statement(ParsedNote note, Statement statement) {
        return new StatementLine(
                lower(statement.kind()),
                statement.text(),
                lower(statement.origin()),
                statement.confidence(),
                new ReportJson.Source(note.path(), statement.line()),
                meeting(note),
                note.warnings(),
                statement.section());
    }

    private static Meeting meeting(ParsedNote note) {
        return new Meeting(date(note.metadata().date()), note.metadata().title());
    }
}
