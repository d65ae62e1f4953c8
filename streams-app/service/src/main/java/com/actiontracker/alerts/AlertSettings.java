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
 * @param groupWait     how long a new overdue alert is held before it is sent (Alertmanager's group_wait), so that a
 *                      burst of input settles (its owner resolved) and one owner's alerts go out together; zero sends
 *                      at once
 */
public record AlertSettings(
        OverdueClock clock,
        Duration checkInterval,
        Duration repeatInterval,
        LocalTime digestTime,
        int dueSoonDays,
        Duration groupWait) {

    /** How often held alerts are looked at when no input comes: often enough that none waits much past the wait. */
    public Duration releaseInterval() {
        return Duration.ofMillis(Math.max(100, groupWait.toMillis() / 2));
    }
}
