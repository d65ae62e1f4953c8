package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(1), 2);

    @Test
    void anAddressWaitsOnlyOnceItHasUsedUpItsWrongTriesAndUntilTheWindowFromTheFirstOneEnds() {
        throttle.tried("10.0.0.1", false);
        clock.advance(Duration.ofSeconds(20));
        throttle.tried("10.0.0.1", false);
        assertThat(throttle.wait("10.0.0.1")).as("two of three").isEmpty();

        throttle.tried("10.0.0.1", false);

        assertThat(throttle.wait("10.0.0.1")).hasValue(Duration.ofSeconds(40));
        assertThat(throttle.wait("10.0.0.2")).as("another address").isEmpty();
        clock.advance(Duration.ofSeconds(40));
        assertThat(throttle.wait("10.0.0.1")).as("the window is over").isEmpty();
        throttle.tried("10.0.0.1", false);
        assertThat(throttle.wait("10.0.0.1")).as("a new window counts from one").isEmpty();
    }

    @Test
    void aRightTokenClearsTheCount() {
        throttle.tried("10.0.0.1", false);
        throttle.tried("10.0.0.1", false);
        throttle.tried("10.0.0.1", true);
        throttle.tried("10.0.0.1", false);
        throttle.tried("10.0.0.1", false);

        assertThat(throttle.wait("10.0.0.1")).isEmpty();
    }

    @Test
    void theTableKeepsAtMostItsBoundOfAddressesDroppingTheLeastRecentlySeen() {
        for (int i = 0; i < 3; i++) {
            throttle.tried("10.0.0.1", false);
        }
        throttle.tried("10.0.0.2", false);
        throttle.tried("10.0.0.3", false);

        assertThat(throttle.wait("10.0.0.1"))
                .as("dropped for two newer addresses: the bound costs a guesser's memory, not a limit")
                .isEmpty();
    }
}
