package com.actiontracker.parse;

/**
 * Escapes container markers nested deeper than a limit at the start of a line ("- - - - ... x", "&gt; &gt; &gt; ..."),
 * so that CommonMark reads the excess as text. commonmark-java takes time quadratic in the depth of list markers on
 * one line; no real note nests that deep. Line breaks are kept, so line numbers do not move.
 */
final class NestingGuard {

    private NestingGuard() {
    }

    static String limit(String text, int maxDepth) {
        StringBuilder out = null;
        int copiedUpTo = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int escapeAt = excessMarker(text, lineStart, maxDepth);
            if (escapeAt >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, copiedUpTo, escapeAt).append('\\');
                copiedUpTo = escapeAt;
            }
            int newline = text.indexOf('\n', lineStart);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return out == null ? text : out.append(text, copiedUpTo, text.length()).toString();
    }

    /** Where to put a backslash so that the marker past the limit is read as text; -1 when the line is within it. */
    private static int excessMarker(String text, int at, int maxDepth) {
        int depth = 0;
        int i = at;
        while (true) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= text.length()) {
                return -1;
            }
            char c = text.charAt(i);
            int markerEnd;
            int escapeAt;
            if (c == '>') {
                markerEnd = i + 1;
                escapeAt = i;
            } else if ((c == '-' || c == '*' || c == '+') && isBlankOrEnd(text, i + 1)) {
                markerEnd = i + 1;
                escapeAt = i;
            } else {
                int digits = i;
                while (digits < text.length() && digits - i < 9 && text.charAt(digits) >= '0'
                        && text.charAt(digits) <= '9') {
                    digits++;
                }
                boolean ordered = digits > i && digits < text.length()
                        && (text.charAt(digits) == '.' || text.charAt(digits) == ')') && isBlankOrEnd(text, digits + 1);
                if (!ordered) {
                    return -1;
                }
                markerEnd = digits + 1;
                escapeAt = digits;
            }
            if (++depth > maxDepth) {
                return escapeAt;
            }
            i = markerEnd;
        }
    }

    private static boolean isBlankOrEnd(String text, int i) {
        return i >= text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n';
    }
}
