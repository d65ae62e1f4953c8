package com.actiontracker.tracking;

import com.actiontracker.parse.Commitment;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import com.actiontracker.parse.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What one note currently says about an action (the latest revision of that note).
 *
 * @param owner       as written, without '@'
 * @param tags        the task's Obsidian tags, '#' included
 * @param commitment  how firmly it was said (transcripts); null for a written task
 * @param autoAccepted an inferred action that counts without review ({@link Triage#acceptedWithoutReview})
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
        List<String> tags,
        ItemOrigin origin,
        double confidence,
        Commitment commitment,
        boolean autoAccepted,
        LocalDate meetingDate,
        Instant observedAt) {

    public SourceStatement {
        tags = List.copyOf(tags);
    }

    /**
     * The day this statement speaks for: when closed, the day the closing counts from; else its meeting's date.
     * A closing counts from its written date, or from the day the note was read when that is earlier (a box ticked
     * with a completion date still to come was ticked by the time it was read): so the ledger of today and the
     * report as of today agree, whatever date was typed.
     */
    LocalDate effectiveDate() {
        if (isClosed()) {
            LocalDate closing = closingDate();
            return closing.isAfter(observedDate()) ? observedDate() : closing;
        }
        return meetingDate != null ? meetingDate : observedDate();
    }

    /** When closed: the completion or cancellation date as written, or the day it was read when none is written. */
    LocalDate closingDate() {
        LocalDate written =
                status == TaskStatus.DONE ? doneDate : status == TaskStatus.CANCELLED ? cancelledDate : null;
        return written != null ? written : observedDate();
    }

    /** This statement as it stood on a given day: a completion dated later had not happened yet. */
    SourceStatement asOf(LocalDate day) {
        if (!isClosed() || !effectiveDate().isAfter(day)) {
            return this;
        }
        return new SourceStatement(
                path,
                line,
                noteSha256,
                text,
                owner,
                TaskStatus.OPEN,
                due,
                null,
                null,
                priority,
                tags,
                origin,
                confidence,
                commitment,
                autoAccepted,
                meetingDate,
                observedAt);
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
