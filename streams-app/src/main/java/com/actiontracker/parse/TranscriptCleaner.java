package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what transcription engines add to a conversation: sound annotations at the end of a turn ("Music
 * (keyboard clacking) SilenceBLANK"), turns that are only hallucinated filler (runs of "Thank you."), a clause looping
 * over and over, and what diarisation echoed: the same sentences attributed to the next or previous speaker.
 */
final class TranscriptCleaner {

    /** A sentence whose three-word sequences are this much inside a neighbour's turn is an echo of it. */
    static final double ECHO_CONTAINMENT = 0.6;

    private static final Pattern TRAILING_NOISE = Pattern.compile(
            "(?:[\\s.]*(?:\\([^()]{1,40}\\)|BLANK|INAUDIBLE|Music|Applause|Silence|Pause))+\\s*$");
    private static final Pattern STRONG_NOISE = Pattern.compile("BLANK|INAUDIBLE|\\(");
    private static final Pattern NOISE_WORDS = Pattern.compile("BLANK|INAUDIBLE|\\([^)]*\\)");
    private static final Pattern FILLER = Pattern.compile(
            "thank you|thanks|\\byou\\b|music|applause|silence|pause|[^\\p{L}\\p{N}]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[,.;!?])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final int NOISE_WINDOW = 400;
    private static final int MIN_LOOPING_CLAUSE_WORDS = 4;

    private TranscriptCleaner() {
    }

    static List<TranscriptTurn> clean(List<TranscriptTurn> turns) {
        List<TranscriptTurn> kept = new ArrayList<>();
        for (TranscriptTurn turn : turns) {
            String text = withoutRepeatedClauses(withoutTrailingNoise(turn.text()));
            if (!isFiller(text)) {
                kept.add(new TranscriptTurn(turn.speaker(), turn.timestamp(), turn.line(), text));
            }
        }
        return withoutEchoes(kept);
    }

    static String withoutTrailingNoise(String text) {
        Matcher m = TRAILING_NOISE.matcher(text).region(Math.max(0, text.length() - NOISE_WINDOW), text.length());
        if (m.find() && STRONG_NOISE.matcher(m.group()).find()) {
            return text.substring(0, m.start()).strip();
        }
        return text;
    }

    static boolean isFiller(String text) {
        return FILLER.matcher(NOISE_WORDS.matcher(text).replaceAll(" ")).replaceAll("").isEmpty();
    }

    /** "and I'm going to go to the Store, and I'm going to go to the Store, ..." keeps one such clause. */
    static String withoutRepeatedClauses(String text) {
        StringBuilder sb = new StringBuilder();
        String previous = null;
        boolean removed = false;
        for (String clause : CLAUSE_END.split(text)) {
            String normalized = String.join(" ", WordOverlap.words(clause));
            boolean loops = normalized.equals(previous)
                    && normalized.split(" ").length >= MIN_LOOPING_CLAUSE_WORDS;
            if (loops) {
                removed = true;
            } else {
                sb.append(sb.length() > 0 ? " " : "").append(clause);
            }
            previous = normalized;
        }
        // the kept clause may have been followed by a comma that led into the loop
        return removed ? sb.toString().replaceAll("[,;]$", ".") : text;
    }

    /**
     * Removes from a turn the sentences that the neighbouring turn by another speaker also has, when the turn is the
     * shorter of the two (or, as long, the later one): the longer turn keeps the words and their context. A turn left
     * with fewer than three words after losing most of its words is dropped.
     */
    private static List<TranscriptTurn> withoutEchoes(List<TranscriptTurn> turns) {
        List<List<String>> words = turns.stream().map(turn -> WordOverlap.words(turn.text())).toList();
        List<TranscriptTurn> kept = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            TranscriptTurn turn = turns.get(i);
            String text = turn.text();
            for (int j : new int[] {i - 1, i + 1}) {
                if (isLongerNeighbour(turns, words, i, j)) {
                    text = withoutSentencesOf(text, words.get(j));
                }
            }
            int remaining = WordOverlap.words(text).size();
            boolean mostlyEcho = remaining < words.get(i).size() * (1 - ECHO_CONTAINMENT);
            if (text.equals(turn.text()) || !(mostlyEcho && remaining < 3)) {
                kept.add(new TranscriptTurn(turn.speaker(), turn.timestamp(), turn.line(), text));
            }
        }
        return kept;
    }

    private static boolean isLongerNeighbour(List<TranscriptTurn> turns, List<List<String>> words, int i, int j) {
        if (j < 0 || j >= turns.size() || turns.get(i).speaker().equals(turns.get(j).speaker())) {
            return false;
        }
        int mine = words.get(i).size();
        int theirs = words.get(j).size();
        return mine < theirs || (mine == theirs && i > j);
    }

    private static String withoutSentencesOf(String text, List<String> neighbour) {
        StringBuilder sb = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            List<String> sentenceWords = WordOverlap.words(sentence);
            boolean echoed = sentenceWords.size() >= 3
                    && WordOverlap.sequenceContainment(sentenceWords, neighbour) >= ECHO_CONTAINMENT;
            if (!echoed) {
                sb.append(sb.length() > 0 ? " " : "").append(sentence);
            }
        }
        return sb.toString();
    }
}
