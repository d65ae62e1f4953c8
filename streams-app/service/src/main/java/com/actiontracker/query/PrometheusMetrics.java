package com.actiontracker.query;

import com.actiontracker.topology.DeadLetterHandler;
import com.actiontracker.topology.StoreNames;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * {@code GET /metrics} in the Prometheus text format, for this instance: Micrometer's Prometheus registry with every
 * Kafka Streams, consumer and producer metric (its {@link KafkaStreamsMetrics} binder, as {@code kafka_*}), and the
 * tracker's own figures ({@code tracker_*}), some of them summed from those metrics.
 */
public final class PrometheusMetrics implements AutoCloseable {

    private static final List<String> STORES = List.of(
            StoreNames.RESOLVED_ACTIONS,
            StoreNames.OWNER_LEDGER,
            StoreNames.FINDINGS,
            StoreNames.PEOPLE,
            StoreNames.NOTE_INDEX,
            StoreNames.ALERTS,
            StoreNames.ALERT_CANDIDATES);

    private final KafkaStreams streams;
    /** Held here: a Micrometer gauge keeps only a weak reference to what it reads. */
    private final LocalStores stores;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreamsMetrics streamsMetrics;

    public PrometheusMetrics(KafkaStreams streams) {
        this.streams = streams;
        this.stores = new LocalStores(streams);
        Gauge.builder("tracker.streams.running", streams, s -> s.state() == KafkaStreams.State.RUNNING ? 1 : 0)
                .description("1 when this instance's Kafka Streams is RUNNING.")
                .register(registry);
        FunctionCounter.builder("tracker.records.processed", this, m -> m.sum("stream-thread-metrics", "process-total"))
                .description("Records processed by this instance's stream threads.")
                .register(registry);
        Gauge.builder(
                        "tracker.e2e.latency.max.ms",
                        this,
                        m -> m.max("stream-processor-node-metrics", "record-e2e-latency-max"))
                .description("Largest end-to-end latency (record timestamp to processing) seen by a processor node of"
                        + " this instance.")
                .register(registry);
        Gauge.builder(
                        "tracker.consumer.lag.max.records",
                        this,
                        m -> m.max("consumer-fetch-manager-metrics", "records-lag-max"))
                .description("Largest consumer lag of this instance's partitions.")
                .register(registry);
        FunctionCounter.builder("tracker.dead.letters", this, PrometheusMetrics::deadLetters)
                .description(
                        "Records this instance sent to the dead-letter topic (unreadable notes, records its handlers"
                                + " caught): what the report and tail of that topic show.")
                .register(registry);
        FunctionCounter.builder(
                        "tracker.dropped.records",
                        this,
                        m -> Math.max(0, m.sum("stream-task-metrics", "dropped-records-total") - m.handled()))
                .description("Records Kafka Streams' operators skipped on their own (a null key or foreign key), not"
                        + " dead letters.")
                .register(registry);
        FunctionCounter.builder(
                        "tracker.alerts.emitted", this, m -> m.sum("stream-tracker-metrics", "alert-emitted-total"))
                .description("Alert events this instance emitted.")
                .register(registry);
        for (String store : STORES) {
            Gauge.builder("tracker.store.entries", stores, s -> entries(s, store))
                    .tag("store", store)
                    .description("Approximate entries of each store in this instance's tasks.")
                    .register(registry);
        }
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
    }

    public String render() {
        return registry.scrape();
    }

    @Override
    public void close() {
        streamsMetrics.close();
        registry.close();
    }

    /** A store not open here yet (restoring, or not assigned) has no figure: NaN, as Prometheus reads it. */
    private static double entries(LocalStores stores, String store) {
        try {
            return stores.size(store);
        } catch (InvalidStateStoreException e) {
            return Double.NaN;
        }
    }

    private double deadLetters() {
        return sum("stream-tracker-metrics", "dead-letter-total") + handled();
    }

    private double handled() {
        return DeadLetterHandler.sent(applicationId());
    }

    /** Kafka Streams publishes its application id as a client metric (KIP-444). */
    private String applicationId() {
        return streams.metrics().entrySet().stream()
                .filter(e -> e.getKey().group().equals("stream-metrics")
                        && e.getKey().name().equals("application-id"))
                .map(e -> String.valueOf(e.getValue().metricValue()))
                .findFirst()
                .orElse("");
    }

    private double sum(String group, String name) {
        return values(group, name).stream().mapToDouble(Double::doubleValue).sum();
    }

    private double max(String group, String name) {
        return values(group, name).stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
    }

    private List<Double> values(String group, String name) {
        return streams.metrics().entrySet().stream()
                .filter(e ->
                        e.getKey().group().equals(group) && e.getKey().name().equals(name))
                .map(Map.Entry<MetricName, ? extends Metric>::getValue)
                .map(m -> m.metricValue() instanceof Number n ? n.doubleValue() : Double.NaN)
                .filter(v -> !v.isNaN() && !v.isInfinite())
                .toList();
    }
}
