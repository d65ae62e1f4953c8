package com.actiontracker.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * One action as a note states it: a task line, or a commitment found in a transcript.
 *
 * @param line        1-based line number in the file
 * @param description the task text without list marker, status, fields, trailing tags and the trailing owner mention
 *                    (a tag inside the text stays there; {@code tags} lists every tag)
 * @param rawLine     the whole line as written, after repairing a wrong text decoding; for an item inferred from a
 *                    transcript, the sentence that was said
 * @param owner       the owner as written, without the '@' ("Andy", "Myself", "Jason Vallery"); null when none. For
 *                    an item inferred from a transcript: the speaker (a request: the person asked)
 * @param statusSymbol the character between the brackets, kept even when it is not one Tasks knows; null for items
 *                    without a checkbox (plain bullets of an action section, transcript items)
 * @param blockLink   the trailing block link with its caret ("^my-precious"); null when none
 * @param confidence  1.0 for task lines; 0.9 for plain bullets under an action heading; below 1 for items inferred
 *                    from transcripts
 * @param commitment  how firmly it was promised: a written task is a commitment; a spoken one may be hedged or only
 *                    proposed
 * Dates and other fields are null when absent (or invalid: then a warning says so).
 */
public record ActionItem(
        int line,
        String description,
        String rawLine,
        String owner,
        TaskStatus status,
        String statusSymbol,
        LocalDate due,
        LocalDate scheduled,
        LocalDate start,
        LocalDate created,
        LocalDate done,
        LocalDate cancelled,
        Priority priority,
        List<String> tags,
        String recurrence,
        String taskId,
        List<String> dependsOn,
        String blockLink,
        ItemOrigin origin,
        double confidence,
        Commitment commitment,
        List<String> warnings) {

    public ActionItem {
        tags = List.copyOf(tags);
        dependsOn = List.copyOf(dependsOn);
        warnings = List.copyOf(warnings);
    }
}
