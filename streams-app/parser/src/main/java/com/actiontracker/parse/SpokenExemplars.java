package com.actiontracker.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The embedded training sentences that state an item, by type: a candidate close in meaning to the actions, decisions
 * or risks people wrote down is likely one too. What the classifier sees of it are features of how close the nearest
 * ones are ("near_RISK=high"), so that meaning counts beside the words and cues.
 */
public final class SpokenExemplars {

    private static final double[] BANDS = {0.75, 0.6, 0.45};
    private static final String[] BAND_NAMES = {"high", "mid", "low"};
    /** How many of the nearest are averaged: one close sentence may be a fluke. */
    private static final int NEAREST = 3;

    private final Map<String, List<float[]>> byType;

    public SpokenExemplars(Map<String, List<float[]>> byType) {
        this.byType = new TreeMap<>(byType);
    }

    static SpokenExemplars none() {
        return new SpokenExemplars(Map.of());
    }

    /** Features of how close a candidate's embedding is to each type's exemplars. */
    public List<String> features(float[] embedding) {
        List<String> features = new ArrayList<>();
        if (embedding == null) {
            return features;
        }
        String nearestType = null;
        double nearest = -1;
        for (Map.Entry<String, List<float[]>> type : byType.entrySet()) {
            double[] top = new double[NEAREST];
            Arrays.fill(top, -1);
            for (float[] exemplar : type.getValue()) {
                double similarity = SentenceEmbeddings.cosine(embedding, exemplar);
                for (int i = 0; i < NEAREST; i++) {
                    if (similarity > top[i]) {
                        System.arraycopy(top, i, top, i + 1, NEAREST - i - 1);
                        top[i] = similarity;
                        break;
                    }
                }
            }
            double mean = Arrays.stream(top).filter(v -> v > -1).average().orElse(-1);
            for (int b = 0; b < BANDS.length; b++) {
                if (top[0] >= BANDS[b]) {
                    features.add("near_" + type.getKey() + "=" + BAND_NAMES[b]);
                    break;
                }
            }
            for (int b = 0; b < BANDS.length; b++) {
                if (mean >= BANDS[b]) {
                    features.add("near3_" + type.getKey() + "=" + BAND_NAMES[b]);
                    break;
                }
            }
            if (top[0] > nearest) {
                nearest = top[0];
                nearestType = type.getKey();
            }
        }
        if (nearestType != null) {
            features.add("nearest=" + nearestType);
        }
        return features;
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(byType.size());
        for (Map.Entry<String, List<float[]>> type : byType.entrySet()) {
            data.writeUTF(type.getKey());
            data.writeInt(type.getValue().size());
            for (float[] vector : type.getValue()) {
                data.writeInt(vector.length);
                for (float v : vector) {
                    data.writeFloat(v);
                }
            }
        }
        data.flush();
    }

    static SpokenExemplars read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        Map<String, List<float[]>> byType = new TreeMap<>();
        int types = data.readInt();
        for (int t = 0; t < types; t++) {
            String type = data.readUTF();
            int count = data.readInt();
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] vector = new float[data.readInt()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = data.readFloat();
                }
                vectors.add(vector);
            }
            byType.put(type, vectors);
        }
        return new SpokenExemplars(byType);
    }
}
