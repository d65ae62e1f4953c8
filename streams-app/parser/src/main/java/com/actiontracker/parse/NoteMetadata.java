package com.actiontracker.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * What a note says about the meeting it records.
 *
 * @param date         the meeting date: front matter {@code date}, else a date in the title, else front matter
 *                     {@code created} when it is a valid date, else a date in the file name; null when no source gives
 *                     one
 * @param title        the first H1 heading, else the front matter title, else the file name without extension
 * @param participants people named as attendees, in order of first mention, without duplicates: front matter
 *                     {@code people}, {@code entities.people}, {@code participants}, {@code attendees},
 *                     {@code person}, {@code counterpart}, the name in a "1:1 — Name — date" title, the
 *                     {@code **With**:} line, and wikilinks under a "Related" heading that look like people's names.
 *                     Wikilink brackets and aliases are removed; near-identical spellings of one name count once
 * @param noteType     front matter {@code type}, null when absent
 */
public record NoteMetadata(LocalDate date, String title, List<String> participants, String noteType) {

    public NoteMetadata {
        participants = List.copyOf(participants);
    }
}
