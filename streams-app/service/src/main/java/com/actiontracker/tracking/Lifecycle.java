package com.actiontracker.tracking;

/** The tracked status of an action. */
public enum Lifecycle {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED,
    /** Open again after having been done or cancelled. */
    REOPENED,
    /** No note mentions the action any more. */
    RETIRED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    /** Open, in progress or reopened: work someone still owes. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS || this == REOPENED;
    }
}
