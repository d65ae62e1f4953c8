package com.actiontracker.eval;

import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParsedNote;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.parse.SpokenExemplars;
import com.actiontracker.parse.SpokenItemModel;
import com.actiontracker.parse.TranscriptCandidates;
import com.actiontracker.parse.UnreadableNoteException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains the transcript classifier from annotated meetings: every candidate sentence is labelled with the type of the
 * gold item it states (or NONE); a screen and the classifier are fitted, cross-validated over the notes for the
 * screen's threshold, the calibration and the per-type thresholds, then fitted on all of them.
 */
public final class TranscriptTrainer {

    /** A candidate states a gold item when it was said on (or next to) its line and shares most of its evidence. */
    static final double LABEL_OVERLAP = 0.5;

    static final int POSITIVE_WEIGHT = 3;

    /**
     * The per-type thresholds tried, from one step up to the highest. Fine at the low end because the rare types' raw
     * probabilities are small: a grid from 0.05 put all three thresholds on that floor, and letting them lower raised
     * the cross-validated decision F1 from 0.06 to 0.10 and the risk F1 from 0.08 to 0.13 ({@code tracker train}).
     */
    static final double THRESHOLD_STEP = 0.01;

    static final double HIGHEST_THRESHOLD = 0.8;
    /**
     * The share of held-out sentences stating an item that the screen must let through to the full classifier. Low
     * on purpose: the sentences it stops are mostly ones the classifier would not have called right either. Of 0.95,
     * 0.8, 0.6, 0.4 and 0.25, cross-validated F1 was 0.13-0.14 for all, and precision best at 0.25 (0.18 against
     * 0.14-0.16), where the screen lets through 7% of the candidates instead of 93%: a transcript is read about
     * ten times faster.
     */
    static final double SCREEN_RECALL = 0.25;

    /**
     * The trained model, the candidates it was trained on, the share of held-out candidates its screen let through,
     * and the cross-validated scores: each note scored by the model of the folds that did not hold it.
     */
    public record Trained(
            SpokenItemModel model,
            int examples,
            Map<String, Integer> labels,
            double screenPassRate,
            Evaluation.Result crossValidated) {}

    /** The notes of the annotated data are split into this many folds, each held out once. */
    public static final int FOLDS = 4;

    private TranscriptTrainer() {}

    /** A labelled candidate: the note it is from, what the screen sees, its features, its embedding and its label. */
    record Example(String note, List<String> screenFeatures, List<String> features, float[] embedding, String label) {

        boolean statesItem() {
            return !label.equals(SpokenItemModel.NONE);
        }
    }

    /** The two classifiers and the exemplars fitted on some notes, before calibration and thresholds. */
    private record Fitted(MaxentModel screen, MaxentModel classifier, SpokenExemplars exemplars) {

        SpokenItemModel model(
                double screenThreshold, Map<String, double[]> calibration, Map<String, Double> thresholds) {
            return SpokenItemModel.of(
                    new SpokenItemModel.Screen(screen, screenThreshold),
                    classifier,
                    calibration,
                    thresholds,
                    exemplars);
        }
    }

    /**
     * Trains on every annotated note given (the train and dev splits), by cross-validation: the notes are dealt into
     * {@link #FOLDS} folds, and each fold is read by a model fitted on the others. Those held-out readings set the
     * screen's threshold, calibrate the confidences, choose each type's threshold and give the scores reported; the
     * model shipped is then fitted on all the notes. Every held-out figure comes from a model that did not see the
     * note, and all sixteen meetings train the shipped one, where a fixed dev split would have kept five of them out.
     */
    public static Trained train(Map<String, byte[]> notes, List<GoldItem> gold) throws UnreadableNoteException {
        NoteParser untrained = new NoteParser(ParserSettings.defaults(), null);
        List<Example> examples = labelled(untrained, notes, gold);
        Map<String, Integer> labels = new TreeMap<>();
        examples.forEach(e -> labels.merge(e.label(), 1, Integer::sum));
        List<List<String>> folds = folds(notes.keySet());
        List<Fitted> fitted = new ArrayList<>();
        List<Example> heldOut = new ArrayList<>();
        List<Double> screened = new ArrayList<>();
        List<Map<String, Double>> probabilities = new ArrayList<>();
        for (List<String> fold : folds) {
            Fitted model =
                    fit(examples.stream().filter(e -> !fold.contains(e.note())).toList());
            fitted.add(model);
            SpokenItemModel raw = model.model(0, Map.of(), Map.of());
            for (Example example :
                    examples.stream().filter(e -> fold.contains(e.note())).toList()) {
                heldOut.add(example);
                screened.add(raw.screen().probability(example.screenFeatures()));
                probabilities.add(raw.probabilities(example.features(), example.embedding()));
            }
        }
        double screenThreshold = screenThreshold(heldOut, screened);
        // What the classifier says of each held-out candidate; one the screen stops is never called anything, as if
        // the classifier gave every type nothing.
        List<Map.Entry<Map<String, Double>, String>> held = new ArrayList<>();
        long passed = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            Map<String, Double> p = probabilities.get(i);
            if (screened.get(i) >= screenThreshold) {
                passed++;
            } else {
                p = new TreeMap<>();
                for (ItemType type : ItemType.values()) {
                    p.put(type.name(), 0.0);
                }
            }
            held.add(new AbstractMap.SimpleImmutableEntry<>(p, heldOut.get(i).label()));
        }
        Map<String, double[]> calibration = new TreeMap<>();
        Map<String, Double> thresholds = new TreeMap<>();
        for (ItemType type : ItemType.values()) {
            calibration.put(type.name(), calibrate(held, type.name()));
            thresholds.put(type.name(), threshold(held, type.name()));
        }
        Map<String, List<PredictedItem>> found = new TreeMap<>();
        for (int k = 0; k < folds.size(); k++) {
            NoteParser parser = new NoteParser(
                    ParserSettings.defaults(), fitted.get(k).model(screenThreshold, calibration, thresholds));
            for (String note : folds.get(k)) {
                found.put(note, Evaluation.found(parser, note, notes.get(note)));
            }
        }
        SpokenItemModel model = fit(examples).model(screenThreshold, calibration, thresholds);
        return new Trained(
                model,
                examples.size(),
                labels,
                heldOut.isEmpty() ? 1 : (double) passed / heldOut.size(),
                Evaluation.score(
                        found,
                        gold.stream().filter(g -> notes.containsKey(g.note())).toList()));
    }

    /** The notes dealt in name order into the folds, so that each fold holds meetings of every corpus. */
    static List<List<String>> folds(Collection<String> notes) {
        List<List<String>> folds = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            folds.add(new ArrayList<>());
        }
        List<String> sorted = notes.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            folds.get(i % FOLDS).add(sorted.get(i));
        }
        return folds;
    }

    /** Both classifiers and the exemplars, fitted on these candidates. */
    private static Fitted fit(List<Example> examples) {
        // Each training sentence is shown its neighbours among the other notes' exemplars only, as a new meeting's
        // sentences will be: its own note's would be itself.
        List<SpokenItemModel.Labelled> weighted = new ArrayList<>();
        Map<String, SpokenExemplars> leftOut = new TreeMap<>();
        for (Example example : examples) {
            leftOut.computeIfAbsent(
                    example.note(),
                    note -> exemplars(examples.stream()
                            .filter(e -> !e.note().equals(note))
                            .toList()));
        }
        for (Example example : examples) {
            List<String> features = new ArrayList<>(example.features());
            features.addAll(leftOut.get(example.note()).features(example.embedding()));
            // Few sentences state an item: each that does counts as several, so that the rare types are not drowned.
            int copies = example.statesItem() ? POSITIVE_WEIGHT : 1;
            for (int i = 0; i < copies; i++) {
                weighted.add(new SpokenItemModel.Labelled(features, example.embedding(), example.label()));
            }
        }
        return new Fitted(screen(examples), SpokenItemModel.train(weighted), exemplars(examples));
    }

    /** The screen: trained on whether a training sentence states an item at all. */
    static MaxentModel screen(List<Example> training) {
        List<SpokenItemModel.Labelled> weighted = new ArrayList<>();
        for (Example example : training) {
            String label = example.statesItem() ? SpokenItemModel.ITEM : SpokenItemModel.NONE;
            for (int i = 0; i < (example.statesItem() ? POSITIVE_WEIGHT : 1); i++) {
                weighted.add(new SpokenItemModel.Labelled(example.screenFeatures(), null, label));
            }
        }
        return SpokenItemModel.train(weighted);
    }

    /**
     * The highest screen threshold that still lets {@link #SCREEN_RECALL} of the held-out candidates that state an
     * item through: the held-out screen probability below which only the rest of them lie.
     */
    static double screenThreshold(List<Example> heldOut, List<Double> screened) {
        double[] positives = IntStream.range(0, heldOut.size())
                .filter(i -> heldOut.get(i).statesItem())
                .mapToDouble(screened::get)
                .sorted()
                .toArray();
        if (positives.length == 0) {
            return 0;
        }
        return positives[(int) Math.floor(positives.length * (1 - SCREEN_RECALL))];
    }

    private static SpokenExemplars exemplars(List<Example> examples) {
        Map<String, List<float[]>> byType = new TreeMap<>();
        examples.stream()
                .filter(e -> !e.label().equals(SpokenItemModel.NONE) && e.embedding() != null)
                .forEach(e -> byType.computeIfAbsent(e.label(), k -> new ArrayList<>())
                        .add(e.embedding()));
        return new SpokenExemplars(byType);
    }

    /**
     * The raw probability above which a candidate is called this type: the one with the best F1 over the held-out
     * candidates (a call is right when the candidate states a gold item of the type).
     */
    static double threshold(List<Map.Entry<Map<String, Double>, String>> held, String type) {
        long positives = held.stream().filter(e -> e.getValue().equals(type)).count();
        List<double[]> scored = new ArrayList<>();
        for (Map.Entry<Map<String, Double>, String> example : held) {
            Map<String, Double> p = example.getKey();
            String best = p.entrySet().stream()
                    .filter(e -> !e.getKey().equals(SpokenItemModel.NONE))
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(SpokenItemModel.NONE);
            if (best.equals(type)) {
                scored.add(new double[] {p.get(type), example.getValue().equals(type) ? 1 : 0});
            }
        }
        double bestThreshold = 0.5;
        double bestF1 = -1;
        for (int step = 1; step * THRESHOLD_STEP <= HIGHEST_THRESHOLD + 1e-9; step++) {
            double t = step * THRESHOLD_STEP;
            double called = scored.stream().filter(s -> s[0] >= t).count();
            double right = scored.stream().filter(s -> s[0] >= t && s[1] == 1).count();
            double precision = called == 0 ? 0 : right / called;
            double recall = positives == 0 ? 0 : right / positives;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                bestThreshold = t;
            }
        }
        return bestThreshold;
    }

    static List<Example> labelled(NoteParser parser, Map<String, byte[]> notes, List<GoldItem> gold)
            throws UnreadableNoteException {
        List<Example> examples = new ArrayList<>();
        for (Map.Entry<String, byte[]> note : notes.entrySet()) {
            ParsedNote parsed = parser.parse(note.getKey(), TranscriptOnly.strip(note.getValue()));
            List<GoldItem> noteGold =
                    gold.stream().filter(g -> g.note().equals(note.getKey())).toList();
            for (TranscriptCandidates.Candidate candidate : TranscriptCandidates.of(parsed)) {
                examples.add(new Example(
                        note.getKey(),
                        candidate.screenFeatures(),
                        candidate.features(),
                        candidate.embedding(),
                        label(candidate, noteGold)));
            }
        }
        return examples;
    }

    /** The type of the gold item the candidate states best, or NONE. */
    static String label(TranscriptCandidates.Candidate candidate, List<GoldItem> gold) {
        String best = SpokenItemModel.NONE;
        double bestOverlap = LABEL_OVERLAP;
        var said = ContentWords.of(candidate.sentence());
        String saidText = flat(candidate.sentence());
        for (GoldItem g : gold) {
            if (Math.abs(g.line() - candidate.line()) > 1) {
                continue;
            }
            var evidence = ContentWords.of(g.evidence());
            String evidenceText = flat(g.evidence());
            // Word for word (a short sentence inside the evidence, or the evidence inside a long sentence), else by
            // content.
            double overlap = saidText.length() > 8
                            && (evidenceText.contains(saidText) || saidText.contains(evidenceText))
                    ? 1
                    : Math.max(ContentWords.containment(evidence, said), ContentWords.containment(said, evidence));
            if (overlap >= bestOverlap) {
                bestOverlap = overlap;
                best = g.type().name();
            }
        }
        return best;
    }

    private static String flat(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}']+", " ")
                .strip();
    }

    /**
     * The share of held-out candidates in each band of raw probability (0-0.1, 0.1-0.2, ...) whose label is the
     * type, smoothed (one right and one wrong added to each band) and made non-decreasing by pooling adjacent
     * bands that are not.
     */
    static double[] calibrate(List<Map.Entry<Map<String, Double>, String>> held, String type) {
        int bins = SpokenItemModel.BINS;
        double[] right = new double[bins];
        double[] count = new double[bins];
        for (Map.Entry<Map<String, Double>, String> example : held) {
            double p = example.getKey().getOrDefault(type, 0.0);
            int bin = Math.min(bins - 1, (int) (p * bins));
            count[bin]++;
            if (example.getValue().equals(type)) {
                right[bin]++;
            }
        }
        double[] rate = new double[bins];
        double[] weight = new double[bins];
        for (int b = 0; b < bins; b++) {
            rate[b] = (right[b] + 1) / (count[b] + 2);
            weight[b] = count[b] + 2;
        }
        // Pool adjacent violators: merge a band with the one before while the rate falls.
        List<double[]> blocks = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            double[] block = {rate[b], weight[b], 1};
            while (!blocks.isEmpty() && blocks.get(blocks.size() - 1)[0] > block[0]) {
                double[] last = blocks.remove(blocks.size() - 1);
                double w = last[1] + block[1];
                block = new double[] {(last[0] * last[1] + block[0] * block[1]) / w, w, last[2] + block[2]};
            }
            blocks.add(block);
        }
        double[] calibrated = new double[bins];
        int at = 0;
        for (double[] block : blocks) {
            for (int i = 0; i < block[2]; i++) {
                calibrated[at++] = block[0];
            }
        }
        return calibrated;
    }
}
