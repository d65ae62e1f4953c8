package com.actiontracker.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Cleaning, recognising and de-duplicating people's names as notes write them. */
public final class PersonNames {

    /** Bounded: more than two edits is never the same surname, so the distance stops counting there. */
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);

    private static final Pattern WORD =
            Pattern.compile("(?:Mr|Ms|Mrs|Dr)\\.|\\p{Lu}\\p{Ll}*(?:\\p{Lu}\\p{Ll}+)?(?:[-'’]\\p{Lu}?\\p{Ll}+)*");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PersonNames() {}

    /** "[[Andy Perlsteiner|Andy]]" and "'[[Andy Perlsteiner]]'" become "Andy Perlsteiner". */
    static String clean(String name) {
        String text = name.strip();
        if (text.length() >= 2
                && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (text.startsWith("[[") && text.endsWith("]]")) {
            text = text.substring(2, text.length() - 2);
        }
        int alias = text.indexOf('|');
        if (alias >= 0) {
            text = text.substring(0, alias);
        }
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /**
     * Whether a wikilink target looks like a person: two or three capitalised words ("Ryan McGinty", "Ms. Ross"), no
     * digits, no all-capital acronyms. A conservative test: a vault also links organisations ("Microsoft"), products
     * ("OVA", "5.5 Features") and topics ("Cloud control plane"), and no list of organisations can be complete.
     */
    static boolean looksLikePerson(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String word : words) {
            if (!WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds a name unless the list already has the same person: the same name in another case, a first name alone
     * next to the full name ("Lior" and "Lior Genzel": the fuller one is kept, at the earlier position), or the same
     * first name with a surname spelt up to two letters differently ("Andy Perlsteiner", "Andy Pernstiner").
     */
    static void addDistinct(List<String> names, String name) {
        if (name.isEmpty()) {
            return;
        }
        for (int k = 0; k < names.size(); k++) {
            String known = names.get(k);
            if (samePerson(known, name)) {
                if (wordCount(name) > wordCount(known)) {
                    names.set(k, name);
                }
                return;
            }
        }
        names.add(name);
    }

    static boolean samePerson(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        String[] xs = x.split(" ");
        String[] ys = y.split(" ");
        if (!xs[0].equals(ys[0])) {
            return false;
        }
        if (xs.length == 1 || ys.length == 1) {
            return true;
        }
        return closeSurnames(
                x.substring(xs[0].length()).strip(), y.substring(ys[0].length()).strip());
    }

    /**
     * Whether two surnames (of people with the same first name) are one spelt two ways: at most two edits, and at
     * most three in ten letters of the longer ("Perlsteiner"/"Pernstiner", "Rowe"/"Roe"; not "Li"/"Lu"). The one
     * rule of "same person": participants here and owners in the ledger's people directory both ask it.
     */
    public static boolean closeSurnames(String a, String b) {
        int distance = EDITS.apply(a, b);
        return distance >= 0 && distance <= 0.3 * Math.max(a.length(), b.length());
    }

    private static int wordCount(String name) {
        return name.split(" ").length;
    }
}
