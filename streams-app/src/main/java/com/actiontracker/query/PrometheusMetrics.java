package com.actiontracker.query;

import com.actiontracker.topology.StoreNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * {@code GET /metrics} in the Prometheus text format (version 0.0.4), for this instance: Kafka Streams' own metrics
 * and our counters registered with them (group {@code stream-tracker-metrics}).
 */
public final class PrometheusMetrics {

    private static final List<String> STORES = List.of(StoreNames.RESOLVED_ACTIONS,
            StoreNames.OWNER_LEDGER, StoreNames.FINDINGS, StoreNames.PEOPLE,
            StoreNames.NOTE_INDEX, StoreNames.ALERTS, StoreNames.ALERT_CANDIDATES);

    private final KafkaStreams streams;
    private final LocalStores stores;
    public PrometheusMetrics(KafkaStreams streams) {
        this.streams = streams;
        this.stores = new LocalStores(streams);
    }

    public String render() {
        StringBuilder out = new StringBuilder(2048);
        metric(out, "tracker_streams_running", "gauge", "1 when this instance's Kafka Streams is RUNNING.",
                streams.state() == KafkaStreams.State.RUNNING ? 1 : 0);
        metric(out, "tracker_records_processed_total", "counter", "Records processed by this instance's stream threads.",
                sum("stream-thread-metrics", "process-total"));
        metric(out, "tracker_e2e_latency_max_ms", "gauge",
                "Largest end-to-end latency (record timestamp to processing) seen by a processor node of this instance.",
                max("stream-processor-node-metrics", "record-e2e-latency-max"));
        metric(out, "tracker_consumer_lag_max_records", "gauge", "Largest consumer lag of this instance's partitions.",
                max("consumer-fetch-manager-metrics", "records-lag-max"));
        long handled = com.actiontracker.topology.DeadLetterHandler.sent(applicationId());
        metric(out, "tracker_dead_letters_total", "counter",
                "Records this instance sent to the dead-letter topic (unreadable notes, records its handlers caught):"
                        + " what the report and tail of that topic show.",
                sum("stream-tracker-metrics", "dead-letter-total") + handled);
        metric(out, "tracker_dropped_records_total", "counter",
                "Records Kafka Streams' operators skipped on their own (a null key or foreign key), not dead letters.",
                Math.max(0, sum("stream-task-metrics", "dropped-records-total") - handled));
        metric(out, "tracker_alerts_emitted_total", "counter", "Alert events this instance emitted.",
                sum("stream-tracker-metrics", "alert-emitted-total"));
        out.append("# HELP tracker_store_entries Approximate entries of each store in this instance's tasks.\n")
                .append("# TYPE tracker_store_entries gauge\n");
        for (String store : STORES) {
            long size;
            try {
                size = stores.size(store);
            } catch (InvalidStateStoreException e) {
                continue;
            }
            out.append("tracker_store_entries{store=\"").append(store).append("\"} ").append(size).append('\n');
        }
        return out.toString();
    }

    private static void metric(StringBuilder out, String name, String type, String help, double value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n')
                .append(name).append(' ').append(format(value)).append('\n');
    }

    /** Kafka Streams publishes its application id as a client metric (KIP-444). */
    private String applicationId() {
        return streams.metrics().entrySet().stream()
                .filter(e -> e.getKey().group().equals("stream-metrics") && e.getKey().name().equals("application-id"))
                .map(e -> String.valueOf(e.getValue().metricValue())).findFirst().orElse("");
    }

    private double sum(String group, String name) {
        return values(group, name).stream().mapToDouble(Double::doubleValue).sum();
    }

    private double max(String group, String name) {
        return values(group, name).stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private List<Double> values(String group, String name) {
        return streams.metrics().entrySet().stream()
                .filter(e -> e.getKey().group().equals(group) && e.getKey().name().equals(name))
                .map(Map.Entry<MetricName, ? extends Metric>::getValue)
                .map(m -> m.metricValue() instanceof Number n ? n.doubleValue() : Double.NaN)
                .filter(v -> !v.isNaN() && !v.isInfinite())
                .toList();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.3f", value);
    }
}
