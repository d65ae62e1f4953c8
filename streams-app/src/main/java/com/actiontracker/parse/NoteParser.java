package com.actiontracker.parse;

/** Reads one note file into a {@link ParsedNote}. Knows nothing about Kafka. Thread-safe. */
public final class NoteParser {

    private final ParserSettings settings;

    public NoteParser(ParserSettings settings) {
        this.settings = settings;
    }

    /**
     * @param path    the note's path relative to the vault root, used for metadata fallbacks and messages
     * @param content the file's exact bytes
     * @throws UnreadableNoteException when the bytes are not UTF-8 text
     */
    public ParsedNote parse(String path, byte[] content) throws UnreadableNoteException {
        throw new UnsupportedOperationException("not implemented yet: " + settings);
    }
}
