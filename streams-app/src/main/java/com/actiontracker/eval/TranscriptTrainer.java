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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains the transcript classifier from annotated meetings: every candidate sentence of the training notes is
 * labelled with the type of the gold item it states (or NONE), the model is trained on them, then calibrated and
 * given per-type thresholds on the development notes, which it never saw in training.
 */
public final class TranscriptTrainer {

    /** A candidate states a gold item when it was said on (or next to) its line and shares most of its evidence. */
    static final double LABEL_OVERLAP = 0.5;
    static final int POSITIVE_WEIGHT = 3;

    /** The trained model, and what it was trained and tuned on. */
    public record Trained(SpokenItemModel model, int examples, Map<String, Integer> labels, Evaluation.Result dev) {
    }

    private TranscriptTrainer() {
    }

    /** A labelled candidate: the note it is from, its features, its embedding and its label. */
    record Example(String note, List<String> features, float[] embedding, String label) {
    }

    public static Trained train(Map<String, byte[]> trainNotes, Map<String, byte[]> devNotes, List<GoldItem> gold)
            throws UnreadableNoteException {
        NoteParser untrained = new NoteParser(ParserSettings.defaults(), null);
        List<Example> examples = labelled(untrained, trainNotes, gold);
        Map<String, Integer> labels = new TreeMap<>();
        examples.forEach(e -> labels.merge(e.label(), 1, Integer::sum));
        // Each training sentence is shown its neighbours among the other notes' exemplars only, as a new meeting's
        // sentences will be: its own note's would be itself.
        List<Map.Entry<List<String>, String>> weighted = new ArrayList<>();
        Map<String, SpokenExemplars> leftOut = new TreeMap<>();
        for (String note : trainNotes.keySet()) {
            leftOut.put(note, exemplars(examples.stream().filter(e -> !e.note().equals(note)).toList()));
        }
        for (Example example : examples) {
            List<String> features = new ArrayList<>(example.features());
            features.addAll(leftOut.get(example.note()).features(example.embedding()));
            // Few sentences state an item: each that does counts as several, so that the rare types are not drowned.
            int copies = example.label().equals(SpokenItemModel.NONE) ? 1 : POSITIVE_WEIGHT;
            for (int i = 0; i < copies; i++) {
                weighted.add(new AbstractMap.SimpleImmutableEntry<>(features, example.label()));
            }
        }
        MaxentModel maxent = SpokenItemModel.train(weighted);
        SpokenExemplars exemplars = exemplars(examples);
        SpokenItemModel raw = SpokenItemModel.of(maxent, Map.of(), Map.of(), exemplars);
        // Each held-out candidate's raw probabilities, computed once for the calibration and the thresholds of every type.
        List<Map.Entry<Map<String, Double>, String>> held = new ArrayList<>();
        for (Example example : labelled(untrained, devNotes, gold)) {
            held.add(new AbstractMap.SimpleImmutableEntry<>(
                    raw.probabilities(raw.withNeighbours(example.features(), example.embedding())),
                    example.label()));
        }
        Map<String, double[]> calibration = new TreeMap<>();
        Map<String, Double> thresholds = new TreeMap<>();
        for (ItemType type : ItemType.values()) {
            calibration.put(type.name(), calibrate(held, type.name()));
            thresholds.put(type.name(), threshold(held, type.name()));
        }
        SpokenItemModel model = SpokenItemModel.of(maxent, calibration, thresholds, exemplars);
        return new Trained(model, examples.size(), labels,
                Evaluation.run(new NoteParser(ParserSettings.defaults(), model), devNotes, gold));
    }

    private static SpokenExemplars exemplars(List<Example> examples) {
        Map<String, List<float[]>> byType = new TreeMap<>();
        examples.stream().filter(e -> !e.label().equals(SpokenItemModel.NONE) && e.embedding() != null)
                .forEach(e -> byType.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e.embedding()));
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
            String best = p.entrySet().stream().filter(e -> !e.getKey().equals(SpokenItemModel.NONE))
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(SpokenItemModel.NONE);
            if (best.equals(type)) {
                scored.add(new double[] {p.get(type), example.getValue().equals(type) ? 1 : 0});
            }
        }
        double bestThreshold = 0.5;
        double bestF1 = -1;
        for (int step = 1; step <= 16; step++) {
            double t = step * 0.05;
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
            List<GoldItem> noteGold = gold.stream().filter(g -> g.note().equals(note.getKey())).toList();
            for (TranscriptCandidates.Candidate candidate : TranscriptCandidates.of(parsed)) {
                examples.add(new Example(note.getKey(), candidate.features(), candidate.embedding(), label(candidate, noteGold)));
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
            // Word for word (a short sentence inside the evidence, or the evidence inside a long sentence), else by content.
            double overlap = saidText.length() > 8 && (evidenceText.contains(saidText) || saidText.contains(evidenceText)) ? 1
                    : Math.max(ContentWords.containment(evidence, said), ContentWords.containment(said, evidence));
            if (overlap >= bestOverlap) {
                bestOverlap = overlap;
                best = g.type().name();
            }
        }
        return best;
    }

    private static String flat(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
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
