package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptCleanerTest {

    private static TranscriptTurn turn(String speaker, int line, String text) {
        return new TranscriptTurn(speaker, null, line, text);
    }

    @Test
    void dropsTurnsOfHallucinatedFiller() {
        List<TranscriptTurn> cleaned = TranscriptCleaner.clean(List.of(
                turn("Jeff", 1, "Thank you. Thank you. Thank you. Thank you."),
                turn("Jason", 2, "Okay."),
                turn("Jeff", 3, "Thank you."),
                turn("Jason", 4, "- "),
                turn("Jeff", 5, "BLANK Pause youBLANK (silence) You You (mouse clicking) (clicking)"),
                turn("Jason", 6, "Thank you. Why don't we give them sync engine?")));

        assertThat(cleaned).extracting(TranscriptTurn::line).containsExactly(2, 6);
    }

    @Test
    void stripsSoundAnnotationsAtTheEnd() {
        assertThat(TranscriptCleaner.withoutTrailingNoise(
                        "See you then.Music (keyboard clacking) Applause SilenceBLANK"))
                .isEqualTo("See you then");
        assertThat(TranscriptCleaner.withoutTrailingNoise("Thank you very much.INAUDIBLE"))
                .isEqualTo("Thank you very much");
        assertThat(TranscriptCleaner.withoutTrailingNoise("We listened to Music"))
                .isEqualTo("We listened to Music");
    }

    @Test
    void keepsOneOfALoopingClause() {
        String looping = "So I'm going to go to the website, and I'm going to go to the Play Store, and I'm going to"
                + " go to the Play Store, and I'm going to go to the Play Store.";

        assertThat(TranscriptCleaner.withoutRepeatedClauses(looping))
                .isEqualTo("So I'm going to go to the website, and I'm going to go to the Play Store.");
        assertThat(TranscriptCleaner.withoutRepeatedClauses("No, no, no, no.")).isEqualTo("No, no, no, no.");
    }

    @Test
    void dropsTheShorterOfTwoTurnsThatSayTheSame() {
        List<TranscriptTurn> cleaned = TranscriptCleaner.clean(List.of(
                turn(
                        "Jason",
                        1,
                        "Lots of things to catch up on. Does that sound right? Sure. I didn't read your"
                                + " document. That's fine."),
                turn("Jeff", 4, "I didn't read your document."),
                turn("Jason", 7, "I'm catching up. Sorry, I'm slow."),
                turn("Jeff", 10, "I'm catching up. Sorry, I'm slow.")));

        assertThat(cleaned)
                .extracting(TranscriptTurn::speaker, TranscriptTurn::line)
                .containsExactly(tuple("Jason", 1), tuple("Jason", 7));
    }

    @Test
    void keepsWhatOnlyTheEchoingTurnSaid() {
        List<TranscriptTurn> cleaned = TranscriptCleaner.clean(
                List.of(
                        turn(
                                "Jeff",
                                1,
                                "I just worry about latency. I'm not the engineer here, but I think we need to be"
                                        + " very clear about our anticipated latencies."),
                        turn(
                                "Jason",
                                2,
                                "Okay, I'm not the engineer here, but I think we need to be very clear about our"
                                        + " anticipated latencies. Sure. But your point though is that I'm an existing customer.")));

        assertThat(cleaned)
                .extracting(TranscriptTurn::text)
                .containsExactly(
                        "I just worry about latency.",
                        "Okay, I'm not the engineer here, but I think we need to be very clear about our anticipated"
                                + " latencies. Sure. But your point though is that I'm an existing customer.");
    }

    @Test
    void leavesTheSameSpeakerRepeatingThemselvesAlone() {
        List<TranscriptTurn> turns = List.of(
                turn("Jason", 1, "We need to ship it soon."), turn("Jason", 2, "We need to ship it soon, really."));

        assertThat(TranscriptCleaner.clean(turns)).hasSize(2);
    }

    @Test
    void cleansTheSeedWhereDiarisationEchoes() {
        List<TranscriptTurn> transcript = Seeds.parsed("003").transcript();

        assertThat(transcript).noneMatch(t -> t.text().equals("I didn't read your document."));
        assertThat(transcript).noneMatch(t -> TranscriptCleaner.isFiller(t.text()));
        assertThat(transcript)
                .filteredOn(t -> t.text().equals("I'm catching up. Sorry, I'm slow."))
                .hasSize(1);
        assertThat(transcript)
                .anyMatch(
                        t -> t.speaker().equals("Jeff Denworth") && t.text().startsWith("I just worry about latency."));
    }
}
