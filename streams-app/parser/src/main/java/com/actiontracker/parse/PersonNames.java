package com.actiontracker.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Cleaning, recognising and de-duplicating people's names as notes write them. */
final class PersonNames {

    private static final Pattern WORD =
            Pattern.compile("(?:Mr|Ms|Mrs|Dr)\\.|\\p{Lu}\\p{Ll}*(?:\\p{Lu}\\p{Ll}+)?(?:[-'’]\\p{Lu}?\\p{Ll}+)*");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PersonNames() {
    }

    /** "[[Andy Perlsteiner|Andy]]" and "'[[Andy Perlsteiner]]'" become "Andy Perlsteiner". */
    static String clean(String name) {
        String text = name.strip();
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
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
        String xRest = x.substring(xs[0].length());
        String yRest = y.substring(ys[0].length());
        return Math.min(xRest.length(), yRest.length()) >= 5 && editDistance(xRest, yRest) <= 2;
    }

    private static int wordCount(String name) {
        return name.split(" ").length;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
