package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of one text another already says, on normalised words: lower case, punctuation dropped, a plural or past
 * ending trimmed so that "slides" meets "slide" and "added" meets "add".
 */
final class WordOverlap {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "up",
            "about", "into", "over", "as", "is", "are", "be", "was", "were", "it", "its", "that", "this", "these",
            "those", "there", "then", "so", "if", "i", "i'll", "i'm", "me", "my", "you", "you're", "your", "we",
            "we'll", "our", "us", "he", "him", "his", "she", "her", "they", "them", "their", "will", "would", "can",
            "could", "should", "shall", "just", "also", "all", "some", "any", "more", "yeah", "okay", "ok", "sure",
            "well", "like", "know", "mean", "think", "do", "does", "did", "get", "go", "going", "let", "let's",
            "when", "where", "what", "which", "who", "how", "why", "not", "no", "it's", "that's", "there's", "they're",
            "we're", "i've", "you've", "don't", "here", "now", "very", "really", "one", "thing", "something");

    private WordOverlap() {
    }

    /** Normalised words, in order, stop words included. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
            String word = raw.replaceAll("^'+|'+$", "");
            if (!word.isEmpty()) {
                words.add(stem(word));
            }
        }
        return words;
    }

    /** The words that carry meaning: normalised words without stop words. */
    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : words(text)) {
            if (!STOP_WORDS.contains(word) && word.length() > 1) {
                words.add(word);
            }
        }
        return words;
    }

    /** The share of {@code part}'s content words that {@code whole} also has; 0 when {@code part} has none. */
    static double coverage(String part, String whole) {
        Set<String> partWords = contentWords(part);
        if (partWords.isEmpty()) {
            return 0;
        }
        Set<String> wholeWords = contentWords(whole);
        long shared = partWords.stream().filter(wholeWords::contains).count();
        return (double) shared / partWords.size();
    }

    /**
     * The share of {@code part}'s three-word sequences that also occur in {@code whole}: high when one speaker's turn
     * repeats another's sentences. Texts under three words have no sequences and give 0.
     */
    static double sequenceContainment(List<String> part, List<String> whole) {
        Set<String> partTrigrams = trigrams(part);
        if (partTrigrams.isEmpty()) {
            return 0;
        }
        Set<String> wholeTrigrams = trigrams(whole);
        long shared = partTrigrams.stream().filter(wholeTrigrams::contains).count();
        return (double) shared / partTrigrams.size();
    }

    private static Set<String> trigrams(List<String> words) {
        Set<String> trigrams = new HashSet<>();
        for (int k = 0; k + 2 < words.size(); k++) {
            trigrams.add(words.get(k) + ' ' + words.get(k + 1) + ' ' + words.get(k + 2));
        }
        return trigrams;
    }

    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
