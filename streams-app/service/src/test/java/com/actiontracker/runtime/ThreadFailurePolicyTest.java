package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailurePolicyTest {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aThreadIsReplacedUpToTheLimitThenTheClientShutsDown() {
        ThreadFailurePolicy policy = new ThreadFailurePolicy(3, Duration.ofMinutes(10), clock);
        RuntimeException fault = new IllegalStateException("store corrupted");

        for (int i = 0; i < 3; i++) {
            assertThat(policy.handle(fault)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
            now = now.plusSeconds(30);
        }
        assertThat(policy.handle(fault)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        ThreadFailurePolicy policy = new ThreadFailurePolicy(2, Duration.ofMinutes(10), clock);
        RuntimeException fault = new IllegalStateException("broker bounced");

        policy.handle(fault);
        policy.handle(fault);
        now = now.plus(Duration.ofMinutes(11));

        assertThat(policy.handle(fault))
                .as("a fault now and then, not a loop")
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void withNoReplacementsAllowedTheFirstFailureShutsDown() {
        assertThat(new ThreadFailurePolicy(0, Duration.ofMinutes(10), clock).handle(new RuntimeException("x")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
