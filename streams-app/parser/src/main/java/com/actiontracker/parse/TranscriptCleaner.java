package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what transcription engines add to a conversation: sound annotations at the end of a turn ("Music
 * (keyboard clacking) SilenceBLANK"), turns that are only hallucinated filler (runs of "Thank you."), a clause looping
 * over and over, and what diarisation echoed: the same sentences attributed to the next or previous speaker.
 */
final class TranscriptCleaner {

    /** A sentence whose three-word sequences are this much inside a neighbour's turn is an echo of it. */
    private static final double ECHO_CONTAINMENT = 0.6;

    private static final Pattern TRAILING_NOISE =
            Pattern.compile("(?:[\\s.]*(?:\\([^()]{1,40}\\)|BLANK|INAUDIBLE|Music|Applause|Silence|Pause))+\\s*$");
    private static final Pattern NOISE_WORDS = Pattern.compile("BLANK|INAUDIBLE|\\([^()]*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> FILLER_WORDS =
            Set.of("thank", "you", "thanks", "music", "applause", "silence", "pause");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final int NOISE_WINDOW = 400;
    private static final int MIN_LOOPING_CLAUSE_WORDS = 4;

    private TranscriptCleaner() {}

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

    /** Only stripped when the tail has a marker no speech has (BLANK, INAUDIBLE, a parenthesised sound). */
    static String withoutTrailingNoise(String text) {
        int from = Math.max(0, text.length() - NOISE_WINDOW);
        String tail = text.substring(from);
        if (!tail.contains("BLANK") && !tail.contains("INAUDIBLE") && !tail.contains("(")) {
            return text;
        }
        Matcher m = TRAILING_NOISE.matcher(text).region(from, text.length());
        return m.find() && NOISE_WORDS.matcher(m.group()).find()
                ? text.substring(0, m.start()).strip()
                : text;
    }

    /** Whether every word is filler ("Thank you. Thank you.", "You", "(clicking) BLANK", "-"). */
    static boolean isFiller(String text) {
        boolean noisy = text.contains("BLANK") || text.contains("INAUDIBLE") || text.contains("(");
        Matcher word = WORD.matcher(noisy ? NOISE_WORDS.matcher(text).replaceAll(" ") : text);
        while (word.find()) {
            if (!FILLER_WORDS.contains(word.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "and I'm going to go to the Store, and I'm going to go to the Store, ..." keeps one such clause. */
    static String withoutRepeatedClauses(String text) {
        List<int[]> clauses = clauses(text);
        List<int[]> kept = new ArrayList<>();
        for (int k = 0; k < clauses.size(); k++) {
            if (k == 0 || !repeats(text, clauses.get(k - 1), clauses.get(k))) {
                kept.add(clauses.get(k));
            }
        }
        if (kept.size() == clauses.size()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        kept.forEach(clause -> sb.append(sb.length() > 0 ? " " : "").append(text, clause[0], clause[1]));
        int last = sb.length() - 1;
        // the kept clause may have ended with the comma that led into the loop
        if (last >= 0 && (sb.charAt(last) == ',' || sb.charAt(last) == ';')) {
            sb.setCharAt(last, '.');
        }
        return sb.toString();
    }

    /** Whether a clause says again what the one before said; keys are only built for clauses of similar length. */
    private static boolean repeats(String text, int[] previous, int[] clause) {
        if (Math.abs((previous[1] - previous[0]) - (clause[1] - clause[0])) > 3) {
            return false;
        }
        String key = clauseKey(text, clause[0], clause[1]);
        return key.equals(clauseKey(text, previous[0], previous[1]))
                && key.split(" ").length >= MIN_LOOPING_CLAUSE_WORDS;
    }

    /** Start and end of each clause: text up to a punctuation mark that whitespace follows. */
    private static List<int[]> clauses(String text) {
        List<int[]> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean boundary = ",.;!?".indexOf(text.charAt(i)) >= 0
                    && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1));
            if (boundary) {
                clauses.add(new int[] {start, i + 1});
                start = i + 1;
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                i = start - 1;
            }
        }
        if (start < text.length()) {
            clauses.add(new int[] {start, text.length()});
        }
        return clauses;
    }

    /** A clause's words in lower case, one space apart: what two repetitions of it have in common. */
    private static String clauseKey(String text, int start, int end) {
        StringBuilder key = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (WordOverlap.isWordChar(c) || c == '\'') {
                key.append(Character.toLowerCase(c));
            } else if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                key.append(' ');
            }
        }
        return key.toString().strip();
    }

    /**
     * Removes from a turn the sentences that the neighbouring turn by another speaker also has, when the turn is the
     * shorter of the two (or, as long, the later one): the longer turn keeps the words and their context. A turn left
     * with fewer than three words after losing most of its words is dropped.
     */
    private static List<TranscriptTurn> withoutEchoes(List<TranscriptTurn> turns) {
        List<int[]> words =
                turns.stream().map(turn -> WordOverlap.wordHashes(turn.text())).toList();
        List<long[]> trigrams = words.stream().map(WordOverlap::trigrams).toList();
        List<TranscriptTurn> kept = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            TranscriptTurn turn = turns.get(i);
            String text = turn.text();
            for (int j : new int[] {i - 1, i + 1}) {
                // sentences are only compared when the turns share a word sequence at all
                if (isLongerNeighbour(turns, words, i, j) && WordOverlap.shareAny(trigrams.get(i), trigrams.get(j))) {
                    text = withoutSentencesOf(text, trigrams.get(j));
                }
            }
            if (text.equals(turn.text())) {
                kept.add(turn);
                continue;
            }
            int remaining = WordOverlap.wordHashes(text).length;
            boolean mostlyEcho = remaining < words.get(i).length * (1 - ECHO_CONTAINMENT);
            if (!(mostlyEcho && remaining < 3)) {
                kept.add(new TranscriptTurn(turn.speaker(), turn.timestamp(), turn.line(), text));
            }
        }
        return kept;
    }

    private static boolean isLongerNeighbour(List<TranscriptTurn> turns, List<int[]> words, int i, int j) {
        if (j < 0
                || j >= turns.size()
                || turns.get(i).speaker().equals(turns.get(j).speaker())) {
            return false;
        }
        int mine = words.get(i).length;
        int theirs = words.get(j).length;
        return mine < theirs || (mine == theirs && i > j);
    }

    private static String withoutSentencesOf(String text, long[] neighbourTrigrams) {
        StringBuilder sb = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            int[] sentenceWords = WordOverlap.wordHashes(sentence);
            boolean echoed = sentenceWords.length >= 3
                    && WordOverlap.containment(sentenceWords, neighbourTrigrams) >= ECHO_CONTAINMENT;
            if (!echoed) {
                sb.append(sb.length() > 0 ? " " : "").append(sentence);
            }
        }
        return sb.toString();
    }
}
