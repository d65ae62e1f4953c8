package com.actiontracker.eval;

import java.time.LocalDate;

/**
 * One item a careful note-taker wrote down from a transcript: the gold standard an extractor is scored against
 * (format: {@code streams-app/src/test/resources/transcripts/ANNOTATION.md}).
 *
 * @param owner    the participant who will do it (actions), null when nobody took it on or for other types
 * @param line     1-based line of the utterance that states it
 * @param evidence words of that line that state it
 */
public record GoldItem(
        String note,
        ItemType type,
        String text,
        String owner,
        LocalDate due,
        String dueText,
        int line,
        String evidence) {}
