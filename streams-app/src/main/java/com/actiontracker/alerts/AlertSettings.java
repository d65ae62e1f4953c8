package com.actiontracker.alerts;

import java.time.Duration;
import java.time.LocalTime;

/**
 * How alerting behaves.
 *
 * @param checkInterval how often the wall-clock punctuation looks for newly overdue items and due reminders
 * @param repeatInterval how long an alert stays quiet before a REMINDER, while its action stays overdue
 * @param digestTime    local time of the daily digest, in the clock's zone
 * @param dueSoonDays   an action due within this many days (today included) is "due soon" in a digest
 */
public record AlertSettings(OverdueClock clock, Duration checkInterval, Duration repeatInterval, LocalTime digestTime,
                            int dueSoonDays) {
}
