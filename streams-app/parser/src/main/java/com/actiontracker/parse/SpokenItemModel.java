package com.actiontracker.parse;

import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The trained classifier that decides what a candidate sentence is: an action, a decision, a risk, or nothing
 * ({@link #NONE}). A maximum-entropy model (OpenNLP, L-BFGS with L2 regularisation) over {@link SpokenFeatures}, the
 * sentence's embedding and how close that is to the training sentences that state each type, trained from the annotated transcripts kept in the repository ({@code tracker train}); its raw probabilities are
 * mapped to calibrated confidences, the share of held-out candidates with that score that were right, and each type
 * has the threshold that was best on held-out data.
 */
public final class SpokenItemModel {

    public static final String NONE = "NONE";
    static final String MODEL_RESOURCE = "/com/actiontracker/parse/spoken-items.model";
    static final String CALIBRATION_RESOURCE = "/com/actiontracker/parse/spoken-items.calibration";
    static final String EXEMPLARS_RESOURCE = "/com/actiontracker/parse/spoken-items.exemplars";
    static final String SCREEN_RESOURCE = "/com/actiontracker/parse/spoken-items-screen.model";
    /** The screen's one outcome besides {@link #NONE}: the sentence may state an item of some type. */
    public static final String ITEM = "ITEM";
    /** Confidence bins of the calibration: raw probability 0.0-0.1, 0.1-0.2, ... */
    public static final int BINS = 10;
    /**
     * Strong regularisation: a few hundred labelled sentences, thousands of features (best of 0.1, 1, 3, 5 on dev; of
     * 1, 3 and 10 cross-validated, 3 too).
     */
    static final double L2_COST = 3.0;

    /** The type a candidate is, how probable the model finds it, and how often such a call was right. */
    public record Prediction(String label, double probability, double confidence) {}

    private static final class Bundled {
        static final SpokenItemModel MODEL = loadBundled();
    }

    private final Screen screen;
    private final MaxentModel model;
    private final Map<String, double[]> calibration;
    private final Map<String, Double> thresholds;
    private final SpokenExemplars exemplars;

    /**
     * The first, cheap stage: a classifier over {@link SpokenFeatures#screen} features that says whether a sentence
     * is worth tagging and embedding at all. Its threshold, set by the trainer on held-out meetings, lets through the
     * sentences it finds most likely to state an item (about 7% of the candidates); the full classifier decides
     * among those.
     */
    public record Screen(MaxentModel model, double threshold) {

        /** Lets every sentence through: what the trainer needs to see all candidates. */
        public static final Screen OPEN = new Screen(null, 0);

        public double probability(List<String> features) {
            if (model == null) {
                return 1;
            }
            return model.eval(features.toArray(String[]::new))[model.getIndex(ITEM)];
        }

        public boolean keeps(List<String> features) {
            return model == null || probability(features) >= threshold;
        }
    }

    SpokenItemModel(
            Screen screen,
            MaxentModel model,
            Map<String, double[]> calibration,
            Map<String, Double> thresholds,
            SpokenExemplars exemplars) {
        this.screen = screen;
        this.model = model;
        this.calibration = calibration;
        this.thresholds = thresholds;
        this.exemplars = exemplars;
    }

    public Screen screen() {
        return screen;
    }

    /** The model shipped with the parser, loaded once per JVM; null before one was trained. */
    static SpokenItemModel bundled() {
        return Bundled.MODEL;
    }

    /** The features with those of the candidate's nearest exemplars. */
    public List<String> withNeighbours(List<String> features, float[] embedding) {
        List<String> all = new ArrayList<>(features);
        all.addAll(exemplars.features(embedding));
        return all;
    }

    /** The most probable label for a candidate; NONE when no type reaches its threshold. */
    public Prediction predict(List<String> features, float[] embedding) {
        double[] probabilities =
                Observation.of(withNeighbours(features, embedding), embedding).probabilities(model);
        String best = NONE;
        double bestProbability = 0;
        for (int i = 0; i < probabilities.length; i++) {
            String label = model.getOutcome(i);
            if (!label.equals(NONE) && probabilities[i] > bestProbability) {
                best = label;
                bestProbability = probabilities[i];
            }
        }
        if (best.equals(NONE) || bestProbability < thresholds.getOrDefault(best, 0.5)) {
            return new Prediction(NONE, bestProbability, 0);
        }
        return new Prediction(best, bestProbability, calibrated(best, bestProbability));
    }

    /** The raw probability of each type, for calibration and threshold tuning. */
    public Map<String, Double> probabilities(List<String> features, float[] embedding) {
        double[] probabilities =
                Observation.of(withNeighbours(features, embedding), embedding).probabilities(model);
        Map<String, Double> byLabel = new TreeMap<>();
        for (int i = 0; i < probabilities.length; i++) {
            byLabel.put(model.getOutcome(i), probabilities[i]);
        }
        return byLabel;
    }

    private double calibrated(String label, double probability) {
        double[] bins = calibration.get(label);
        if (bins == null) {
            return probability;
        }
        return bins[Math.min(BINS - 1, (int) (probability * BINS))];
    }

    /**
     * How much the embedding's own values weigh beside the binary features: a unit vector's 384 values are about
     * +-0.05 each. Cross-validated over 1, 3, 5, 10 and 30 (and 0, the nearest exemplars alone), 3 was best: action F1
     * 0.21 to 0.28, decisions and risks unchanged.
     */
    static final float EMBEDDING_WEIGHT = 3f;

    /** A labelled candidate as a classifier sees it: its features, its embedding (none for the screen), its label. */
    public record Labelled(List<String> features, float[] embedding, String label) {}

    /** A candidate as the maximum-entropy model reads it: feature names and their values. */
    private record Observation(String[] context, float[] values) {

        /**
         * The binary features (value 1) and, when there is an embedding, each of its dimensions as two real-valued
         * features, its positive and its negative part, because a maximum-entropy feature's value is a non-negative
         * strength.
         */
        static Observation of(List<String> features, float[] embedding) {
            int dimensions = embedding == null ? 0 : embedding.length;
            String[] context = new String[features.size() + 2 * dimensions];
            float[] values = new float[context.length];
            int at = 0;
            for (String feature : features) {
                context[at] = feature;
                values[at++] = 1f;
            }
            for (int d = 0; d < dimensions; d++) {
                float value = embedding[d] * EMBEDDING_WEIGHT;
                context[at] = "dim" + d + "+";
                values[at++] = Math.max(value, 0);
                context[at] = "dim" + d + "-";
                values[at++] = Math.max(-value, 0);
            }
            return new Observation(context, values);
        }

        double[] probabilities(MaxentModel model) {
            return model.eval(context, values);
        }
    }

    /** Trains a model from labelled candidates (each labelled with a type, or NONE). */
    public static MaxentModel train(List<Labelled> examples) {
        List<Event> events = new ArrayList<>();
        for (Labelled example : examples) {
            Observation observation = Observation.of(example.features(), example.embedding());
            events.add(new Event(example.label(), observation.context(), observation.values()));
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 300);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 2);
        parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A trained model with its screen, calibration, thresholds and exemplars, for scoring before it is written. */
    public static SpokenItemModel of(
            Screen screen,
            MaxentModel model,
            Map<String, double[]> calibration,
            Map<String, Double> thresholds,
            SpokenExemplars exemplars) {
        return new SpokenItemModel(screen, model, calibration, thresholds, exemplars);
    }

    /** Writes the model and its calibration where the parser finds them ({@link #MODEL_RESOURCE}). */
    public void write(Path resourcesRoot) throws IOException {
        Path modelFile = resourcesRoot.resolve(MODEL_RESOURCE.substring(1));
        Files.createDirectories(modelFile.getParent());
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(modelFile))) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        }
        try (DataOutputStream out =
                new DataOutputStream(Files.newOutputStream(resourcesRoot.resolve(SCREEN_RESOURCE.substring(1))))) {
            new GenericModelWriter((AbstractModel) screen.model(), out).persist();
        }
        try (OutputStream out = Files.newOutputStream(resourcesRoot.resolve(EXEMPLARS_RESOURCE.substring(1)))) {
            exemplars.write(out);
        }
        // Written by hand rather than with Properties.store, which adds the date: a retrained model's files differ
        // only where its values do.
        Map<String, String> lines = new TreeMap<>();
        calibration.forEach((label, bins) -> lines.put(
                "calibration." + label,
                String.join(
                        ",",
                        Arrays.stream(bins)
                                .mapToObj(b -> String.format(Locale.ROOT, "%.3f", b))
                                .toList())));
        thresholds.forEach((label, t) -> lines.put("threshold." + label, String.format(Locale.ROOT, "%.3f", t)));
        lines.put("screen.threshold", String.format(Locale.ROOT, "%.4f", screen.threshold()));
        StringBuilder text =
                new StringBuilder("# Calibration and thresholds of spoken-items.model, written by tracker train\n");
        lines.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(resourcesRoot.resolve(CALIBRATION_RESOURCE.substring(1)), text);
    }

    private static SpokenItemModel loadBundled() {
        try (InputStream modelIn = SpokenItemModel.class.getResourceAsStream(MODEL_RESOURCE);
                InputStream calibrationIn = SpokenItemModel.class.getResourceAsStream(CALIBRATION_RESOURCE);
                InputStream exemplarsIn = SpokenItemModel.class.getResourceAsStream(EXEMPLARS_RESOURCE);
                InputStream screenIn = SpokenItemModel.class.getResourceAsStream(SCREEN_RESOURCE)) {
            if (modelIn == null || calibrationIn == null || exemplarsIn == null || screenIn == null) {
                return null;
            }
            MaxentModel model = new GenericModelReader(new BinaryFileDataReader(modelIn)).getModel();
            MaxentModel screenModel = new GenericModelReader(new BinaryFileDataReader(screenIn)).getModel();
            Properties properties = new Properties();
            properties.load(calibrationIn);
            Map<String, double[]> calibration = new TreeMap<>();
            Map<String, Double> thresholds = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                if (key.startsWith("calibration.")) {
                    calibration.put(
                            key.substring("calibration.".length()),
                            Arrays.stream(value.split(","))
                                    .mapToDouble(Double::parseDouble)
                                    .toArray());
                } else if (key.startsWith("threshold.")) {
                    thresholds.put(key.substring("threshold.".length()), Double.parseDouble(value));
                }
            }
            Screen screen =
                    new Screen(screenModel, Double.parseDouble(properties.getProperty("screen.threshold", "0")));
            return new SpokenItemModel(
                    screen, model, calibration, thresholds, SpokenExemplars.read(new BufferedInputStream(exemplarsIn)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the transcript model", e);
        }
    }
}
