package com.actiontracker.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** YYYY-MM-DD dates as notes write them, checked for existence (2025-13-45 is not a date). */
final class IsoDates {

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern LEADING = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

    private IsoDates() {}

    /** Exactly "YYYY-MM-DD"; empty when the text is not a real date. */
    static Optional<LocalDate> exact(String text) {
        return text.length() == 10 ? leading(text) : Optional.empty();
    }

    /** A date that starts the text ("2025-10-30", "2025-10-30T10:00"). */
    static Optional<LocalDate> leading(String text) {
        return first(LEADING.matcher(text));
    }

    /** The first real YYYY-MM-DD date anywhere in the text. */
    static Optional<LocalDate> find(String text) {
        return first(ISO.matcher(text));
    }

    /** The first real date anywhere in the text, as YYYY-MM-DD or YYYYMMDD (file names often use the latter). */
    static Optional<LocalDate> findInFileName(String text) {
        return find(text).or(() -> first(COMPACT.matcher(text)));
    }

    private static Optional<LocalDate> first(Matcher m) {
        while (m.find()) {
            Optional<LocalDate> date = of(m.group(1), m.group(2), m.group(3));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
