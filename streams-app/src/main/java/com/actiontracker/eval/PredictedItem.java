package com.actiontracker.eval;

import java.time.LocalDate;

/**
 * An item an extractor found in a transcript.
 *
 * @param sentence what was said, as the extractor read it
 * @param line     1-based line of the turn it was said in
 */
public record PredictedItem(
        ItemType type, String text, String sentence, String owner, LocalDate due, int line, double confidence) {}
