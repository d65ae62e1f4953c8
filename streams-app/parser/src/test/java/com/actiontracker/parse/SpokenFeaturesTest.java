package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenFeaturesTest {

    @Test
    void aCommitmentToWorkIsToldFromAConversationalMove() {
        assertThat(features("I'll send the deck to Louie."))
                .contains("cue=SELF", "verb=send", "work_verb", "verb_object");
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
                .contains("dissent_next")
                .doesNotContain("assent_next");
    }

    @Test
    void timeExpressionsAndStatedProblemsAreSeen() {
        assertThat(features("I'll have it for tomorrow's call.")).contains("time");
        assertThat(features("The problem is that we're over budget by two euros."))
                .contains("problem_stated", "cue=RISK");
    }

    @Test
    void theScreenReadsCuesWordsAndTurnsWithoutTheTagger() {
        List<SpokenSentence> talk = List.of(
                new SpokenSentence(0, "Jason Vallery", 1, "I'll send the deck to Louie by Friday."),
                new SpokenSentence(1, "Louie Ortiz", 4, "Sounds good."));

        List<String> screened = SpokenFeatures.screen(
                talk.get(0),
                SpokenCues.find(talk.get(0).text()),
                new SpokenFeatures.Context(
                        talk, 0, SpokenFeatures.participants(List.of("Jason Vallery", "Louie Ortiz"))));

        assertThat(screened)
                .contains("cue=SELF", "t=send", "t=deck", "time", "names_person", "assent_next", "len=medium");
        assertThat(screened).noneMatch(f -> f.startsWith("verb=") || f.startsWith("w=") || f.equals("past"));
        assertThat(features(talk, 0)).contains("verb=send", "cue=SELF", "time", "assent_next");
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
        return SpokenFeatures.of(
                s,
                EnglishModels.analyze(s.text()),
                SpokenCues.find(s.text()),
                new SpokenFeatures.Context(
                        sentences, index, SpokenFeatures.participants(List.of("Jason Vallery", "Louie Ortiz"))));
    }
}
