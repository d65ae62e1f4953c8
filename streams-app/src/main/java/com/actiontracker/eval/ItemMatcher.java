package com.actiontracker.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs found items with gold items of the same note and type, by content, one to one: a found item matches a gold
 * item when it was said within a few lines of it and its sentence holds most of the gold evidence's words, or when
 * the two texts share most of their content words. The best-scoring pairs are taken first.
 */
final class ItemMatcher {

    /** Lines between the found sentence's turn and the gold line: a turn or two, as speakers interleave. */
    static final int NEAR_LINES = 6;

    static final double THRESHOLD = 0.5;

    record Match(PredictedItem found, GoldItem gold, double score) {}

    private ItemMatcher() {}

    static List<Match> match(List<PredictedItem> found, List<GoldItem> gold) {
        List<Match> candidates = new ArrayList<>();
        for (PredictedItem f : found) {
            for (GoldItem g : gold) {
                if (f.type() == g.type()) {
                    double score = score(f, g);
                    if (score >= THRESHOLD) {
                        candidates.add(new Match(f, g, score));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Match::score).reversed());
        Set<PredictedItem> usedFound = new HashSet<>();
        Set<GoldItem> usedGold = new HashSet<>();
        List<Match> matches = new ArrayList<>();
        for (Match m : candidates) {
            if (!usedFound.contains(m.found()) && !usedGold.contains(m.gold())) {
                usedFound.add(m.found());
                usedGold.add(m.gold());
                matches.add(m);
            }
        }
        return matches;
    }

    static double score(PredictedItem found, GoldItem gold) {
        double said = Math.abs(found.line() - gold.line()) <= NEAR_LINES
                ? ContentWords.containment(ContentWords.of(gold.evidence()), ContentWords.of(found.sentence()))
                : 0;
        double written = ContentWords.dice(ContentWords.of(found.text()), ContentWords.of(gold.text()));
        return Math.max(said, written);
    }
}
