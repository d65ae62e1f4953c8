package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a spoken commitment repeats a task the note already wrote down: whether some written task has at least the
 * given share of the commitment's content words ({@link WordOverlap}), or is as close in meaning as the given cosine of
 * their sentence embeddings. The words catch a task copied from what was said; the meaning catches the note-taker's
 * paraphrase and a name the speech-to-text misheard ("Yonsi" for "Yonce"), which share few words. Indexed by word, so
 * that checking one commitment costs the tasks sharing its words, not all tasks; the tasks are embedded only when a
 * commitment is not covered by words.
 */
final class WrittenTaskIndex {

    private final Map<String, List<Integer>> tasksByWord = new HashMap<>();
    private final List<String> descriptions;
    private List<float[]> meanings;

    WrittenTaskIndex(List<ActionItem> written) {
        Set<Set<String>> distinct = new LinkedHashSet<>();
        descriptions = written.stream().map(ActionItem::description).distinct().toList();
        written.forEach(task -> distinct.add(WordOverlap.contentWords(task.description())));
        int index = 0;
        for (Set<String> words : distinct) {
            for (String word : words) {
                tasksByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(index);
            }
            index++;
        }
    }

    /** Whether a written task says what {@code said} (embedded as {@code saidMeaning}) commits to. */
    boolean covers(String commitment, float[] saidMeaning, double wordShare, double similarity) {
        if (covers(commitment, wordShare)) {
            return true;
        }
        if (meanings == null) {
            meanings = descriptions.stream().map(SentenceEmbeddings::of).toList();
        }
        return meanings.stream().anyMatch(task -> SentenceEmbeddings.cosine(task, saidMeaning) >= similarity);
    }

    boolean covers(String commitment, double threshold) {
        Set<String> words = WordOverlap.contentWords(commitment);
        if (words.isEmpty()) {
            return false;
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (String word : words) {
            for (int task : tasksByWord.getOrDefault(word, List.of())) {
                if (shared.merge(task, 1, Integer::sum) >= threshold * words.size()) {
                    return true;
                }
            }
        }
        return false;
    }
}
