package com.actiontracker.parse;

public enum StatementKind {
    DECISION,
    RISK,
    QUESTION
}
