package com.actiontracker.parse;

/** What a heading says its section holds. */
enum SectionKind {
    DECISIONS,
    RISKS,
    QUESTIONS,
    ACTIONS,
    TRANSCRIPT;

    /** The kind of statement a bullet in such a section states; null for sections that hold no statements. */
    StatementKind statementKind() {
        return switch (this) {
            case DECISIONS -> StatementKind.DECISION;
            case RISKS -> StatementKind.RISK;
            case QUESTIONS -> StatementKind.QUESTION;
            case ACTIONS, TRANSCRIPT -> null;
        };
    }
}
