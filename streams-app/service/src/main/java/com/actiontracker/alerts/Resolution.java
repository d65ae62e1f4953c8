package com.actiontracker.alerts;

import java.util.Arrays;
import java.util.Locale;

/** Why an open overdue alert was resolved; its Avro twin is {@code AlertResolution}. */
public enum Resolution {
    /** Named by a newer version of the tracker than this one. */
    UNKNOWN,
    DONE,
    CANCELLED,
    /** The action got another due date: the old alert ends, a new one may open for the new date. */
    REDATED,
    /** The note no longer lists the action. */
    RETIRED,
    DISMISSED,
    /** The action moved to another owner, whose alert this no longer is. */
    REASSIGNED;

    /** The lower-case word alerts of schema v1 carried; UNKNOWN for a word this version does not know. */
    public static Resolution ofWord(String word) {
        return word == null
                ? null
                : Arrays.stream(values())
                        .filter(r -> r.word().equals(word))
                        .findFirst()
                        .orElse(UNKNOWN);
    }

    /** As v1 alerts and Slack messages write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
