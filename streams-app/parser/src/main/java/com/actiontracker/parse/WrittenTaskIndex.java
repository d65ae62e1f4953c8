package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a spoken commitment repeats a task the note already wrote down: whether some written task has at least the
 * given share of the commitment's content words ({@link WordOverlap}). Indexed by word, so that checking one
 * commitment costs the tasks sharing its words, not all tasks.
 */
final class WrittenTaskIndex {

    private final Map<String, List<Integer>> tasksByWord = new HashMap<>();

    WrittenTaskIndex(List<ActionItem> written) {
        Set<Set<String>> distinct = new LinkedHashSet<>();
        written.forEach(task -> distinct.add(WordOverlap.contentWords(task.description())));
        int index = 0;
        for (Set<String> words : distinct) {
            for (String word : words) {
                tasksByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(index);
            }
            index++;
        }
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
