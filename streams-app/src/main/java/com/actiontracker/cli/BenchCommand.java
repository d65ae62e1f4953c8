package com.actiontracker.cli;

import com.actiontracker.runtime.Benchmarks;
import com.actiontracker.runtime.Directories;
import com.actiontracker.runtime.EmbeddedPipeline;
import com.actiontracker.runtime.TrackerConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures the whole stack and prints the figures (README, "Performance"). */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure end-to-end latency (note file written -> alert on tracker.alerts.overdue) and HTTP query"
                + " latency under concurrent load, on the embedded stack in a temporary directory.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LoggingOptions logging;

    @Option(
            names = "--changes",
            defaultValue = "200",
            description = "File changes timed to their alert (default: ${DEFAULT-VALUE}).")
    int changes;

    @Option(
            names = "--clients",
            defaultValue = "16",
            description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--requests",
            defaultValue = "20000",
            description = "HTTP requests in all (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(
            names = "--poll-ms",
            defaultValue = "100",
            description = "The connector's folder scan interval (default: ${DEFAULT-VALUE}).")
    long pollMs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("tracker-bench-");
        Path vault = Files.createDirectories(dir.resolve("vault"));
        TrackerConfig config =
                TrackerConfig.load(new Properties(), Map.of(), Benchmarks.settings(vault, dir.resolve("data"), pollMs));
        out.printf(
                "Embedded stack: %d cores, folder scanned every %d ms, %s%n",
                Runtime.getRuntime().availableProcessors(),
                pollMs,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.serving(0))) {
            Benchmarks bench = new Benchmarks(pipeline, vault, out);
            bench.fileToAlert(Math.min(20, changes));
            long start = System.nanoTime();
            long[] e2e = bench.fileToAlert(changes);
            bench.print("file change -> overdue alert", e2e, Duration.ofNanos(System.nanoTime() - start));
            bench.queries(clients, Math.min(2000, requests));
            start = System.nanoTime();
            long[] queries = bench.queries(clients, requests);
            bench.print("HTTP queries, " + clients + " clients", queries, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            Directories.deleteTree(dir);
        }
        return 0;
    }
}
