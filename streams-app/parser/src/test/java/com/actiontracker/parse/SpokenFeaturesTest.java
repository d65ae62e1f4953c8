package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenFeaturesTest {

    @Test
    void aCommitmentToWorkIsToldFromAConversationalMove() {
        assertThat(features("I'll send the deck to Louie.")).contains("cue=SELF", "verb=send", "work_verb", "verb_object");
        assertThat(features("I'll tell you what I think.")).contains("cue=SELF", "verb=tell", "talk_verb");
    }

    @Test
    void aHedgeBeforeTheVerbQuestionsAndPastNarrativeAreSeen() {
        assertThat(features("Maybe I'll send it if I have time.")).contains("hedged");
        assertThat(features("I'll send it, if you want.")).doesNotContain("hedged");
        assertThat(features("Can you review the deck?")).contains("cue=DIRECTIVE", "question");
        assertThat(features("We decided years ago to use Java.")).contains("history", "past");
    }

    @Test
    void assentInTheNextTurnOfSomeoneElseIsSeen() {
        List<SpokenSentence> talk = List.of(
                new SpokenSentence(0, "Alex", 1, "Let's go with the rubber case."),
                new SpokenSentence(1, "Dana", 4, "Okay, that's fine."));

        List<String> f = features(talk, 0);

        assertThat(f).contains("proposal", "assent_next");
        assertThat(features(List.of(talk.get(0), new SpokenSentence(1, "Dana", 4, "No, too expensive.")), 0))
                .contains("dissent_next").doesNotContain("assent_next");
    }

    @Test
    void timeExpressionsAndStatedProblemsAreSeen() {
        assertThat(features("I'll have it for tomorrow's call.")).contains("time");
        assertThat(features("The problem is that we're over budget by two euros.")).contains("problem_stated", "cue=RISK");
    }

    @Test
    void verbsAreLemmatisedLightly() {
        assertThat(SpokenFeatures.lemma("sending", "VERB")).isEqualTo("send");
        assertThat(SpokenFeatures.lemma("planned", "VERB")).isEqualTo("plan");
        assertThat(SpokenFeatures.lemma("prototypes", "NOUN")).isEqualTo("prototype");
        assertThat(SpokenFeatures.lemma("studies", "NOUN")).isEqualTo("study");
    }

    private static List<String> features(String sentence) {
        return features(List.of(new SpokenSentence(0, "Jason Vallery", 1, sentence)), 0);
    }

    private static List<String> features(List<SpokenSentence> sentences, int index) {
        SpokenSentence s = sentences.get(index);
        return SpokenFeatures.of(s, EnglishModels.analyze(s.text()), SpokenCues.find(s.text()),
                new SpokenFeatures.Context(sentences, index, SpokenFeatures.participants(List.of("Jason Vallery", "Louie Ortiz"))));
    }
}
