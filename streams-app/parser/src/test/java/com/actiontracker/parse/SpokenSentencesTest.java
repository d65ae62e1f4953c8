package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenSentencesTest {

    @Test
    void aTurnIsSplitIntoItsSentences() {
        List<SpokenSentence> sentences = SpokenSentences.of(List.of(
                new TranscriptTurn("Dana", null, 3, "We need the prototype. I'll build it this week. Is that fine?")));

        assertThat(sentences)
                .extracting(SpokenSentence::text)
                .containsExactly("We need the prototype.", "I'll build it this week.", "Is that fine?");
        assertThat(sentences).allSatisfy(s -> assertThat(s.line()).isEqualTo(3));
    }

    @Test
    void aLoneTimeWordPushedIntoTheNextTurnIsGivenBackToTheSentenceItEnds() {
        List<SpokenSentence> sentences = SpokenSentences.of(List.of(
                new TranscriptTurn("Jason Vallery", null, 1, "I'll send the sales update"),
                new TranscriptTurn("Jeff Denworth", null, 3, "Today. Okay, good.")));

        assertThat(sentences.get(0).text()).isEqualTo("I'll send the sales update Today.");
        assertThat(sentences.get(0).speaker()).isEqualTo("Jason Vallery");
        assertThat(sentences).extracting(SpokenSentence::text).doesNotContain("Today.");
    }

    @Test
    void aRunOnWithoutPunctuationIsCutAtItsClausesAndLosesNoWord() {
        String runOn = ("so I think we should look at the battery first and then we can talk to the supplier about the"
                        + " price but the case is the bigger question because nobody has the numbers yet ")
                .repeat(6);

        List<String> pieces = SpokenSentences.split(runOn);

        assertThat(pieces)
                .hasSizeGreaterThan(3)
                .allSatisfy(p -> assertThat(p.split("\\s+").length).isLessThanOrEqualTo(SpokenSentences.MAX_WORDS));
        assertThat(String.join(" ", pieces).split("\\s+"))
                .hasSameSizeAs(runOn.strip().split("\\s+"));
    }
}
