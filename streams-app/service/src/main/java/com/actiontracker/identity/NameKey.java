package com.actiontracker.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's name reduced to what identifies it: case, accents, punctuation and spacing do not
 * ("Andy  Perlsteiner", "andy perlsteiner" and "Andy Perlsteiner." are one key).
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}'-]+");

    private NameKey() {}

    /** The key of a name; empty for a blank one. */
    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_NAME.matcher(plain).replaceAll(" ").trim();
    }

    /** The first word of a name's key: all spellings of one person share it. */
    public static String firstName(String name) {
        String key = of(name);
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** Everything after the first word; empty for a first name alone. */
    static String surname(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? "" : key.substring(space + 1);
    }
}
