package com.actiontracker.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * What a note says about the meeting it records.
 *
 * @param date         the meeting date; null when no source gives one
 * @param title        the first H1 heading, else the front matter title, else the file name without extension
 * @param participants people named as attendees, in order of first mention, without duplicates
 * @param noteType     front matter {@code type}, null when absent
 */
public record NoteMetadata(LocalDate date, String title, List<String> participants, String noteType) {

    public NoteMetadata {
        participants = List.copyOf(participants);
    }
}
