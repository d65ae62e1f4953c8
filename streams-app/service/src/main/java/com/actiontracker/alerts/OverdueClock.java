package com.actiontracker.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day against which "overdue" is judged: the calendar day of an instant in the owner's time zone in service
 * mode, or the fixed as-of day of a report.
 */
public sealed interface OverdueClock {

    LocalDate dayAt(Instant instant);

    ZoneId zone();

    record Zoned(ZoneId zone) implements OverdueClock {
        @Override
        public LocalDate dayAt(Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }
    }

    record Fixed(LocalDate day, ZoneId zone) implements OverdueClock {
        @Override
        public LocalDate dayAt(Instant instant) {
            return day;
        }
    }
}
