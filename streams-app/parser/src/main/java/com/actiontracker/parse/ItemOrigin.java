package com.actiontracker.parse;

/** Whether a person wrote the item down as a task, or it was inferred from what was said in a transcript. */
public enum ItemOrigin {
    TASK,
    TRANSCRIPT
}
