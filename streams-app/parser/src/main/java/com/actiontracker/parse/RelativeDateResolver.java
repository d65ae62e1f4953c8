package com.actiontracker.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the deadline phrases of spoken commitments into dates, counted from the meeting date:
 * <ul>
 * <li>"today", "tonight", "by end of day": the meeting date; "tomorrow": the day after</li>
 * <li>"by Friday", "on Monday", "this Thursday": the next such day after the meeting; "next Monday": that day of the
 *     following week</li>
 * <li>"this week", "by the end of the week": the Friday of the meeting's week (or the meeting date at a weekend);
 *     "next week": the Friday of the following week; "in two weeks", "in 3 days", "in about a week", "the
 *     neighborhood of a week", "over the next couple of weeks": that many days on; "in ten minutes", "in an hour": the
 *     meeting date</li>
 * <li>"by January", "before March", "in February", "for February": the first of the next such month (as the gold
 *     annotations read them); "by the end of January": its last day; "before Christmas": 24 December;
 *     "end of the month": the last day of the meeting's month; "by December 5th": the next such date</li>
 * </ul>
 * The first phrase in the text wins.
 */
final class RelativeDateResolver {

    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MONTH =
            "january|february|march|april|may|june|july|august|september|october|november|december";
    /** The counts {@link #number} reads. */
    private static final String COUNT = "\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten";
    /** "in about a week": how people soften a count. */
    private static final String ROUGHLY = "(?:(?:about|around|roughly|maybe|like) )?";

    private static final Pattern PHRASE = Pattern.compile(
            "\\b(?:"
                    + "(?<today>today|tonight|(?:by )?(?:the )?end of (?:the )?day|eod)"
                    + "|(?<tomorrow>tomorrow)"
                    + "|next (?<nextDay>" + WEEKDAY + ")"
                    + "|(?:by|on|this|before|until) (?<onDay>" + WEEKDAY + ")"
                    + "|(?<thisWeek>this week|(?:by )?(?:the )?end of (?:the |this )?week)"
                    + "|(?<nextWeek>next week)"
                    + "|(?<soon>in " + ROUGHLY + "(?:" + COUNT + "|a few|fifteen|twenty|thirty|forty-five)"
                    + " (?:minutes?|hours?))"
                    + "|(?:in|within|over) (?:the next |the following )?(?:a )?couple of (?<coupleUnit>days|weeks)"
                    + "|(?:in|within|(?:the )?neighbou?rhood of) " + ROUGHLY + "(?<count>" + COUNT
                    + ") (?<unit>days?|weeks?)"
                    + "|(?:by|before) (?<christmas>christmas)"
                    + "|(?<monthEnd>(?:by )?(?:the )?end of (?:the |this )?month)"
                    + "|(?:by )?(?:the )?end of (?<endOf>" + MONTH + ")"
                    + "|(?:by|on|before) (?<dateMonth>" + MONTH + ") (?<dateDay>\\d{1,2})(?:st|nd|rd|th)?"
                    + "|(?:by|before|until|in|for) (?<byMonth>" + MONTH + ")(?! \\d)"
                    + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private RelativeDateResolver() {}

    static Optional<LocalDate> resolve(String text, LocalDate meeting) {
        if (meeting == null) {
            return Optional.empty();
        }
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = dateOf(m, meeting);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dateOf(Matcher m, LocalDate meeting) {
        if (m.group("today") != null) {
            return Optional.of(meeting);
        }
        if (m.group("tomorrow") != null) {
            return Optional.of(meeting.plusDays(1));
        }
        if (m.group("nextDay") != null) {
            LocalDate nextMonday = meeting.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return Optional.of(nextMonday.with(TemporalAdjusters.nextOrSame(weekday(m.group("nextDay")))));
        }
        if (m.group("onDay") != null) {
            return Optional.of(meeting.with(TemporalAdjusters.next(weekday(m.group("onDay")))));
        }
        if (m.group("thisWeek") != null) {
            return Optional.of(
                    meeting.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) > 0
                            ? meeting
                            : meeting.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        }
        if (m.group("nextWeek") != null) {
            return Optional.of(
                    meeting.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(4));
        }
        if (m.group("soon") != null) {
            return Optional.of(meeting);
        }
        if (m.group("coupleUnit") != null) {
            return Optional.of(after(2, m.group("coupleUnit"), meeting));
        }
        if (m.group("count") != null) {
            return Optional.of(after(number(m.group("count")), m.group("unit"), meeting));
        }
        if (m.group("christmas") != null) {
            LocalDate eve = LocalDate.of(meeting.getYear(), Month.DECEMBER, 24);
            return Optional.of(eve.isBefore(meeting) ? eve.plusYears(1) : eve);
        }
        if (m.group("monthEnd") != null) {
            return Optional.of(meeting.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (m.group("endOf") != null) {
            return Optional.of(nextFirstOf(month(m.group("endOf")), meeting).with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (m.group("dateMonth") != null) {
            try {
                LocalDate date = LocalDate.of(
                        meeting.getYear(), month(m.group("dateMonth")), Integer.parseInt(m.group("dateDay")));
                return Optional.of(date.isBefore(meeting) ? date.plusYears(1) : date);
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(nextFirstOf(month(m.group("byMonth")), meeting));
    }

    /** The month's next first day after the meeting ("by January" said in October: 1 January of the next year). */
    private static LocalDate nextFirstOf(Month month, LocalDate meeting) {
        LocalDate first = LocalDate.of(meeting.getYear(), month, 1);
        return first.isAfter(meeting) ? first : first.plusYears(1);
    }

    private static LocalDate after(int count, String unit, LocalDate meeting) {
        return unit.toLowerCase(Locale.ROOT).startsWith("week") ? meeting.plusWeeks(count) : meeting.plusDays(count);
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static int number(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.parseInt(text);
        };
    }
}
