package com.actiontracker.parse;

/**
 * What one speaker said in one turn of a transcript, without the filler and echoes transcription engines add.
 *
 * @param speaker   the name as the transcript gives it ("Jason Vallery", "Remote"); "Unknown" when it gives none
 * @param timestamp as written ("00:00:22.51"), null when the transcript has none
 * @param line      1-based line number where the turn starts
 */
public record TranscriptTurn(String speaker, String timestamp, int line, String text) {}
