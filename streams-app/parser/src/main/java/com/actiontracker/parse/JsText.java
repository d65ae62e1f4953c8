package com.actiontracker.parse;

/**
 * Whitespace as JavaScript sees it. Obsidian Tasks trims and splits task lines with JavaScript's {@code trim()} and
 * {@code \s}, which also cover no-break and other Unicode spaces that Java's {@code strip()} and {@code \s} do not.
 */
final class JsText {

    /** A regex character class body matching what JavaScript's {@code \s} matches. */
    static final String SPACE_CLASS =
            "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    private JsText() {}

    static boolean isSpace(char c) {
        return switch (c) {
            case '\t',
                    '\n',
                    '\u000B',
                    '\f',
                    '\r',
                    ' ',
                    '\u00A0',
                    '\u1680',
                    '\u2028',
                    '\u2029',
                    '\u202F',
                    '\u205F',
                    '\u3000',
                    '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
