package com.actiontracker.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.actiontracker.runtime.BrokerNoiseFilter;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** {@code --verbose}: our INFO logs and Kafka's own, which are off by default. */
final class LoggingOptions {

    static boolean verbose;

    @Option(
            names = {"-v", "--verbose"},
            description = "Log what the tracker and Kafka are doing (to stderr).")
    void setVerbose(boolean value) {
        verbose = value;
        BrokerNoiseFilter.showAll(value);
        if (value) {
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
            ((Logger) LoggerFactory.getLogger("com.actiontracker")).setLevel(Level.INFO);
        }
    }
}
