package com.actiontracker.runtime;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Tells whether a Kafka Streams application (or any consumer group: a sink connector's is {@code connect-<name>})
 * has processed everything in its input topics, repartition topics included. An exactly-once application's committed
 * offset can stay just below the end of a partition whose last entry is a transaction marker, not a record; such a gap
 * is checked by reading it, so "caught up" means no unprocessed record, exactly.
 *
 * <p>A partition with a transaction still open is never caught up. When a transaction commits, its coordinator writes
 * the commit markers to every partition it touched in parallel: the group's new offsets (a marker on
 * {@code __consumer_offsets}) can become visible while the records the same transaction wrote to the app's own input
 * topics are still invisible to read-committed readers. Read in that instant, the inputs looked processed and the
 * outputs looked absent; the open transaction (last stable offset below the high watermark) is what gives it away.
 */
public final class CatchUpWatcher implements AutoCloseable {

    private final Admin admin;
    private final String applicationId;
    private final KafkaConsumer<byte[], byte[]> probe;

    /** What else a caller waits for, checked against Kafka like the rest. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws ExecutionException, InterruptedException, TimeoutException;
    }

    /**
     * How far the application is through its source topics: offsets it has committed past, of those the topics hold
     * (from their first retained offset). Offsets, not records: an exactly-once topic also holds transaction markers,
     * so the figures are a little above the record counts, and equal when it is through.
     */
    public record Progress(long processed, long total) {

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, processed * 100 / total);
        }
    }

    /** Where the application is in its source topics now. */
    public Progress progress(Collection<String> inputTopics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        // Only the topics that exist: the source topics' list names internal topics the way the topology does.
        Set<String> existing = admin.listTopics().names().get().stream()
                .filter(inputTopics::contains)
                .collect(Collectors.toSet());
        admin.describeTopics(existing)
                .allTopicNames()
                .get()
                .forEach((name, description) -> description.partitions().forEach(p -> {
                    latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest());
                    earliest.put(new TopicPartition(name, p.partition()), OffsetSpec.earliest());
                }));
        Map<TopicPartition, Long> ends = endOffsets(latest, IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, Long> starts = endOffsets(earliest, IsolationLevel.READ_COMMITTED);
        long processed = 0;
        long total = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            long start = starts.getOrDefault(end.getKey(), 0L);
            OffsetAndMetadata done = committed.get(end.getKey());
            long position = done == null ? start : Math.max(start, Math.min(done.offset(), end.getValue()));
            processed += position - start;
            total += end.getValue() - start;
        }
        return new Progress(processed, total);
    }

    public CatchUpWatcher(String bootstrapServers, String applicationId) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
        this.applicationId = applicationId;
        this.probe = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    /**
     * @param inputTopics the application's source topics; its internal topics that it also reads (repartition topics,
     *                    foreign-key join subscription topics: every internal topic but the changelogs) are found by name
     */
    public boolean caughtUp(Collection<String> inputTopics) throws ExecutionException, InterruptedException {
        Set<String> topics = admin.listTopics().names().get().stream()
                .filter(t -> inputTopics.contains(t) || t.startsWith(applicationId + "-") && !t.endsWith("-changelog"))
                .collect(Collectors.toSet());
        // Committed offsets first, end offsets second: read the other way round, a transaction committed in between
        // could move a task's input past its last records while its output, newer than the end offsets read, went
        // unnoticed. Read this way, whatever the committed records produced is below the high watermarks read after,
        // and with no transaction open (last stable offset = high watermark) it is readable too.
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics)
                .allTopicNames()
                .get()
                .forEach((name, description) -> description
                        .partitions()
                        .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = endOffsets(latest, IsolationLevel.READ_COMMITTED);
        if (!ends.equals(endOffsets(latest, IsolationLevel.READ_UNCOMMITTED))) {
            return false;
        }
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            long position = done == null ? 0 : done.offset();
            if (position < end.getValue() && hasRecordsBetween(end.getKey(), position, end.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Polls until the app has caught up with its inputs and {@code alsoDone} holds (what else the caller waits for:
     * the connector having published every file, say).
     *
     * @param notDone what the timeout says ("Notes not processed"), before "within N s"
     */
    public void await(Collection<String> inputTopics, Condition alsoDone, Duration timeout, String notDone)
            throws ExecutionException, InterruptedException, TimeoutException {
        await(inputTopics, alsoDone, timeout, notDone, null);
    }

    /**
     * The same, telling {@code watching} about once a second whether {@code alsoDone} holds yet and how far the
     * application is; null: nobody is watching.
     */
    public void await(
            Collection<String> inputTopics,
            Condition alsoDone,
            Duration timeout,
            String notDone,
            BiConsumer<Boolean, Progress> watching)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long told = 0;
        boolean holds;
        while (!((holds = alsoDone.holds()) && caughtUp(inputTopics))) {
            boolean alsoHolds = holds;
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(notDone + " within " + timeout.toSeconds() + "s");
            }
            if (watching != null && System.nanoTime() - told > 1_000_000_000L) {
                progressIfKnown(inputTopics).ifPresent(p -> watching.accept(alsoHolds, p));
                told = System.nanoTime();
            }
            Thread.sleep(200);
        }
        if (watching != null) {
            // Caught up: what is left past the committed offsets are transaction markers, not records.
            progressIfKnown(inputTopics).ifPresent(p -> watching.accept(true, new Progress(p.total(), p.total())));
        }
    }

    /**
     * The progress, unless Kafka cannot tell it yet (a topic not created or its leader moving): a figure for a person,
     * which must never stop the wait it accompanies.
     */
    private Optional<Progress> progressIfKnown(Collection<String> inputTopics) throws InterruptedException {
        try {
            return Optional.of(progress(inputTopics));
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private Map<TopicPartition, Long> endOffsets(Map<TopicPartition, OffsetSpec> partitions, IsolationLevel isolation)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(partitions, new ListOffsetsOptions(isolation))
                .all()
                .get()
                .forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    private boolean hasRecordsBetween(TopicPartition partition, long from, long to) {
        probe.assign(List.of(partition));
        probe.seek(partition, from);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (probe.position(partition) < to && System.nanoTime() < deadline) {
            if (!probe.poll(Duration.ofMillis(100)).isEmpty()) {
                return true;
            }
        }
        return probe.position(partition) < to;
    }

    @Override
    public void close() {
        probe.close();
        admin.close();
    }
}
