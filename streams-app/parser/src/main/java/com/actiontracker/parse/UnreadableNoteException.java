package com.actiontracker.parse;

/** The bytes are not a note we can read at all (not UTF-8 text): the record becomes a dead letter. */
public final class UnreadableNoteException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableNoteException(String reason) {
        super(reason);
    }
}
