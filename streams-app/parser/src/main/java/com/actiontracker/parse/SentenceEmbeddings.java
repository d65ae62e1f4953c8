package com.actiontracker.parse;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), run in process by ONNX Runtime from the langchain4j jar:
 * nothing is downloaded at run time. The model is loaded once per JVM (about 1.5 s), and embeds a spoken sentence in
 * about 2 ms on one core, the largest part of reading a transcript. Vectors are normalised, so that a dot product is
 * their cosine. The latest sentences embedded are remembered (about 12 MB): a note is read again whole at every
 * edit, and its unchanged sentences need not be embedded again.
 */
final class SentenceEmbeddings {

    static final int REMEMBERED = 8192;

    private static final Map<String, float[]> RECENT =
            Collections.synchronizedMap(new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > REMEMBERED;
                }
            });

    private static final class Loaded {
        static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private SentenceEmbeddings() {}

    static float[] of(String sentence) {
        float[] known = RECENT.get(sentence);
        if (known != null) {
            return known;
        }
        float[] unit = embed(sentence);
        RECENT.put(sentence, unit);
        return unit;
    }

    private static float[] embed(String sentence) {
        float[] vector = Loaded.MODEL.embed(sentence).content().vector();
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
