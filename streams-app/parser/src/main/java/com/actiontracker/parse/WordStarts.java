package com.actiontracker.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern whose every alternative begins at a word ("\b(?:i'll|we should|...)") by trying it only where a word
 * begins. {@link Matcher#find()} tries an alternation of dozens of phrases at every character of a sentence, and the
 * transcript stage runs a dozen such patterns over every sentence of a meeting (a third of its time in Java, profiled
 * on a committee hearing); a word begins at about one character in five. The match is the one {@code find} gives:
 * no match of such a pattern can begin inside a word. (java.util.regex has no start-position optimisation for an
 * alternation, and a multi-pattern library such as Aho-Corasick would not keep the regex semantics these patterns
 * rely on: alternation order, suffix wildcards, word boundaries.)
 */
final class WordStarts {

    private WordStarts() {}

    /** The first match, as {@link Matcher#find()} gives it, or {@code null}. */
    static Matcher first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        return next(m, text, 0) ? m : null;
    }

    static boolean found(Pattern pattern, String text) {
        return first(pattern, text) != null;
    }

    /** How many matches {@link Matcher#find()} would give in turn. */
    static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int count = 0;
        int from = 0;
        while (next(m, text, from)) {
            count++;
            from = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return count;
    }

    private static boolean next(Matcher m, String text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !isWord(text.charAt(i - 1)))) {
                m.region(i, length);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@code \b} counts as part of a word (besides combining marks, which only make fewer starts). */
    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
