package com.actiontracker.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to do when a stream thread dies of an exception nothing handled (records that cannot be processed are dead
 * letters and never get here): replace it, because a transient fault (a broker bounce) should not stop the tracker,
 * but not forever. A fault that kills every replacement would otherwise spin while {@code /health} said RUNNING; after
 * {@code maxReplacements} within {@code window} the client is shut down, its state becomes ERROR, and {@code /health}
 * answers 503 so that a supervisor restarts or alerts.
 */
public final class ThreadFailurePolicy implements StreamsUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ThreadFailurePolicy.class);

    private final int maxReplacements;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();

    public ThreadFailurePolicy(int maxReplacements, Duration window, Clock clock) {
        this.maxReplacements = maxReplacements;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable exception) {
        Instant now = clock.instant();
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
            recent.removeFirst();
        }
        if (recent.size() >= maxReplacements) {
            log.error(
                    "Stream thread failed again after {} replacements within {}; shutting the streams client down"
                            + " (/health now answers 503)",
                    recent.size(),
                    window,
                    exception);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        recent.addLast(now);
        log.error(
                "Stream thread failed; replacing it ({} of {} within {})",
                recent.size(),
                maxReplacements,
                window,
                exception);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
