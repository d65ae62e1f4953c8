package com.actiontracker.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.SpokenItemModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TranscriptTrainerTest {

    @Test
    void everyNoteIsHeldOutInExactlyOneFoldAndEachCorpusIsSpreadOverTheFolds() {
        List<String> notes = List.of(
                "ES2002d.md",
                "ES2005d.md",
                "ES2008d.md",
                "ES2011a.md",
                "covid_0.md",
                "covid_5.md",
                "covid_7.md",
                "covid_9.md");

        List<List<String>> folds = TranscriptTrainer.folds(notes);

        assertThat(folds).hasSize(TranscriptTrainer.FOLDS);
        assertThat(folds.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(notes);
        assertThat(folds)
                .allSatisfy(fold -> assertThat(fold)
                        .hasSize(2)
                        .anyMatch(n -> n.startsWith("ES"))
                        .anyMatch(n -> n.startsWith("covid")));
    }

    @Test
    void theScreenThresholdIsTheHighestThatStillLetsTheWantedShareOfItemsThrough() {
        List<TranscriptTrainer.Example> heldOut = new ArrayList<>();
        List<Double> screened = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            heldOut.add(example(i % 2 == 0 ? "ACTION" : SpokenItemModel.NONE));
            screened.add(i / 20.0);
        }
        List<Double> items = IntStream.range(0, heldOut.size())
                .filter(i -> heldOut.get(i).statesItem())
                .mapToObj(screened::get)
                .toList();

        double threshold = TranscriptTrainer.screenThreshold(heldOut, screened);

        double kept = items.stream().filter(p -> p >= threshold).count() / (double) items.size();
        double keptAbove = items.stream().filter(p -> p > threshold).count() / (double) items.size();
        assertThat(kept).isGreaterThanOrEqualTo(TranscriptTrainer.SCREEN_RECALL);
        assertThat(keptAbove).isLessThan(TranscriptTrainer.SCREEN_RECALL);
        assertThat(TranscriptTrainer.screenThreshold(List.of(example(SpokenItemModel.NONE)), List.of(0.9)))
                .isZero();
    }

    @Test
    void aTypesThresholdIsTheHeldOutBestEvenWhenThatLiesBelowFivePercent() {
        // Rare types get small raw probabilities: here the candidates stating a decision score 0.02-0.03 and the
        // others 0.01 or less, so only a threshold between those calls all the decisions and nothing else.
        List<Map.Entry<Map<String, Double>, String>> held = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            held.add(Map.entry(probabilities(0.02 + i * 0.001), "DECISION"));
        }
        for (int i = 0; i < 200; i++) {
            held.add(Map.entry(probabilities(0.001 + i * 0.00004), SpokenItemModel.NONE));
        }

        double threshold = TranscriptTrainer.threshold(held, "DECISION");

        assertThat(threshold).isGreaterThan(0.009).isLessThanOrEqualTo(0.02);
    }

    private static Map<String, Double> probabilities(double decision) {
        return Map.of(
                "DECISION",
                decision,
                "ACTION",
                decision / 2,
                "RISK",
                decision / 2,
                SpokenItemModel.NONE,
                1 - 2 * decision);
    }

    private static TranscriptTrainer.Example example(String label) {
        return new TranscriptTrainer.Example("n.md", List.of(), List.of(), null, label);
    }
}
