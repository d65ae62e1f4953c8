package com.actiontracker.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) as a signal the main thread waits for. The JVM's shutdown waits (a minute at most) until the
 * main thread has closed what it started, so Kafka, Connect and Streams stop cleanly.
 */
final class ShutdownSignal implements AutoCloseable {

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    private ShutdownSignal() {}

    static ShutdownSignal install() {
        ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            signal.requested.countDown();
                            try {
                                signal.finished.await(60, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "tracker-shutdown"));
        return signal;
    }

    /** @return true when a stop was requested within the time */
    boolean await(long time, TimeUnit unit) throws InterruptedException {
        return requested.await(time, unit);
    }

    void await() throws InterruptedException {
        requested.await();
    }

    /** The main thread has stopped everything: the JVM may exit. */
    @Override
    public void close() {
        finished.countDown();
    }
}
