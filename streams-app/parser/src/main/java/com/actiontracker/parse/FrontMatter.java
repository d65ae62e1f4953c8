package com.actiontracker.parse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML block at the top of a note, as loaded.
 *
 * @param lineCount how many lines of the file the block takes, fences included; 0 when the note has none
 * @param values    the top-level mapping; empty when the block is absent or could not be loaded
 * @param warnings  why the block could not be loaded
 */
record FrontMatter(int lineCount, Map<String, Object> values, List<String> warnings) {

    static final FrontMatter NONE = new FrontMatter(0, Map.of(), List.of());

    FrontMatter {
        values = Map.copyOf(values);
        warnings = List.copyOf(warnings);
    }

    /** The value at a dotted path ("entities.people"), or null. */
    Object value(String path) {
        Object current = values;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    /** A scalar value as text; empty for absent, blank and non-scalar values. */
    Optional<String> text(String path) {
        Object value = value(path);
        if (value instanceof Map<?, ?> || value instanceof Collection<?> || value == null) {
            return Optional.empty();
        }
        String text = value instanceof Date date
                ? toLocalDate(date).toString()
                : value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * Every scalar under the path, lists flattened: an unquoted {@code [[Name]]} in YAML is a list inside a list.
     */
    List<String> texts(String path) {
        List<String> out = new ArrayList<>();
        collect(value(path), out);
        return out;
    }

    private static void collect(Object value, List<String> out) {
        if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, out));
        } else if (value != null && !(value instanceof Map<?, ?>)) {
            String text = value.toString().strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
    }

    /** A date value: a YYYY-MM-DD string (a time after it is ignored) or an explicitly tagged YAML timestamp. */
    Optional<LocalDate> date(String path) {
        Object value = value(path);
        if (value instanceof Date date) {
            return Optional.of(toLocalDate(date));
        }
        return text(path).flatMap(IsoDates::leading);
    }

    private static LocalDate toLocalDate(Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }
}
