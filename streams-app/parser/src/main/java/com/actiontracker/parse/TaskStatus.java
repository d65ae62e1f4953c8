package com.actiontracker.parse;

/** The status a task line gives its task, as Obsidian Tasks reads the character between the brackets. */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
