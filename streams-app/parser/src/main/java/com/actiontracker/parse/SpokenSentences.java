package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Splits transcript turns into sentences with OpenNLP's sentence detector, and repairs what speech-to-text does to
 * sentence boundaries: run-on turns with no punctuation are cut at clause boundaries into pieces a reader (and the
 * classifier) can take in, and a lone time word that the engine pushed into the next turn ("Today.") is given back to
 * the sentence it ends.
 */
final class SpokenSentences {

    /** A run-on longer than this many words is cut at its clause boundaries. */
    static final int MAX_WORDS = 45;

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ",\\s+(?=(?:and|but|so|because|then|I|we|you)\\b)" + "|\\s+(?=(?:and then|but|so|because)\\s)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_TIME = Pattern.compile("(?i)\\s*(today|tonight|tomorrow|this week|next week"
            + "|this afternoon|this morning|by friday|on monday)[.!]?\\s*");
    /** Text without any sentence end is read in pieces of about this many characters, so work stays linear. */
    private static final int MAX_CHARS = 2000;

    private SpokenSentences() {}

    static List<SpokenSentence> of(List<TranscriptTurn> turns) {
        List<SpokenSentence> sentences = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) {
            TranscriptTurn turn = turns.get(t);
            List<String> pieces = split(turn.text());
            if (!pieces.isEmpty()
                    && LONE_TIME.matcher(pieces.get(0)).matches()
                    && !sentences.isEmpty()
                    && !sentences.get(sentences.size() - 1).speaker().equals(turn.speaker())) {
                SpokenSentence previous = sentences.remove(sentences.size() - 1);
                sentences.add(new SpokenSentence(
                        previous.turn(),
                        previous.speaker(),
                        previous.line(),
                        previous.text().replaceAll("[.!?\\s]+$", "") + " "
                                + pieces.get(0).strip()));
                pieces = pieces.subList(1, pieces.size());
            }
            for (String piece : pieces) {
                sentences.add(new SpokenSentence(t, turn.speaker(), turn.line(), piece));
            }
        }
        return sentences;
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + MAX_CHARS);
            // Cut at a space, so that no word is broken between two pieces.
            while (to < text.length() && to > from + MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(to))) {
                to--;
            }
            String chunk = text.substring(from, to);
            for (Span span : EnglishModels.sentences(chunk)) {
                cutRunOn(span.getCoveredText(chunk).toString().strip(), out);
            }
            from = to;
        }
        return out;
    }

    private static void cutRunOn(String sentence, List<String> out) {
        if (sentence.isEmpty()) {
            return;
        }
        if (words(sentence) <= MAX_WORDS) {
            out.add(sentence);
            return;
        }
        StringBuilder piece = new StringBuilder();
        for (String clause : CLAUSE_BREAK.split(sentence)) {
            if (piece.length() > 0 && words(piece.toString()) + words(clause) > MAX_WORDS / 2) {
                out.add(piece.toString().strip());
                piece.setLength(0);
            }
            piece.append(piece.length() == 0 ? "" : " ").append(clause.strip());
        }
        if (piece.length() > 0) {
            out.add(piece.toString().strip());
        }
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
