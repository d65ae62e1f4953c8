package com.actiontracker.parse;

import java.util.List;

/**
 * The candidate sentences of a parsed note's transcript, with the features the transcript classifier is shown: what
 * the trainer labels against annotated items ({@code tracker train}).
 */
public final class TranscriptCandidates {

    /**
     * A candidate: the turn's line, its speaker, the sentence, what the screen sees of it, its features and its
     * sentence embedding.
     */
    public record Candidate(
            int line,
            String speaker,
            String sentence,
            List<String> screenFeatures,
            List<String> features,
            float[] embedding) {}

    private TranscriptCandidates() {}

    /** Every candidate, none screened out: what both stages are trained on. */
    public static List<Candidate> of(ParsedNote note) {
        return SpokenItemExtractor.candidates(
                        SpokenSentences.of(note.transcript()),
                        note.metadata().participants(),
                        SpokenItemModel.Screen.OPEN)
                .stream()
                .map(c -> new Candidate(
                        c.sentence().line(),
                        c.sentence().speaker(),
                        c.sentence().text(),
                        c.screenFeatures(),
                        c.features(),
                        c.embedding()))
                .toList();
    }
}
