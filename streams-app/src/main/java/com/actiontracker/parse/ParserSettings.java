package com.actiontracker.parse;

/** How the parser reads notes: heading vocabulary and safety limits. */
public record ParserSettings() {

    public static ParserSettings defaults() {
        return new ParserSettings();
    }

    public static ParserSettings fromProperties(java.util.Map<String, String> properties) {
        return defaults();
    }
}
