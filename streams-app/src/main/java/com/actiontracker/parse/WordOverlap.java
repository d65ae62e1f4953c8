package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    /**
     * Normalised words, in order, stop words included. A hand-written scan rather than a regex split: transcripts are
     * read word by word several times, and the split was most of a note's parse time.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (isWordChar(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '’') && word.length() > 0) {
                word.append('\'');
            } else if (word.length() > 0) {
                int end = word.length();
                while (word.charAt(end - 1) == '\'') {
                    end--;
                }
                words.add(stem(word.substring(0, end)));
                word.setLength(0);
            }
        }
        return words;
    }

    /** A letter or digit, ASCII answered without the Unicode tables. */
    static boolean isWordChar(char c) {
        return c < 128
                ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                : Character.isLetterOrDigit(c);
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
     * The share of {@code part}'s three-word sequences that are among {@code wholeTrigrams}: high when one speaker's
     * turn repeats another's sentences. Texts under three words have no sequences and give 0.
     */
    static double containment(List<String> part, Set<Long> wholeTrigrams) {
        Set<Long> partTrigrams = trigrams(part);
        if (partTrigrams.isEmpty()) {
            return 0;
        }
        long shared = partTrigrams.stream().filter(wholeTrigrams::contains).count();
        return (double) shared / partTrigrams.size();
    }

    /**
     * Every three consecutive words, as a 64-bit hash: a chance collision costs one shared sequence in a similarity
     * estimate, while building strings for each sequence cost more than the rest of the comparison.
     */
    static Set<Long> trigrams(List<String> words) {
        Set<Long> trigrams = new HashSet<>();
        for (int k = 0; k + 2 < words.size(); k++) {
            long hash = words.get(k).hashCode();
            hash = hash * 0x9E3779B97F4A7C15L + words.get(k + 1).hashCode();
            hash = hash * 0x9E3779B97F4A7C15L + words.get(k + 2).hashCode();
            trigrams.add(hash);
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
