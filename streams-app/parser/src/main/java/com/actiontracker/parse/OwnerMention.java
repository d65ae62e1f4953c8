package com.actiontracker.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @Name} mention that ends a task's description names its owner: {@code @Andy}, {@code @Jason Vallery},
 * {@code @[[Andy Pernstiner]]}. Words after the first must be capitalised, so "ask @bob about it" has no owner while
 * "@Andy Pernstiner" is one owner of two words.
 */
final class OwnerMention {

    /** The description without the mention, and the owner without "@" (null when the description names none). */
    record Split(String description, String owner) {}

    private static final String WORD_TAIL = "[\\p{L}\\p{M}'’.-]*";
    private static final Pattern MENTION =
            Pattern.compile("(?:^|[" + JsText.SPACE_CLASS + "])@(?:\\[\\[([^\\]|\\[]+)(?:\\|[^\\]]*)?]]" + "|(\\p{L}"
                    + WORD_TAIL + "(?: \\p{Lu}" + WORD_TAIL + "){0,3}))$");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.'’-]+$");

    private OwnerMention() {}

    static Split split(String description) {
        // the mention is near the end: matching only the tail keeps a 100k-character line linear
        int from = Math.max(0, description.length() - 200);
        Matcher m = MENTION.matcher(description).region(from, description.length());
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.find()) {
            return new Split(description, null);
        }
        String owner = TRAILING_PUNCTUATION
                .matcher((m.group(1) != null ? m.group(1) : m.group(2)).strip())
                .replaceFirst("");
        return owner.isEmpty()
                ? new Split(description, null)
                : new Split(JsText.trim(description.substring(0, m.start())), owner);
    }
}
