package com.actiontracker.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the fields of an Obsidian Tasks task line from the end of its text backwards, the way the Tasks plugin's
 * serializers do: in passes that each try every field once, removing what matched from the end, until a pass matches
 * nothing (or 21 passes ran, the plugin's own safety limit). Text it does not recognise stops the reading, so an emoji
 * followed by more words stays in the description. Both the emoji format ({@code 📅 2025-12-19}, with or without
 * U+FE0F and with any number of spaces) and the Dataview format ({@code [due:: 2025-12-19]}, {@code (priority:: high)})
 * are recognised. Tags between fields are collected.
 *
 * <p>Each field is matched by looking at the end of the text by hand instead of with the plugin's {@code ...$}
 * regular expressions: a Java regex anchored at the end still scans from the start, which makes reading a very long
 * line quadratic.
 */
final class TaskFieldReader {

    private static final int MAX_PASSES = 21;

    private static final int[] PRIORITY_SYMBOLS = {0x1F53A, 0x23EB, 0x1F53C, 0x1F53D, 0x23EC};
    private static final Priority[] PRIORITIES = {
        Priority.HIGHEST, Priority.HIGH, Priority.MEDIUM, Priority.LOW, Priority.LOWEST,
    };
    private static final String[] PRIORITY_WORDS = {"highest", "high", "medium", "low", "lowest"};

    /** The fields of one task line; dates that were written but do not exist are null and explained in warnings. */
    record Fields(
            String description,
            Priority priority,
            LocalDate due,
            LocalDate scheduled,
            LocalDate start,
            LocalDate created,
            LocalDate done,
            LocalDate cancelled,
            String recurrence,
            String id,
            List<String> dependsOn,
            List<String> trailingTags,
            List<String> warnings) {}

    private TaskFieldReader() {}

    static Fields read(String body) {
        return new Reading(JsText.trim(body)).run();
    }

    /** What a field's value may look like; finds where such a value ending at {@code end} starts, or -1. */
    private enum ValueShape {
        DATE,
        WORD,
        ID,
        ID_SEQUENCE,
        RECURRENCE,
        PRIORITY_WORD;

        int startOf(String s, int end) {
            return switch (this) {
                case DATE -> end >= 10 && isDate(s, end - 10) ? end - 10 : -1;
                case WORD -> runStart(s, end, TaskFieldReader::isAsciiLetter);
                case ID -> runStart(s, end, TaskFieldReader::isIdChar);
                case ID_SEQUENCE -> idSequenceStart(s, end);
                case RECURRENCE -> recurrenceStart(s, end);
                case PRIORITY_WORD -> priorityWordStart(s, end);
            };
        }
    }

    /** A field in both formats: its emoji (any of several) and its Dataview key. */
    private enum Field {
        PRIORITY(null, ValueShape.PRIORITY_WORD, "priority"),
        DONE(ValueShape.DATE, ValueShape.DATE, "completion", 0x2705),
        CANCELLED(ValueShape.DATE, ValueShape.DATE, "cancelled", 0x274C),
        DUE(ValueShape.DATE, ValueShape.DATE, "due", 0x1F4C5, 0x1F4C6, 0x1F5D3),
        SCHEDULED(ValueShape.DATE, ValueShape.DATE, "scheduled", 0x23F3, 0x231B),
        START(ValueShape.DATE, ValueShape.DATE, "start", 0x1F6EB),
        CREATED(ValueShape.DATE, ValueShape.DATE, "created", 0x2795),
        RECURRENCE(ValueShape.RECURRENCE, ValueShape.RECURRENCE, "repeat", 0x1F501),
        // Recognised so that reading goes on past it, as in the plugin; the record has no component for it.
        ON_COMPLETION(ValueShape.WORD, ValueShape.WORD, "onCompletion", 0x1F3C1),
        ID(ValueShape.ID, ValueShape.ID, "id", 0x1F194),
        DEPENDS_ON(ValueShape.ID_SEQUENCE, ValueShape.ID_SEQUENCE, "dependsOn", 0x26D4);

        final ValueShape emojiValue;
        final ValueShape dataviewValue;
        final String dataviewKey;
        final int[] symbols;

        Field(ValueShape emojiValue, ValueShape dataviewValue, String dataviewKey, int... symbols) {
            this.emojiValue = emojiValue;
            this.dataviewValue = dataviewValue;
            this.dataviewKey = dataviewKey;
            this.symbols = symbols;
        }
    }

    /** Where a field was found at the end of the text, and its value. */
    private record Found(int start, String value) {}

    private static final class Reading {

        private String text;
        private Priority priority;
        private final LocalDate[] dates = new LocalDate[Field.values().length];
        private String recurrence;
        private String id;
        private List<String> dependsOn = List.of();
        private final List<String> trailingTags = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Reading(String text) {
            this.text = text;
        }

        Fields run() {
            boolean matched = true;
            for (int pass = 0; matched && pass < MAX_PASSES; pass++) {
                matched = false;
                // the plugin's order within a pass: it decides which of two repeated fields wins
                for (Field field : Field.values()) {
                    matched |= readField(field);
                    if (field == Field.ON_COMPLETION) {
                        matched |= readTag();
                    }
                }
            }
            return new Fields(
                    text,
                    priority,
                    dates[Field.DUE.ordinal()],
                    dates[Field.SCHEDULED.ordinal()],
                    dates[Field.START.ordinal()],
                    dates[Field.CREATED.ordinal()],
                    dates[Field.DONE.ordinal()],
                    dates[Field.CANCELLED.ordinal()],
                    recurrence,
                    id,
                    dependsOn,
                    trailingTags,
                    warnings);
        }

        private boolean readField(Field field) {
            Found found = field == Field.PRIORITY ? priorityEmoji(text) : emojiField(text, field);
            if (found == null) {
                found = dataviewField(text, field);
            }
            if (found == null) {
                return false;
            }
            text = JsText.trim(text.substring(0, found.start()));
            store(field, found.value());
            return true;
        }

        private void store(Field field, String value) {
            switch (field) {
                case PRIORITY -> priority = PRIORITIES[indexOf(PRIORITY_WORDS, value)];
                case RECURRENCE -> recurrence = value.strip();
                case ON_COMPLETION -> {}
                case ID -> id = value;
                case DEPENDS_ON -> dependsOn = splitIds(value);
                default -> {
                    Optional<LocalDate> date = IsoDates.exact(value);
                    dates[field.ordinal()] = date.orElse(null);
                    if (date.isEmpty()) {
                        warnings.add("invalid " + field.name().toLowerCase(Locale.ROOT) + " date '" + value + "'");
                    }
                }
            }
        }

        /** A trailing {@code #tag}, put back in front of the tags read so far (reading goes right to left). */
        private boolean readTag() {
            int end = text.length();
            int start = runStart(text, end, Hashtags::isTagChar);
            if (start < 1 || text.charAt(start - 1) != '#') {
                return false;
            }
            int hash = start - 1;
            if (hash > 0 && !JsText.isSpace(text.charAt(hash - 1))) {
                return false;
            }
            trailingTags.add(0, text.substring(hash));
            text = JsText.trim(text.substring(0, hash));
            return true;
        }
    }

    private static Found priorityEmoji(String s) {
        int end = skipVariationSelector(s, s.length());
        if (end == 0) {
            return null;
        }
        int symbol = s.codePointBefore(end);
        int index = indexOf(PRIORITY_SYMBOLS, symbol);
        return index < 0 ? null : new Found(end - Character.charCount(symbol), PRIORITY_WORDS[index]);
    }

    /** {@code SYMBOL U+FE0F? ' '* VALUE} at the end of the text. */
    private static Found emojiField(String s, Field field) {
        int valueStart = field.emojiValue.startOf(s, s.length());
        if (valueStart < 0) {
            return null;
        }
        int p = skipVariationSelector(s, skipSpaces(s, valueStart));
        if (p == 0 || indexOf(field.symbols, s.codePointBefore(p)) < 0) {
            return null;
        }
        return new Found(
                p - Character.charCount(s.codePointBefore(p)),
                s.substring(valueStart).strip());
    }

    /** {@code [ *key:: *VALUE *]} or the same in parentheses, optionally followed by a comma, at the end. */
    private static Found dataviewField(String s, Field field) {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == ',') {
            end = skipSpaces(s, end - 1);
        }
        if (end == 0 || (s.charAt(end - 1) != ']' && s.charAt(end - 1) != ')')) {
            return null;
        }
        char opener = s.charAt(end - 1) == ']' ? '[' : '(';
        int valueEnd = skipSpaces(s, end - 1);
        int valueStart = field.dataviewValue.startOf(s, valueEnd);
        if (valueStart < 0) {
            return null;
        }
        String key = field.dataviewKey + "::";
        int keyEnd = skipSpaces(s, valueStart);
        int keyStart = keyEnd - key.length();
        if (keyStart < 0 || !s.startsWith(key, keyStart)) {
            return null;
        }
        int open = skipSpaces(s, keyStart) - 1;
        if (open < 0 || s.charAt(open) != opener) {
            return null;
        }
        return new Found(open, s.substring(valueStart, valueEnd).strip());
    }

    private static int skipSpaces(String s, int end) {
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    private static int skipVariationSelector(String s, int end) {
        return end > 0 && s.charAt(end - 1) == '\uFE0F' ? end - 1 : end;
    }

    private interface CharTest {
        boolean test(char c);
    }

    /** The start of the longest non-empty run of matching chars ending at {@code end}, or -1. */
    private static int runStart(String s, int end, CharTest test) {
        int start = end;
        while (start > 0 && test.test(s.charAt(start - 1))) {
            start--;
        }
        return start < end ? start : -1;
    }

    private static int recurrenceStart(String s, int end) {
        int start = runStart(s, end, c -> isAsciiLetter(c) || isDigit(c) || c == ',' || c == ' ' || c == '!');
        return start >= 0 && !s.substring(start, end).isBlank() ? start : -1;
    }

    private static int idSequenceStart(String s, int end) {
        int start = runStart(s, end, c -> isIdChar(c) || c == ',' || c == ' ');
        if (start < 0) {
            return -1;
        }
        int valueStart = start;
        while (valueStart < end && s.charAt(valueStart) == ' ') {
            valueStart++;
        }
        return valueStart < end && isIdSequence(s.substring(valueStart, end)) ? valueStart : -1;
    }

    /**
     * The plugin's {@code id( *, *id *)*}, checked by hand: as a Java regex its spaces can be split between two
     * quantifiers in exponentially many ways before a long non-matching value is given up.
     */
    private static boolean isIdSequence(String value) {
        for (String part : value.split(",", -1)) {
            String id = part.strip();
            if (id.isEmpty() || id.indexOf(' ') >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int priorityWordStart(String s, int end) {
        int start = runStart(s, end, TaskFieldReader::isAsciiLetter);
        return start >= 0 && indexOf(PRIORITY_WORDS, s.substring(start, end)) >= 0 ? start : -1;
    }

    private static boolean isDate(String s, int at) {
        for (int k = 0; k < 10; k++) {
            char c = s.charAt(at + k);
            if (k == 4 || k == 7 ? c != '-' : !isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitIds(String value) {
        List<String> ids = new ArrayList<>();
        for (String id : value.replace(" ", "").split(",")) {
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static boolean isIdChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '-' || c == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int indexOf(int[] values, int value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(String[] values, String value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k].equals(value)) {
                return k;
            }
        }
        return -1;
    }
}
