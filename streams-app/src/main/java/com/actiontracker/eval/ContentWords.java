package com.actiontracker.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text that carry its content: lower-cased, without the small words every sentence has. The scoring's
 * own, on purpose, rather than the parser's {@code WordOverlap}: the yardstick must not move when the parser's word
 * handling is tuned, or figures measured before and after a change could not be compared.
 */
final class ContentWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of(("a an and are as at be been but by can could did do does for from"
                    + " had has have he her him his i if in into is it its let ll me my of on or our she so that the their them"
                    + " then there these they this to up us was we were what when which who will with would you your yeah okay"
                    + " ok um uh just like going gonna get got re ve s t m d think know mean really well yes no not")
            .split(" "));

    private ContentWords() {}

    static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (!STOP.contains(word)) {
                words.add(stem(word));
            }
        }
        return words;
    }

    /** How much of {@code part} is in {@code whole}: 1 when every content word of it is. */
    static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        return (double) part.stream().filter(whole::contains).count() / part.size();
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }

    // A crude stem is enough to match "sending" with "send" and "prototypes" with "prototype".
    private static String stem(String word) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
