package com.actiontracker.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells what kind of section a heading opens, by meaning rather than exact wording. A heading matches a vocabulary
 * phrase when the phrase's words appear in it in order and next to each other, ignoring case, punctuation, a plural
 * "s" and anything in parentheses: "Action items (for Andy)" matches "action items", "Risks &amp; blockers" matches
 * "risks", "Key decisions" matches "decisions", while "Key facts learned", "Summary" and "Outcomes" match nothing.
 * When phrases of several kinds match ("Risks and open questions"), the one that starts first in the heading wins,
 * then the longer one.
 */
final class SectionClassifier {

    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private record Phrase(SectionKind kind, List<String> words) {}

    private final List<Phrase> phrases = new ArrayList<>();

    SectionClassifier(HeadingVocabulary vocabulary) {
        for (SectionKind kind : SectionKind.values()) {
            for (String phrase : vocabulary.phrases(kind)) {
                List<String> words = words(phrase);
                if (!words.isEmpty()) {
                    phrases.add(new Phrase(kind, words));
                }
            }
        }
    }

    /** @return the kind of section, null when no phrase matches */
    SectionKind classify(String heading) {
        List<String> words = words(heading);
        SectionKind best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Phrase phrase : phrases) {
            int start = indexOf(words, phrase.words());
            int length = phrase.words().size();
            if (start >= 0 && (start < bestStart || (start == bestStart && length > bestLength))) {
                best = phrase.kind();
                bestStart = start;
                bestLength = length;
            }
        }
        return best;
    }

    /**
     * The kind of every heading's section. A heading that matches nothing inherits the kind of the nearest heading of a
     * higher level above it, so "### Infrastructure" under "## Decisions" still holds decisions.
     */
    List<SectionKind> classifyAll(List<NoteOutline.Heading> headings) {
        List<SectionKind> kinds = new ArrayList<>(headings.size());
        Deque<OpenSection> open = new ArrayDeque<>();
        for (NoteOutline.Heading heading : headings) {
            while (!open.isEmpty() && open.peek().level() >= heading.level()) {
                open.pop();
            }
            SectionKind kind = classify(heading.text());
            if (kind == null && !open.isEmpty()) {
                kind = open.peek().kind();
            }
            kinds.add(kind);
            open.push(new OpenSection(heading.level(), kind));
        }
        return kinds;
    }

    private record OpenSection(int level, SectionKind kind) {}

    private static int indexOf(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (words.subList(start, start + phrase.size()).equals(phrase)) {
                return start;
            }
        }
        return -1;
    }

    /** Lower-case words without parenthesised asides, "&" read as "and", a plural "s" dropped. */
    static List<String> words(String text) {
        String lower =
                ASIDE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").replace("&", " and ");
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(lower)) {
            if (!word.isEmpty()) {
                words.add(
                        word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                                ? word.substring(0, word.length() - 1)
                                : word);
            }
        }
        return words;
    }
}
