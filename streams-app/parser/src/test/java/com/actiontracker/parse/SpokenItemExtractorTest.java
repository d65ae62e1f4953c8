package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenItemExtractorTest {

    private static final List<String> PEOPLE = List.of("Jason Vallery", "Jeff Denworth", "Dana Moreau");
    private static final LocalDate MEETING = LocalDate.of(2025, 12, 19);

    @Test
    void aFirstPersonCommitmentBelongsToTheSpeaker() {
        List<SpokenSentence> talk = List.of(sentence(0, "Jeff Denworth", "I'll send the pricing sheet to Louie."));

        assertThat(owner(talk, 0, two())).isEqualTo("Jeff Denworth");
    }

    @Test
    void aRequestBelongsToWhoeverAcceptsItOrElseToTheOtherOfTwo() {
        List<SpokenSentence> accepted = List.of(
                sentence(0, "Jason Vallery", "Can you review the deck before Friday?"),
                sentence(1, "Dana Moreau", "Sure, I will."));
        assertThat(owner(accepted, 0, three())).isEqualTo("Dana Moreau");
        List<SpokenSentence> acknowledged = List.of(
                sentence(0, "Jason Vallery", "And you might want to add the length and the width to the report."),
                sentence(1, "Dana Moreau", "Right okay."));
        assertThat(owner(acknowledged, 0, three())).isEqualTo("Dana Moreau");

        List<SpokenSentence> unanswered = List.of(
                sentence(0, "Jason Vallery", "Can you review the deck before Friday?"),
                sentence(1, "Jeff Denworth", "Let me think about the pricing first."));
        assertThat(owner(unanswered, 0, two())).as("two people: the other one").isEqualTo("Jeff Denworth");
        assertThat(owner(unanswered, 0, three()))
                .as("three people, nobody accepted")
                .isNull();
    }

    @Test
    void aGroupCommitmentBelongsToTheVolunteerOrToNobody() {
        List<SpokenSentence> volunteered = List.of(
                sentence(0, "Jason Vallery", "We should ask Morty about the budget."),
                sentence(1, "Dana Moreau", "I'll do that."));
        assertThat(owner(volunteered, 0, three())).isEqualTo("Dana Moreau");

        List<SpokenSentence> left = List.of(
                sentence(0, "Jason Vallery", "We should ask Morty about the budget."),
                sentence(1, "Dana Moreau", "Right, the budget is tight."));
        assertThat(owner(left, 0, three())).isNull();
    }

    @Test
    void whatTheSpeakerPromisesForTheGroupIsTheSpeakersOwnUnlessSomeoneElseTakesItOn() {
        List<SpokenSentence> promised = List.of(
                sentence(0, "Jeff Denworth", "We will write to the committee with the figures."),
                sentence(1, "Dana Moreau", "Thank you."));
        assertThat(owner(promised, 0, three())).isEqualTo("Jeff Denworth");
        assertThat(commitment(promised, 0)).isEqualTo(Commitment.COMMITTED);

        List<SpokenSentence> takenOn = List.of(
                sentence(0, "Jeff Denworth", "We'll send the figures to the committee."),
                sentence(1, "Dana Moreau", "I'll do that."));
        assertThat(owner(takenOn, 0, three())).isEqualTo("Dana Moreau");

        List<SpokenSentence> suggested = List.of(
                sentence(0, "Jeff Denworth", "We should send the figures to the committee."),
                sentence(1, "Dana Moreau", "Thank you."));
        assertThat(owner(suggested, 0, three()))
                .as("a suggestion is nobody's yet")
                .isNull();
        assertThat(commitment(suggested, 0)).isEqualTo(Commitment.PROPOSED);
    }

    @Test
    void aNamedParticipantOwnsWhatSheWillDo() {
        List<SpokenSentence> talk =
                List.of(sentence(0, "Jason Vallery", "Dana will prepare the prototype for the next meeting."));

        assertThat(owner(talk, 0, three())).isEqualTo("Dana Moreau");
    }

    @Test
    void whatTheSpeakerOrANamedPersonWillDoIsACommitment() {
        assertThat(commitment(List.of(sentence(0, "Jeff Denworth", "I'll send the pricing sheet to Louie.")), 0))
                .isEqualTo(Commitment.COMMITTED);
        assertThat(commitment(
                        List.of(sentence(0, "Jason Vallery", "Dana will prepare the prototype for the next meeting.")),
                        0))
                .isEqualTo(Commitment.COMMITTED);
    }

    @Test
    void aHedgeOrAWeakModalMakesItTentativeNotACommitment() {
        assertThat(commitment(List.of(sentence(0, "Jeff Denworth", "Maybe I'll send the pricing sheet by Friday.")), 0))
                .isEqualTo(Commitment.TENTATIVE);
        assertThat(commitment(
                        List.of(sentence(0, "Jeff Denworth", "I could try to send the pricing sheet by Friday.")), 0))
                .isEqualTo(Commitment.TENTATIVE);
    }

    @Test
    void aRequestOrAGroupSuggestionIsACommitmentOnlyOnceSomeoneTakesItOn() {
        List<SpokenSentence> accepted = List.of(
                sentence(0, "Jason Vallery", "Can you review the deck before Friday?"),
                sentence(1, "Dana Moreau", "Sure, I will."));
        assertThat(commitment(accepted, 0)).isEqualTo(Commitment.COMMITTED);
        List<SpokenSentence> unanswered = List.of(
                sentence(0, "Jason Vallery", "Can you review the deck before Friday?"),
                sentence(1, "Dana Moreau", "The deck is long."));
        assertThat(commitment(unanswered, 0)).isEqualTo(Commitment.PROPOSED);

        List<SpokenSentence> volunteered = List.of(
                sentence(0, "Jason Vallery", "We should ask Morty about the budget."),
                sentence(1, "Dana Moreau", "I'll do that."));
        assertThat(commitment(volunteered, 0)).isEqualTo(Commitment.COMMITTED);
        List<SpokenSentence> left = List.of(
                sentence(0, "Jason Vallery", "We should ask Morty about the budget."),
                sentence(1, "Dana Moreau", "Right, the budget is tight."));
        assertThat(commitment(left, 0)).isEqualTo(Commitment.PROPOSED);
    }

    @Test
    void theDueDateComesFromTheSentenceOrItsNeighboursInTheTurn() {
        List<SpokenSentence> talk = List.of(
                sentence(0, "Jason Vallery", "I'll send the deck."),
                sentence(0, "Jason Vallery", "Probably tomorrow morning."),
                sentence(1, "Jeff Denworth", "I'll call Lior on Monday."));

        assertThat(SpokenItemExtractor.due(talk, 0, MEETING)).isEqualTo(MEETING.plusDays(1));
        assertThat(SpokenItemExtractor.due(talk, 2, MEETING)).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(SpokenItemExtractor.due(talk, 0, null))
                .as("an undated meeting")
                .isNull();
    }

    @Test
    void himAndHerBecomeThePersonTheLastSentencesNamed() {
        List<SpokenSentence> talk = List.of(
                sentence(0, "Jeff Denworth", "I had coffee with Louie yesterday."),
                sentence(0, "Jeff Denworth", "He asked about the blog."),
                sentence(1, "Jason Vallery", "I'll send him a follow-up with the blog link."));

        assertThat(SpokenItemExtractor.resolvePronouns(
                        "send him a follow-up with the blog link", talk, 2, "Jason Vallery"))
                .isEqualTo("send Louie a follow-up with the blog link");

        List<SpokenSentence> two = List.of(
                sentence(0, "Jeff Denworth", "Louie and Morty were there."),
                sentence(1, "Jason Vallery", "I'll send him the link."));
        assertThat(SpokenItemExtractor.resolvePronouns("send him the link", two, 1, "Jason Vallery"))
                .as("two people named: not guessed")
                .isEqualTo("send him the link");
    }

    @Test
    void fillersAndStutterAreCleanedFromWhatWasSaid() {
        assertThat(SpokenItemExtractor.clean("Um, so, yeah we we need the the advanced chip."))
                .isEqualTo("we need the advanced chip.");
    }

    @Test
    void badTranscriptsGiveAResultNeverAnException() throws UnreadableNoteException {
        NoteParser parser = new NoteParser(ParserSettings.defaults());
        String header = "---\ndate: 2025-10-01\n---\n\n# Meeting\n\n## Transcript\n\n";
        List<String> inputs = new ArrayList<>();
        inputs.add(header);
        inputs.add(header + "Dana Moreau\nI'll send the minutes tomorrow.\n\nDana Moreau\nAnd I'll book the room.\n");
        inputs.add(header + "Dana Moreau\n" + "and then we do the case and the battery and the chip ".repeat(2000)
                + "\n\n" + "Alex Quist\n" + "okay ".repeat(50) + "\n");
        inputs.add(header + "Dana Moreau\nIch schicke dir morgen das Protokoll. Wir müssen das Budget prüfen.\n\n"
                + "Alex Quist\nJa, das machen wir so.\n");
        for (String input : inputs) {
            ParsedNote note = parser.parse("bad.md", input.getBytes(StandardCharsets.UTF_8));
            assertThat(note.warnings()).noneMatch(w -> w.startsWith("parser error"));
        }
    }

    @Test
    void aHugeTranscriptIsReadInBoundedWork() {
        List<TranscriptTurn> turns = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            turns.add(new TranscriptTurn(
                    i % 2 == 0 ? "Dana Moreau" : "Alex Quist",
                    null,
                    10 + 3 * i,
                    "I think we should look at the battery prices again " + i));
        }

        List<SpokenItemExtractor.Candidate> candidates =
                SpokenItemExtractor.candidates(SpokenSentences.of(turns), PEOPLE, SpokenItemModel.Screen.OPEN);

        assertThat(candidates).hasSize(SpokenItemExtractor.MAX_CANDIDATES);
    }

    @Test
    void onlyTheSentencesTheScreenKeepsAreTaggedEmbeddedAndClassified() {
        List<SpokenSentence> talk = List.of(
                sentence(0, "Dana Moreau", "I'll send the final cost sheet to Alex by Friday."),
                sentence(1, "Alex Quist", "It was a long week and the weather was really nice though."));
        SpokenItemModel.Screen bundled = SpokenItemModel.bundled().screen();

        assertThat(SpokenItemExtractor.candidates(talk, PEOPLE, SpokenItemModel.Screen.OPEN))
                .hasSize(2);
        assertThat(SpokenItemExtractor.candidates(talk, PEOPLE, bundled))
                .extracting(SpokenItemExtractor.Candidate::index)
                .containsExactly(0);
        assertThat(SpokenItemExtractor.candidates(talk, PEOPLE, new SpokenItemModel.Screen(bundled.model(), 1.01)))
                .isEmpty();
    }

    private static SpokenSentence sentence(int turn, String speaker, String text) {
        return new SpokenSentence(turn, speaker, 1 + 3 * turn, text);
    }

    private static String owner(List<SpokenSentence> talk, int index, SpeakerResolver speakers) {
        SpokenItemExtractor.Candidate candidate =
                SpokenItemExtractor.candidates(talk, PEOPLE, SpokenItemModel.Screen.OPEN).stream()
                        .filter(c -> c.index() == index)
                        .findFirst()
                        .orElseThrow();
        return SpokenItemExtractor.owner(candidate, talk, speakers, PEOPLE);
    }

    private static Commitment commitment(List<SpokenSentence> talk, int index) {
        SpokenItemExtractor.Candidate candidate =
                SpokenItemExtractor.candidates(talk, PEOPLE, SpokenItemModel.Screen.OPEN).stream()
                        .filter(c -> c.index() == index)
                        .findFirst()
                        .orElseThrow();
        return SpokenItemExtractor.commitment(candidate, talk);
    }

    private static SpeakerResolver two() {
        return new SpeakerResolver(
                List.of(
                        new TranscriptTurn("Jason Vallery", null, 1, "x"),
                        new TranscriptTurn("Jeff Denworth", null, 2, "y")),
                List.of("Jason Vallery", "Jeff Denworth"));
    }

    private static SpeakerResolver three() {
        return new SpeakerResolver(
                List.of(
                        new TranscriptTurn("Jason Vallery", null, 1, "x"),
                        new TranscriptTurn("Jeff Denworth", null, 2, "y"),
                        new TranscriptTurn("Dana Moreau", null, 3, "z")),
                PEOPLE);
    }
}
