package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrokerNoiseFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> shown = new ListAppender<>();

    BrokerNoiseFilterTest() {
        BrokerNoiseFilter filter = new BrokerNoiseFilter();
        filter.start();
        context.addTurboFilter(filter);
        shown.setContext(context);
        shown.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(shown);
    }

    @AfterEach
    void quietAgain() {
        BrokerNoiseFilter.showAll(false);
    }

    @Test
    void theRetriedSequenceErrorOfTheBrokerIsDroppedAndItsOtherErrorsAreNot() {
        Logger broker = context.getLogger(BrokerNoiseFilter.LOGGER);
        broker.error(
                "[ReplicaManager broker=1] Error processing append operation on partition x-0",
                new OutOfOrderSequenceException("Expected sequence 0 for transactions v2 idempotent producer"));
        broker.error(
                "[ReplicaManager broker=1] Error processing append operation on partition x-0",
                new IllegalStateException("disk full"));
        context.getLogger("com.actiontracker.Other").error("ours", new OutOfOrderSequenceException("not the broker's"));

        assertThat(shown.list)
                .extracting(e -> e.getThrowableProxy().getMessage())
                .containsExactly("disk full", "not the broker's");
    }

    @Test
    void verboseShowsItToo() {
        BrokerNoiseFilter.showAll(true);
        context.getLogger(BrokerNoiseFilter.LOGGER).error("append failed", new OutOfOrderSequenceException("retried"));

        assertThat(shown.list).hasSize(1);
    }
}
