package com.actiontracker.parse;

/** How the parser reads notes: heading vocabulary and safety limits. */
public record ParserSettings() {

    public static ParserSettings defaults() {
        return new ParserSettings();
    }
}
