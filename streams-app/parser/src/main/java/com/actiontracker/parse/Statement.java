package com.actiontracker.parse;

/**
 * A decision, risk or open question stated in a note.
 *
 * @param line    1-based line number in the file
 * @param section the heading it was found under, as written; null for items inferred from a transcript
 */
public record Statement(
        StatementKind kind, int line, String text, String section, ItemOrigin origin, double confidence) {}
