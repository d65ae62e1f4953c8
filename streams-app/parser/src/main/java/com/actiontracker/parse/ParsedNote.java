package com.actiontracker.parse;

import java.util.List;

/**
 * Everything the parser understood in one note. Warnings explain what it could not read, without losing the rest.
 * {@code text} is the note as it was read: decoded, line endings made {@code \n}, mis-decoded characters repaired; the
 * lines every item's line number counts, so that what a person is shown of the note is what the ledger read.
 */
public record ParsedNote(
        String path,
        NoteMetadata metadata,
        List<ActionItem> actions,
        List<Statement> statements,
        List<TranscriptTurn> transcript,
        List<String> warnings,
        String text) {

    public ParsedNote {
        actions = List.copyOf(actions);
        statements = List.copyOf(statements);
        transcript = List.copyOf(transcript);
        warnings = List.copyOf(warnings);
    }
}
