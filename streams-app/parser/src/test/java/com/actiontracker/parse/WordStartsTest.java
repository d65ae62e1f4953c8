package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordStartsTest {

    private static final Pattern CUES =
            Pattern.compile("\\b(?:i'll|i will|we should|let's|can you|worr|over budget|n't|no)\\b?");
    private static final Pattern TROUBLE = Pattern.compile("\\b(?:problem|cost\\w*|late|can't|too)\\b");

    private static final List<String> SAID = List.of(
            "i'll send the deck, and we should ask him.",
            "well, i willingly would — i will though.",
            "he's worried; we're over budget (over budget!) and costs are too high, too late.",
            "don't, can't, no, nothing, n't",
            "the problem's cost: problems, costly, costs.",
            "(can you) [let's] \"i'll\"",
            "_i'll 9i'll xi'll éi'll i'll",
            "",
            "nothing here at all");

    @Test
    void findsWhatAFullScanFindsInTheSameOrder() {
        for (String text : SAID) {
            Matcher full = CUES.matcher(text);
            Matcher atWords = WordStarts.first(CUES, text);
            if (full.find()) {
                assertThat(atWords).as(text).isNotNull();
                assertThat(atWords.start()).as(text).isEqualTo(full.start());
                assertThat(atWords.group()).as(text).isEqualTo(full.group());
                assertThat(atWords.end()).as(text).isEqualTo(full.end());
            } else {
                assertThat(atWords).as(text).isNull();
            }
            assertThat(WordStarts.found(CUES, text))
                    .as(text)
                    .isEqualTo(CUES.matcher(text).find());
            assertThat(WordStarts.count(TROUBLE, text))
                    .as(text)
                    .isEqualTo(TROUBLE.matcher(text).results().count());
        }
    }

    @Test
    void aWordBoundaryLooksBeforeWhereTheSearchStarts() {
        assertThat(WordStarts.first(CUES, "xi'll")).as("inside a word").isNull();
        assertThat(WordStarts.count(TROUBLE, "too late, toolate, too")).isEqualTo(3);
    }
}
