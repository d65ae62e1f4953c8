package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommitmentExtractorTest {

    /** A Thursday. */
    private static final LocalDate MEETING = LocalDate.of(2025, 10, 30);
    private static final String HEADER = "---\ndate: 2025-10-30\nparticipants: [Ann Lee, Bob Stone]\n---\n";

    private static ParsedNote parse(String body) {
        return parse(ParserSettings.defaults(), body);
    }

    private static ParsedNote parse(ParserSettings settings, String body) {
        try {
            return new NoteParser(settings).parse("call.md", (HEADER + body).getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableNoteException e) {
            throw new AssertionError(e);
        }
    }

    private static String conversation(String ann, String bob) {
        return "Ann Lee\n" + ann + "\n\nBob Stone\n" + bob + "\n";
    }

    private static List<ActionItem> spoken(ParsedNote note) {
        return note.actions().stream().filter(item -> item.origin() == ItemOrigin.TRANSCRIPT).toList();
    }

    @Test
    void findsExplicitCommitmentsWithTheirDeadlines() {
        ParsedNote note = parse(conversation("Sounds good. I'll send you the list by Friday.",
                "Okay. I will ask legal tomorrow."));

        assertThat(spoken(note)).hasSize(2);
        assertThat(spoken(note).get(0)).satisfies(item -> {
            assertThat(item.description()).isEqualTo("Send you the list by Friday");
            assertThat(item.owner()).isEqualTo("Ann Lee");
            assertThat(item.due()).isEqualTo(LocalDate.of(2025, 10, 31));
            assertThat(item.rawLine()).isEqualTo("I'll send you the list by Friday.");
            assertThat(item.line()).isEqualTo(5);
            assertThat(item.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(item.statusSymbol()).isNull();
            assertThat(item.origin()).isEqualTo(ItemOrigin.TRANSCRIPT);
            assertThat(item.confidence()).isGreaterThan(0).isLessThan(1);
        });
        assertThat(spoken(note).get(1)).satisfies(item -> {
            assertThat(item.description()).isEqualTo("Ask legal tomorrow");
            assertThat(item.owner()).isEqualTo("Bob Stone");
            assertThat(item.due()).isEqualTo(MEETING.plusDays(1));
        });
    }

    @Test
    void aRequestBelongsToThePersonAsked() {
        ParsedNote note = parse(conversation("Can you review the deck by next week?", "Sure."));

        assertThat(spoken(note)).singleElement().satisfies(item -> {
            assertThat(item.description()).isEqualTo("Review the deck by next week");
            assertThat(item.owner()).isEqualTo("Bob Stone");
            assertThat(item.due()).isEqualTo(LocalDate.of(2025, 11, 7));
        });
    }

    @Test
    void ignoresFiguresOfSpeechHedgesAndQuestions() {
        ParsedNote note = parse(conversation(
                "I'll be honest, it is hard. I will say that we tried. I'll tell you why. Let me ask you something."
                        + " Maybe I'll send it later. If it works, I'll share the deck.",
                "Should I send it? I'll believe it when I see it. Can you see my screen? I'll never share that."
                        + " Customers say \"Would you ship it faster?\" all the time, right?"));

        assertThat(spoken(note)).isEmpty();
    }

    @Test
    void cutsTheDescriptionAtTheEndOfTheCommitment() {
        ParsedNote note = parse(conversation(
                "I'll send him a follow up and I'll send him a link, but first lunch.", "Great."));

        assertThat(spoken(note)).extracting(ActionItem::description)
                .containsExactly("Send him a follow up", "Send him a link");
    }

    @Test
    void trimsLongDescriptions() {
        ParserSettings settings = ParserSettings.fromProperties(
                Map.of(ParserSettings.KEY_TRANSCRIPT_DESCRIPTION_MAX_CHARS, "30"));

        ParsedNote note = parse(settings, conversation(
                "I'll write a very long and detailed description of the whole migration plan for everyone.", "Ok."));

        assertThat(spoken(note)).singleElement().extracting(ActionItem::description)
                .isEqualTo("Write a very long and…");
    }

    @Test
    void addsOnlyCommitmentsTheWrittenTasksDoNotCover() {
        ParsedNote note = parse("## Action items\n- [ ] Send the pricing list to Bob @Ann\n\n"
                + conversation("I'll send the pricing list to Bob by Friday. I'll book the venue.", "Thanks."));

        assertThat(spoken(note)).extracting(ActionItem::description).containsExactly("Book the venue");
    }

    @Test
    void remoteIsTheOneParticipantWhoIsNotNamedInTheTranscript() {
        ParsedNote note = parse("```text\n[00:00:01.00]  Ann LeeHello.\n[00:00:02.00]   RemoteI'll draft the"
                + " contract next week.\n```\n");

        assertThat(spoken(note)).singleElement().extracting(ActionItem::owner).isEqualTo("Bob Stone");
    }

    @Test
    void findsDecisionsAndRisksWhenTheNoteWroteNone() {
        ParsedNote note = parse(conversation("We decided to go with Kafka. My concern is the budget.",
                "The migration might slip. If we agreed, fine."));

        assertThat(note.statements()).extracting(Statement::kind, Statement::text).containsExactly(
                tuple(StatementKind.DECISION, "We decided to go with Kafka"),
                tuple(StatementKind.RISK, "My concern is the budget"),
                tuple(StatementKind.RISK, "The migration might slip"));
        assertThat(note.statements()).allSatisfy(statement -> {
            assertThat(statement.origin()).isEqualTo(ItemOrigin.TRANSCRIPT);
            assertThat(statement.section()).isNull();
            assertThat(statement.confidence()).isGreaterThan(0).isLessThan(1);
        });
    }

    @Test
    void leavesDecisionsToTheWrittenSection() {
        ParsedNote note = parse("## Decisions\n- Use Kafka\n\n"
                + conversation("We decided to go with Kafka. My concern is the budget.", "Ok."));

        assertThat(note.statements()).extracting(Statement::kind, Statement::origin).containsExactly(
                tuple(StatementKind.DECISION, ItemOrigin.TASK),
                tuple(StatementKind.RISK, ItemOrigin.TRANSCRIPT));
    }

    @Test
    void keepsTheMostConfidentItemsUpToTheLimit() {
        ParserSettings settings = ParserSettings.fromProperties(Map.of(ParserSettings.KEY_TRANSCRIPT_MAX_ITEMS, "2"));

        ParsedNote note = parse(settings, conversation(
                "I'll book the venue. I'll write the agenda by Friday. I'll order the food tomorrow.", "Ok."));

        assertThat(spoken(note)).extracting(ActionItem::description)
                .containsExactly("Write the agenda by Friday", "Order the food tomorrow");
    }

    @Test
    void theRawTranscriptSeedYieldsAHandfulOfItems() {
        ParsedNote note = Seeds.parsed("003");

        assertThat(spoken(note)).hasSizeBetween(3, 8)
                .allSatisfy(item -> assertThat(item.owner()).isIn("Jason Vallery", "Jeff Denworth"))
                .anySatisfy(item -> assertThat(item.description()).isEqualTo("Send him a follow up"));
        assertThat(note.statements()).isNotEmpty()
                .allSatisfy(statement -> assertThat(statement.origin()).isEqualTo(ItemOrigin.TRANSCRIPT))
                .anySatisfy(statement -> assertThat(statement.text()).isEqualTo("I just worry about latency"));
    }

    @Test
    void seedsWithWrittenTasksGetOnlyUncoveredCommitments() {
        for (String seed : List.of("000", "001", "004")) {
            ParsedNote note = Seeds.parsed(seed);
            List<ActionItem> written = note.actions().stream()
                    .filter(item -> item.origin() == ItemOrigin.TASK).toList();
            assertThat(spoken(note)).as("seed %s", seed).hasSizeLessThanOrEqualTo(6).allSatisfy(item ->
                    written.forEach(task -> assertThat(WordOverlap.coverage(item.description(), task.description()))
                            .isLessThan(ParserSettings.defaults().transcriptCoverageThreshold())));
            assertThat(note.statements()).as("seed %s", seed)
                    .allSatisfy(statement -> assertThat(statement.origin()).isEqualTo(ItemOrigin.TASK));
        }
        assertThat(spoken(Seeds.parsed("004"))).anySatisfy(item -> {
            assertThat(item.description()).isEqualTo("Put something on the calendar for tomorrow");
            assertThat(item.owner()).isEqualTo("Lior Genzel");
            assertThat(item.due()).isEqualTo(LocalDate.of(2025, 10, 31));
        });
    }
}
