package com.actiontracker.cli;

import com.actiontracker.eval.Evaluation;
import com.actiontracker.eval.TranscriptData;
import com.actiontracker.eval.TranscriptTrainer;
import com.actiontracker.parse.UnreadableNoteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Trains the transcript classifier from the annotated meetings and writes it where the parser loads it. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train the transcript classifier on the notes of the train and dev splits, by cross-validation:"
                    + " calibrate it and tune its thresholds on held-out folds, print their scores and write the model fitted"
                    + " on all of them (commit it).",
            "The test split is not read."
        })
final class TrainCommand implements Callable<Integer> {

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "streams-app/src/test/resources/transcripts",
            description = "Annotated data: gold/, notes/ and splits.properties (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--seeds",
            paramLabel = "DIR",
            defaultValue = "seeds",
            description = "Where notes named in the splits but not in DIR/notes are (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "streams-app/parser/src/main/resources",
            description = "Resources folder the model is written to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--misses",
            description =
                    "Also list, from the held-out readings, the gold items nothing matched, the found items that match nothing, and matched actions given the wrong due date.")
    boolean misses;

    @Override
    public Integer call() throws IOException, UnreadableNoteException {
        if (!Files.isRegularFile(data.resolve("splits.properties"))) {
            throw new ParameterException(spec.commandLine(), "No splits.properties in " + data);
        }
        TranscriptData annotated = TranscriptData.load(data, seeds);
        Map<String, byte[]> notes = new TreeMap<>();
        try {
            notes.putAll(annotated.notes("train"));
            notes.putAll(annotated.notes("dev"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        TranscriptTrainer.Trained trained = TranscriptTrainer.train(notes, annotated.gold());
        trained.model().write(out);
        PrintWriter print = spec.commandLine().getOut();
        print.println("Trained on " + trained.examples() + " candidate sentences of " + notes.size() + " notes "
                + trained.labels());
        print.printf(
                Locale.ROOT,
                "The screen lets %.0f%% of the held-out candidates through to the classifier%n",
                100 * trained.screenPassRate());
        print.println("Cross-validated (" + TranscriptTrainer.FOLDS
                + " folds; each note read by a model that did not see it):");
        Evaluation.Result result = trained.crossValidated();
        for (Evaluation.TypeScore s : result.byType().values()) {
            print.printf(
                    Locale.ROOT,
                    "  %-8s precision %.2f recall %.2f F1 %.2f (%d found, %d gold)%n",
                    s.type().name().toLowerCase(Locale.ROOT),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    s.found(),
                    s.gold());
        }
        Evaluation.TypeScore all = result.overall();
        print.printf(
                Locale.ROOT,
                "  overall  precision %.2f recall %.2f F1 %.2f; owners %.0f%%, due dates %.0f%%"
                        + " (and %d given where none was said)%n",
                all.precision(),
                all.recall(),
                all.f1(),
                100 * result.ownerAccuracy(),
                100 * result.dateAccuracy(),
                result.datesInvented());
        if (misses) {
            result.misses().forEach(print::println);
        }
        print.println("Model written under " + out);
        return 0;
    }
}
