package com.actiontracker.cli;

import com.actiontracker.eval.Evaluation;
import com.actiontracker.eval.GoldFiles;
import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.parse.UnreadableNoteException;
import com.actiontracker.query.ReportJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scores what the parser finds in transcripts against annotated gold items. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Parse each note's transcript (its written sections blanked) and score the actions, decisions and"
                + " risks found against gold items: precision, recall and F1 per type, owner and due-date accuracy.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--gold",
            paramLabel = "FILE",
            required = true,
            description =
                    "A gold file (JSON Lines, see streams-app/src/test/resources/transcripts/ANNOTATION.md) or a folder of them.")
    Path gold;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--misses",
            description =
                    "Also list the gold items nothing matched, the found items that match nothing, and matched actions given the wrong due date.")
    boolean misses;

    @Option(
            names = "--min-confidence",
            paramLabel = "C",
            defaultValue = "0",
            description =
                    "Count only items found with at least this confidence: what the ledger counts without review at"
                            + " that tracker.transcript.accept-confidence (default: ${DEFAULT-VALUE}, everything).")
    double minConfidence;

    @Parameters(
            paramLabel = "NOTE",
            arity = "1..*",
            description = "Note files; each is matched to the gold items of its file name.")
    List<Path> notes;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(gold)) {
            throw new ParameterException(spec.commandLine(), "Gold file not found: " + gold);
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Path note : notes) {
            if (!Files.isRegularFile(note)) {
                throw new ParameterException(spec.commandLine(), "Note not found: " + note);
            }
            contents.put(note.getFileName().toString(), Files.readAllBytes(note));
        }
        Evaluation.Result result;
        try {
            result = Evaluation.run(
                    new NoteParser(ParserSettings.defaults()), contents, GoldFiles.read(gold), minConfidence);
        } catch (UnreadableNoteException e) {
            throw new ParameterException(spec.commandLine(), "A note cannot be read: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(ReportJson.write(json(result), true));
        } else {
            text(result, out);
        }
        return 0;
    }

    private void text(Evaluation.Result result, PrintWriter out) {
        out.printf("%-9s %6s %6s %8s %10s %7s %6s%n", "type", "found", "gold", "matched", "precision", "recall", "F1");
        List<Evaluation.TypeScore> rows = new ArrayList<>(result.byType().values());
        rows.add(result.overall());
        for (Evaluation.TypeScore s : rows) {
            out.printf(
                    Locale.ROOT,
                    "%-9s %6d %6d %8d %10.2f %7.2f %6.2f%n",
                    s.type() == null ? "overall" : ReportJson.lower(s.type()),
                    s.found(),
                    s.gold(),
                    s.matched(),
                    s.precision(),
                    s.recall(),
                    s.f1());
        }
        out.printf(
                Locale.ROOT,
                "owner right on %d of %d matched actions (%.0f%%)%n",
                result.ownersRight(),
                result.matchedActions(),
                100 * result.ownerAccuracy());
        out.printf(
                Locale.ROOT,
                "due date right on %d of %d matched actions with a stated due date (%.0f%%)%n",
                result.datesRight(),
                result.datesStated(),
                100 * result.dateAccuracy());
        out.printf(
                Locale.ROOT,
                "due date given to %d of %d matched actions with none stated%n",
                result.datesInvented(),
                result.matchedActions() - result.datesStated());
        if (misses) {
            result.misses().forEach(out::println);
        }
    }

    /** One type's scores (or the overall ones) in {@code --format json}. */
    record Scores(int found, int gold, int matched, double precision, double recall, double f1) {

        static Scores of(Evaluation.TypeScore s) {
            return new Scores(s.found(), s.gold(), s.matched(), s.precision(), s.recall(), s.f1());
        }
    }

    /** What {@code --format json} prints: the misses only with {@code --misses}. */
    record Report(
            Map<String, Scores> types,
            int matchedActions,
            double ownerAccuracy,
            int datesStated,
            double dateAccuracy,
            int datesInvented,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> misses) {}

    private Report json(Evaluation.Result result) {
        Map<String, Scores> types = new LinkedHashMap<>();
        result.byType().values().forEach(s -> types.put(ReportJson.lower(s.type()), Scores.of(s)));
        types.put("overall", Scores.of(result.overall()));
        return new Report(
                types,
                result.matchedActions(),
                result.ownerAccuracy(),
                result.datesStated(),
                result.dateAccuracy(),
                result.datesInvented(),
                misses ? result.misses() : null);
    }
}
