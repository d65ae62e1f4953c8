package com.actiontracker.connect.slack;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.utils.Time;

/**
 * Keeps at least an interval between two messages to one channel: Slack allows about one message per second per
 * channel and answers bursts with 429s. Waiting here is cheaper than being told to wait.
 */
final class ChannelPacer {

    private final Time time;
    private final long intervalNanos;
    private final Map<String, Long> nextSlot = new HashMap<>();

    ChannelPacer(Time time, Duration interval) {
        this.time = time;
        this.intervalNanos = interval.toNanos();
    }

    /** Blocks until the channel may receive its next message, and takes that turn. */
    void awaitTurn(String channel) {
        String key = channel == null ? "" : channel;
        long now = time.nanoseconds();
        long slot = nextSlot.getOrDefault(key, now);
        if (slot > now) {
            time.sleep(Duration.ofNanos(slot - now).toMillis() + 1);
            now = time.nanoseconds();
        }
        nextSlot.put(key, now + intervalNanos);
    }
}
