package com.actiontracker.eval;

/** What a note-taker records from a meeting. */
public enum ItemType {
    ACTION,
    DECISION,
    RISK
}
