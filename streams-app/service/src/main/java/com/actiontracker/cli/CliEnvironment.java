package com.actiontracker.cli;

import java.util.Map;

/**
 * The environment the commands read their settings from: the process's, except in tests, which cannot set a JVM's
 * environment variables and put a map here instead (and take it back).
 */
final class CliEnvironment {

    private static volatile Map<String, String> variables = System.getenv();

    private CliEnvironment() {}

    static Map<String, String> get() {
        return variables;
    }

    /** For tests: the environment the commands see until {@link #reset}. */
    static void use(Map<String, String> environment) {
        variables = Map.copyOf(environment);
    }

    static void reset() {
        variables = System.getenv();
    }
}
