package com.actiontracker.runtime;

import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.schemas.AvroSerde;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The numbers the README records, measured on the whole embedded stack:
 * <ul>
 * <li>end-to-end latency from writing a note file to its OVERDUE alert on {@code tracker.alerts.overdue}, one change
 * at a time, so each latency is the pipeline's and not a queue's;</li>
 * <li>HTTP query latency and throughput with concurrent clients.</li>
 * </ul>
 */
public final class Benchmarks {

    private static final AvroSerde<OverdueAlert> ALERTS = AvroSerde.of(OverdueAlert.class);
    private static final List<String> OWNERS = List.of(
            "Ada",
            "Alan",
            "Barbara",
            "Claude",
            "Donald",
            "Edsger",
            "Frances",
            "Grace",
            "Hedy",
            "Ivan",
            "John",
            "Katherine",
            "Leslie",
            "Margaret",
            "Niklaus",
            "Ole",
            "Radia",
            "Shafi",
            "Tim",
            "Whitfield");

    private final EmbeddedPipeline pipeline;
    private final Path vault;
    private final PrintWriter out;
    private int written;

    public Benchmarks(EmbeddedPipeline pipeline, Path vault, PrintWriter out) {
        this.pipeline = pipeline;
        this.vault = vault;
        this.out = out;
    }

    /** Writes {@code changes} notes, each with one overdue task, and times each one to its alert. */
    public long[] fileToAlert(int changes) throws IOException, InterruptedException, TimeoutException {
        String topic = pipeline.config().topics().alertsOverdue();
        long[] micros = new long[changes];
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        pipeline.bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            LocalDate due = LocalDate.now().minusDays(2);
            for (int n = 0; n < changes; n++) {
                int i = written++;
                String text = "Benchmark task " + i;
                long start = System.nanoTime();
                Files.writeString(
                        vault.resolve("bench-" + i + ".md"),
                        "---\ndate: " + due.minusDays(1) + "\n---\n- [ ] " + text + " @" + OWNERS.get(i % OWNERS.size())
                                + " Bench 📅 " + due + "\n");
                micros[n] = awaitAlert(consumer, text, start) / 1000;
            }
        }
        return micros;
    }

    private static long awaitAlert(KafkaConsumer<byte[], byte[]> consumer, String text, long start)
            throws TimeoutException {
        long deadline = start + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(5))) {
                OverdueAlert alert = ALERTS.decode(record.value());
                if (alert.getType() == AlertType.OVERDUE && alert.getText().equals(text)) {
                    return System.nanoTime() - start;
                }
            }
        }
        throw new TimeoutException("No alert for '" + text + "' within 60 s");
    }

    /** {@code clients} threads send {@code requests} GETs in all, spread over the API's key-based and list reads. */
    public long[] queries(int clients, int requests) throws InterruptedException {
        String base = pipeline.url().orElseThrow(() -> new IllegalStateException("the web API is not served"));
        List<String> paths = new ArrayList<>();
        for (String owner : OWNERS) {
            paths.add("owners/"
                    + URLEncoder.encode(owner + " Bench", StandardCharsets.UTF_8)
                            .replace("+", "%20") + "/actions?status=overdue");
        }
        paths.add("owners");
        paths.add("decisions");
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(clients))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] micros = new long[requests];
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                for (int r = client; r < requests; r += clients) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(r % paths.size())))
                            .build();
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    micros[r] = (System.nanoTime() - start) / 1000;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        pool.shutdown();
        return micros;
    }

    /** p50 / p99 / max of a sample, in milliseconds. Sorting a few thousand numbers needs no histogram library. */
    public void print(String what, long[] micros, Duration elapsed) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        out.printf(
                Locale.ROOT,
                "%-34s n=%d  p50=%.1f ms  p99=%.1f ms  max=%.1f ms  (%.0f per second)%n",
                what,
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 99),
                sorted[sorted.length - 1] / 1000.0,
                sorted.length / (elapsed.toNanos() / 1e9));
        out.flush();
    }

    static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    /** A vault and data directory of their own, so the benchmark never touches the user's notes. */
    public static Map<String, String> settings(Path vault, Path data, long pollMs) {
        Map<String, String> settings = new HashMap<>();
        settings.put(TrackerConfig.INPUT_DIR, vault.toString());
        settings.put(TrackerConfig.DATA_DIR, data.toString());
        settings.put(TrackerConfig.INPUT_POLL_MS, Long.toString(pollMs));
        settings.put(TrackerConfig.HTTP_PORT, "0");
        return settings;
    }
}
