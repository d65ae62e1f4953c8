package com.actiontracker.tracking;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import com.actiontracker.parse.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What one note currently says about an action (the latest revision of that note).
 *
 * @param owner       as written, without '@'
 * @param meetingDate the date of the meeting the note records; null when unknown
 * @param observedAt  when the connector read this revision of the note
 */
public record SourceStatement(
        String path,
        int line,
        String noteSha256,
        String text,
        String owner,
        TaskStatus status,
        LocalDate due,
        LocalDate doneDate,
        LocalDate cancelledDate,
        Priority priority,
        ItemOrigin origin,
        double confidence,
        LocalDate meetingDate,
        Instant observedAt) {

    /** The day this statement speaks for: its completion date when closed, else its meeting's date. */
    LocalDate effectiveDate() {
        return switch (status) {
            case DONE -> doneDate != null ? doneDate : observedDate();
            case CANCELLED -> cancelledDate != null ? cancelledDate : observedDate();
            default -> meetingDate != null ? meetingDate : observedDate();
        };
    }

    /** This statement as it stood on a given day: a completion dated later had not happened yet. */
    SourceStatement asOf(LocalDate day) {
        if (!isClosed() || !effectiveDate().isAfter(day)) {
            return this;
        }
        return new SourceStatement(path, line, noteSha256, text, owner, TaskStatus.OPEN, due, null, null, priority,
                origin, confidence, meetingDate, observedAt);
    }

    /** Whether the note existed on that day: its meeting had happened (or, undated, it had been read). */
    boolean existedOn(LocalDate day) {
        return !(meetingDate != null ? meetingDate : observedDate()).isAfter(day);
    }

    LocalDate observedDate() {
        return observedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    boolean isClosed() {
        return status == TaskStatus.DONE || status == TaskStatus.CANCELLED;
    }
}
