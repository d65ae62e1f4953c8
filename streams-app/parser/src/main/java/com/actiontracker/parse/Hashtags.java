package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Obsidian tags as the Tasks plugin recognises them: "#" after whitespace or at the start, up to a stop character. */
final class Hashtags {

    static final String STOP_CHARS = " !@#$%^&*(),.?\":{}|<>";
    private static final Pattern TAG = Pattern.compile("(?:^|[" + JsText.SPACE_CLASS + "])(#[^" + STOP_CHARS + "]+)");

    private Hashtags() {}

    static boolean isTagChar(char c) {
        return STOP_CHARS.indexOf(c) < 0;
    }

    /** Whether the whole token is one tag. */
    static boolean isTag(String token) {
        if (token.length() < 2 || token.charAt(0) != '#') {
            return false;
        }
        for (int k = 1; k < token.length(); k++) {
            if (!isTagChar(token.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static List<String> in(String text) {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            tags.add(m.group(1));
        }
        return tags;
    }
}
