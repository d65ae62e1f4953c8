package com.actiontracker.tracking;

import java.time.Instant;
import java.time.LocalDate;

/** What can happen to an action: a note says something about it, or a person gives a command. */
public sealed interface ActionEvent {

    String actionId();

    Instant at();

    /**
     * A note's latest revision states the action ({@code withdrawn=false}) or no longer mentions it
     * ({@code withdrawn=true}, the statement is then the last one that note made).
     */
    record Observation(String actionId, SourceStatement statement, boolean withdrawn) implements ActionEvent {
        @Override
        public Instant at() {
            return statement.observedAt();
        }
    }

    /** An explicit instruction, without editing a note. */
    record Command(
            String commandId,
            String actionId,
            CommandType type,
            String owner,
            LocalDate effectiveDate,
            Instant issuedAt,
            String issuedBy)
            implements ActionEvent {
        @Override
        public Instant at() {
            return issuedAt;
        }
    }

    enum CommandType {
        COMPLETE,
        REOPEN,
        CANCEL,
        REASSIGN,
        /** An inferred action is one: it counts in its owner's ledger. */
        ACCEPT,
        /** An inferred action is not one. */
        DISMISS,
        /** The action is due on the command's date instead. */
        REDATE,
        /** No overdue reminder before the command's date; the alert stays open. */
        SNOOZE
    }
}
