package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of one text another already says, on normalised words: lower case, punctuation dropped, a plural or past
 * ending trimmed so that "slides" meets "slide" and "added" meets "add".
 */
final class WordOverlap {

    private static final Set<String> STOP_WORDS = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "but",
            "to",
            "of",
            "in",
            "on",
            "at",
            "for",
            "with",
            "by",
            "from",
            "up",
            "about",
            "into",
            "over",
            "as",
            "is",
            "are",
            "be",
            "was",
            "were",
            "it",
            "its",
            "that",
            "this",
            "these",
            "those",
            "there",
            "then",
            "so",
            "if",
            "i",
            "i'll",
            "i'm",
            "me",
            "my",
            "you",
            "you're",
            "your",
            "we",
            "we'll",
            "our",
            "us",
            "he",
            "him",
            "his",
            "she",
            "her",
            "they",
            "them",
            "their",
            "will",
            "would",
            "can",
            "could",
            "should",
            "shall",
            "just",
            "also",
            "all",
            "some",
            "any",
            "more",
            "yeah",
            "okay",
            "ok",
            "sure",
            "well",
            "like",
            "know",
            "mean",
            "think",
            "do",
            "does",
            "did",
            "get",
            "go",
            "going",
            "let",
            "let's",
            "when",
            "where",
            "what",
            "which",
            "who",
            "how",
            "why",
            "not",
            "no",
            "it's",
            "that's",
            "there's",
            "they're",
            "we're",
            "i've",
            "you've",
            "don't",
            "here",
            "now",
            "very",
            "really",
            "one",
            "thing",
            "something");

    private WordOverlap() {}

    /**
     * Normalised words, in order, stop words included. A hand-written scan rather than a regex split: transcripts are
     * read word by word several times, and the split was most of a note's parse time.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        tokenize(text, word -> words.add(word.toString()));
        return words;
    }

    /**
     * The {@link String#hashCode} of each normalised word, without making the strings: comparing turns for echoes
     * needs only word identities.
     */
    static int[] wordHashes(String text) {
        int[][] hashes = {new int[16]};
        int[] count = {0};
        tokenize(text, word -> {
            if (count[0] == hashes[0].length) {
                hashes[0] = Arrays.copyOf(hashes[0], count[0] * 2);
            }
            int hash = 0;
            for (int k = 0; k < word.length(); k++) {
                hash = 31 * hash + word.charAt(k);
            }
            hashes[0][count[0]++] = hash;
        });
        return Arrays.copyOf(hashes[0], count[0]);
    }

    private interface WordSink {
        void accept(StringBuilder word);
    }

    /** Feeds each normalised word to the sink, in a builder it reuses. */
    private static void tokenize(String text, WordSink sink) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (isWordChar(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '’') && word.length() > 0) {
                word.append('\'');
            } else if (word.length() > 0) {
                while (word.length() > 0 && word.charAt(word.length() - 1) == '\'') {
                    word.setLength(word.length() - 1);
                }
                if (word.length() > 0) {
                    stem(word);
                    sink.accept(word);
                }
                word.setLength(0);
            }
        }
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
        return share(contentWords(part), contentWords(whole));
    }

    /** The share of the words of {@code part} that {@code whole} also has; 0 when {@code part} is empty. */
    static double share(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        return (double) part.stream().filter(whole::contains).count() / part.size();
    }

    /** Dice's coefficient: twice the shared words over the words of both; 0 when either is empty. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * a.stream().filter(b::contains).count() / (a.size() + b.size());
    }

    /**
     * The share of {@code part}'s three-word sequences that are among {@code wholeTrigrams} (as {@link #trigrams}
     * gives them): high when one speaker's turn repeats another's sentences. Under three words there are no sequences,
     * and the result is 0.
     */
    static double containment(int[] part, long[] wholeTrigrams) {
        long[] partTrigrams = trigrams(part);
        if (partTrigrams.length == 0) {
            return 0;
        }
        int shared = 0;
        for (long trigram : partTrigrams) {
            if (Arrays.binarySearch(wholeTrigrams, trigram) >= 0) {
                shared++;
            }
        }
        return (double) shared / partTrigrams.length;
    }

    /**
     * Every three consecutive words as a 64-bit hash, sorted and without duplicates. Hashes in a sorted array instead
     * of strings in a set: a chance collision costs one shared sequence in a similarity estimate, while strings and
     * boxed numbers cost more than the rest of a transcript's cleaning.
     */
    static long[] trigrams(int[] wordHashes) {
        if (wordHashes.length < 3) {
            return new long[0];
        }
        long[] hashes = new long[wordHashes.length - 2];
        for (int k = 0; k < hashes.length; k++) {
            long hash = wordHashes[k];
            hash = hash * 0x9E3779B97F4A7C15L + wordHashes[k + 1];
            hashes[k] = hash * 0x9E3779B97F4A7C15L + wordHashes[k + 2];
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (long hash : hashes) {
            if (distinct == 0 || hashes[distinct - 1] != hash) {
                hashes[distinct++] = hash;
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** Whether two {@link #trigrams} arrays share a sequence, by merging them. */
    static boolean shareAny(long[] first, long[] second) {
        int i = 0;
        int j = 0;
        while (i < first.length && j < second.length) {
            if (first[i] == second[j]) {
                return true;
            }
            if (first[i] < second[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** Trims a plural or past ending in place: "ies" to "y", "ed", a single "s". */
    private static void stem(StringBuilder word) {
        int length = word.length();
        if (length > 4 && endsWith(word, "ies")) {
            word.setLength(length - 3);
            word.append('y');
        } else if (length > 4 && endsWith(word, "ed")) {
            word.setLength(length - 2);
        } else if (length > 3 && word.charAt(length - 1) == 's' && word.charAt(length - 2) != 's') {
            word.setLength(length - 1);
        }
    }

    private static boolean endsWith(StringBuilder word, String suffix) {
        int offset = word.length() - suffix.length();
        for (int k = 0; k < suffix.length(); k++) {
            if (word.charAt(offset + k) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
