package com.actiontracker.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.slf4j.Marker;

/**
 * Drops the embedded broker's one ERROR that is no error: with transactions v2 it logs an
 * {@code OutOfOrderSequenceException} ("Expected sequence 0 for transactions v2 idempotent producer with no existing
 * state") when a producer's first batches arrive out of order, and the producer retries (KAFKA-18202; FACTS.md). Every
 * other message of that logger passes, and with {@code --verbose} this one does too. A turbo filter, so that the
 * message is dropped before any appender sees it.
 */
public final class BrokerNoiseFilter extends TurboFilter {

    static final String LOGGER = "kafka.server.ReplicaManager";
    private static volatile boolean verbose;

    /** {@code --verbose}: show everything. */
    public static void showAll(boolean all) {
        verbose = all;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (verbose || logger == null || !LOGGER.equals(logger.getName()) || level != Level.ERROR) {
            return FilterReply.NEUTRAL;
        }
        return isRetriedSequenceError(format, t) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static boolean isRetriedSequenceError(String message, Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfOrderSequenceException) {
                return true;
            }
        }
        return message != null && message.contains("OutOfOrderSequenceException");
    }
}
