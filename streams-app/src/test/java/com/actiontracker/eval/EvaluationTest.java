package com.actiontracker.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void theWrittenSectionsOfANoteWithATranscriptAreBlankedAndLinesStayWhereTheyWere() {
        String note = "---\ndate: 2025-10-30\n---\n# 1:1 Andy\n## Action items\n- [ ] Send the deck @Andy\n"
                + "## Transcript (auto)\nJason Vallery\nI'll send the deck.\n";

        String stripped =
                new String(TranscriptOnly.strip(note.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        assertThat(stripped.split("\n", -1)).hasSameSizeAs(note.split("\n", -1));
        assertThat(stripped)
                .contains("date: 2025-10-30", "# 1:1 Andy", "## Transcript (auto)", "I'll send the deck.")
                .doesNotContain("Action items", "- [ ] Send the deck");
        String plain = "# Notes\n## Action items\n- [ ] Send it\n";
        assertThat(new String(TranscriptOnly.strip(plain.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .as("no transcript: kept whole")
                .isEqualTo(plain);
    }

    @Test
    void aFoundItemMatchesTheGoldItemItWasSaidInOrThatSaysTheSameOneToOne() {
        GoldItem deck = gold(
                ItemType.ACTION, "Send the final deck to Louie", "Jason Vallery", 40, "I'll send Louie the final deck");
        GoldItem budget = gold(ItemType.RISK, "Over budget by two euros", null, 80, "we're two euros over the budget");
        PredictedItem said =
                found(ItemType.ACTION, "Send Louie the final deck", "Yeah, so I'll send Louie the final deck.", 39);
        PredictedItem again =
                found(ItemType.ACTION, "Send the deck again", "I'll send the final deck to Louie, right", 41);
        PredictedItem elsewhere =
                found(ItemType.RISK, "Nobody has the numbers", "so we're two euros over the budget", 300);
        PredictedItem wrongType =
                found(ItemType.DECISION, "Send Louie the final deck", "I'll send Louie the final deck.", 40);

        List<ItemMatcher.Match> matches =
                ItemMatcher.match(List.of(said, again, elsewhere, wrongType), List.of(deck, budget));

        assertThat(matches).extracting(m -> m.found().text()).containsExactly("Send Louie the final deck");
        assertThat(matches.get(0).gold()).isEqualTo(deck);
    }

    @Test
    void scoresCountPrecisionRecallOwnersAndDates() {
        GoldItem deck = new GoldItem(
                "n.md",
                ItemType.ACTION,
                "Send the deck",
                "Jason Vallery",
                LocalDate.of(2025, 11, 1),
                "by Saturday",
                10,
                "I'll send the deck by Saturday");
        GoldItem risk = gold(ItemType.RISK, "Budget is tight", null, 20, "the budget is really tight this year");
        PredictedItem found = new PredictedItem(
                ItemType.ACTION,
                "Send the deck by Saturday",
                "I'll send the deck by Saturday.",
                "Jason Vallery",
                LocalDate.of(2025, 11, 2),
                10,
                0.8);
        PredictedItem extra = found(ItemType.DECISION, "Go with rubber", "let's go with rubber", 30);

        Evaluation.Result result = Evaluation.score(Map.of("n.md", List.of(found, extra)), List.of(deck, risk));

        assertThat(result.byType().get(ItemType.ACTION)).satisfies(s -> {
            assertThat(s.precision()).isEqualTo(1.0);
            assertThat(s.recall()).isEqualTo(1.0);
        });
        assertThat(result.overall().precision()).isEqualTo(0.5);
        assertThat(result.overall().recall()).isEqualTo(0.5);
        assertThat(result.ownerAccuracy()).isEqualTo(1.0);
        assertThat(result.datesStated()).isEqualTo(1);
        assertThat(result.dateAccuracy()).as("resolved to the wrong day").isZero();
        assertThat(result.misses())
                .anyMatch(m -> m.startsWith("missed") && m.contains("Budget is tight"))
                .anyMatch(m -> m.startsWith("extra") && m.contains("Go with rubber"))
                .anyMatch(
                        m -> m.startsWith("date") && m.contains("due 2025-11-01 (\"by Saturday\"), found 2025-11-02"));
    }

    @Test
    void aMatchedActionGivenTheWrongOwnerIsListedAmongTheMisses() {
        GoldItem deck = gold(ItemType.ACTION, "Send the deck", "Jason Vallery", 10, "I'll send the deck tonight");
        GoldItem slide = gold(ItemType.ACTION, "Add a slide", null, 20, "someone should add a slide on logging");
        PredictedItem byAnother = action("Send the deck", "I'll send the deck tonight.", "Andy Perlsteiner", null, 10);
        PredictedItem guessed =
                action("Add a slide on logging", "someone should add a slide on logging", "Jason Vallery", null, 20);

        Evaluation.Result result = Evaluation.score(Map.of("n.md", List.of(byAnother, guessed)), List.of(deck, slide));

        assertThat(result.ownerAccuracy()).isZero();
        assertThat(result.datesInvented()).as("no date said, none given").isZero();
        assertThat(result.misses())
                .contains(
                        "owner  n.md:10 Send the deck: owner Jason Vallery, found Andy Perlsteiner",
                        "owner  n.md:20 Add a slide: owner null, found Jason Vallery");
    }

    @Test
    void aDueDateGivenWhereNoneWasSaidIsCountedAndListed() {
        GoldItem deck = gold(ItemType.ACTION, "Send the deck", "Jason Vallery", 10, "I'll send the deck");
        PredictedItem dated =
                action("Send the deck", "I'll send the deck.", "Jason Vallery", LocalDate.of(2025, 11, 3), 10);

        Evaluation.Result result = Evaluation.score(Map.of("n.md", List.of(dated)), List.of(deck));

        assertThat(result.datesStated()).isZero();
        assertThat(result.datesInvented()).isEqualTo(1);
        assertThat(result.misses()).contains("date   n.md:10 Send the deck: due none said, found 2025-11-03");
    }

    private static GoldItem gold(ItemType type, String text, String owner, int line, String evidence) {
        return new GoldItem("n.md", type, text, owner, null, null, line, evidence);
    }

    private static PredictedItem found(ItemType type, String text, String sentence, int line) {
        return new PredictedItem(type, text, sentence, null, null, line, 0.5);
    }

    private static PredictedItem action(String text, String sentence, String owner, LocalDate due, int line) {
        return new PredictedItem(ItemType.ACTION, text, sentence, owner, due, line, 0.5);
    }
}
