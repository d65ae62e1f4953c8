package com.actiontracker.parse;

import java.util.List;

/** Everything the parser understood in one note. Warnings explain what it could not read, without losing the rest. */
public record ParsedNote(
        String path,
        NoteMetadata metadata,
        List<ActionItem> actions,
        List<Statement> statements,
        List<TranscriptTurn> transcript,
        List<String> warnings) {

    public ParsedNote {
        actions = List.copyOf(actions);
        statements = List.copyOf(statements);
        transcript = List.copyOf(transcript);
        warnings = List.copyOf(warnings);
    }
}
