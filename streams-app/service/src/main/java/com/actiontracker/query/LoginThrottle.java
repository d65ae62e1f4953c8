package com.actiontracker.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many wrong access tokens one client address may present (a login form post, a bearer header) before it has to
 * wait: {@code failures} within a {@code window} from its first wrong one, then nothing more is tried from that address
 * until the window ends, not even a right token, so guessing cannot go faster than {@code failures} per window. A
 * right token clears the address's count.
 *
 * <p>Written here rather than taken from a rate-limiting library: it is one counter per address on one endpoint's
 * failures, and the libraries (Bucket4j, Resilience4j) would add a dependency for less than this class. The table is
 * bounded ({@code addresses}, least recently failing dropped first), so a flood from many addresses costs memory for
 * at most that many.
 *
 * <p>Behind a reverse proxy every client has the proxy's address and shares one budget: the limit then protects the
 * token but one guesser can make everyone wait, which the README says.
 */
final class LoginThrottle {

    static final int FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int ADDRESSES = 10_000;

    private record Failures(Instant since, int count) {}

    private final Clock clock;
    private final int failures;
    private final Duration window;
    private final Map<String, Failures> byAddress;

    LoginThrottle(Clock clock, int failures, Duration window, int addresses) {
        this.clock = clock;
        this.failures = failures;
        this.window = window;
        this.byAddress = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > addresses;
            }
        };
    }

    static LoginThrottle standard() {
        return new LoginThrottle(Clock.systemUTC(), FAILURES, WINDOW, ADDRESSES);
    }

    /** How long this address still has to wait before its next try, if it has used up its wrong tries. */
    synchronized Optional<Duration> wait(String address) {
        Failures seen = current(address);
        if (seen == null || seen.count() < failures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.instant(), seen.since().plus(window)));
    }

    /** Counts a token this address presented: a wrong one against it, a right one clears its count. */
    synchronized boolean tried(String address, boolean right) {
        Failures seen = current(address);
        if (right) {
            byAddress.remove(address);
        } else {
            byAddress.put(
                    address,
                    seen == null ? new Failures(clock.instant(), 1) : new Failures(seen.since(), seen.count() + 1));
        }
        return right;
    }

    private Failures current(String address) {
        Failures seen = byAddress.get(address);
        if (seen != null && !clock.instant().isBefore(seen.since().plus(window))) {
            byAddress.remove(address);
            return null;
        }
        return seen;
    }
}
