package com.actiontracker.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.internals.Topic;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds transactions left open on the app's partitions that no transaction coordinator will ever finish, and aborts
 * them with the Admin API (KIP-664). A hanging transaction stops the partition's last stable offset: a
 * {@code read_committed} consumer (Kafka Streams restoring a store, a subscriber) reads no further, forever.
 *
 * <p>The test is the one of {@code kafka-transactions.sh find-hanging}: a partition holds an open transaction of a
 * producer, and the coordinator knows no transaction of that producer that includes the partition (it lists every
 * partition of an ongoing transaction, and those still waiting for their marker while it commits or aborts). Only
 * transactions open for longer than the transaction timeout are aborted, so that no race with a live producer is
 * possible. It is written here because that tool only prints a table: it has no API to call.
 */
public final class HangingTransactions {

    private static final Logger log = LoggerFactory.getLogger(HangingTransactions.class);

    /** An open transaction of one producer on one partition, as the partition leader describes it. */
    public record OpenTransaction(TopicPartition partition, ProducerState producer) {

        long startOffset() {
            return producer.currentTransactionStartOffset().orElse(-1);
        }
    }

    /** What was aborted, for the log and the console. */
    public record Aborted(
            TopicPartition partition,
            long producerId,
            int producerEpoch,
            long startOffset,
            String transactionalId,
            Duration stillOpenAfter) {

        public String describe() {
            return partition + " from offset " + startOffset + " (producer " + producerId + ", epoch " + producerEpoch
                    + (transactionalId == null ? "" : ", " + transactionalId) + ", still open "
                    + stillOpenAfter.toSeconds()
                    + "s after it was first seen)";
        }
    }

    private static final Duration COORDINATOR_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final Admin admin;
    private final Predicate<String> topics;
    private final Predicate<String> ownTransactionalIds;
    private final Duration transactionTimeout;
    private final Clock clock;

    /**
     * @param topics              the topics to look at (besides {@code __consumer_offsets})
     * @param ownTransactionalIds the app's transactional ids: only their transactions are aborted on
     *                            {@code __consumer_offsets}, which other applications share
     * @param transactionTimeout  the longest a live transaction of the app can stay open
     */
    public HangingTransactions(
            Admin admin,
            Predicate<String> topics,
            Predicate<String> ownTransactionalIds,
            Duration transactionTimeout,
            Clock clock) {
        this.admin = admin;
        this.topics = topics;
        this.ownTransactionalIds = ownTransactionalIds;
        this.transactionTimeout = transactionTimeout;
        this.clock = clock;
    }

    /**
     * The app's view: its topics ({@code tracker.topic.prefix}) and internal topics ({@code <application.id>-...}),
     * its transactional ids (Kafka Streams' {@code <application.id>-<process id>-<thread>}), its producers'
     * transaction timeout (Kafka Streams' default under exactly-once is 10 s).
     */
    public static HangingTransactions forApp(Admin admin, TrackerConfig config) {
        Properties streams = config.streamsProperties();
        String internal = streams.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + "-";
        String prefix = config.topics().prefix();
        long timeoutMs = Long.parseLong(streams.getProperty(
                "producer.transaction.timeout.ms", streams.getProperty("transaction.timeout.ms", "10000")));
        return new HangingTransactions(
                admin,
                name -> name.startsWith(prefix) || name.startsWith(internal),
                id -> id.startsWith(internal),
                Duration.ofMillis(timeoutMs),
                Clock.systemUTC());
    }

    /**
     * Aborts every hanging transaction. A transaction the coordinators do not list is only a suspect until later
     * looks find it still open at the same offset: a second look a moment later clears the races of the first (a
     * coordinator finishing it between the two calls, or still loading), and only what a last look finds one
     * transaction timeout after the first is aborted.
     */
    public List<Aborted> abortAll() throws ExecutionException, InterruptedException, TimeoutException {
        awaitCoordinators();
        Map<Long, String> transactionalIds = new HashMap<>();
        List<OpenTransaction> suspects = find(transactionalIds);
        long firstLook = clock.millis();
        // Waiting for time to pass, not for a condition: races settle within a moment, and a live transaction
        // cannot stay open longer than its timeout.
        for (long wait : new long[] {SETTLE.toMillis(), transactionTimeout.toMillis() - SETTLE.toMillis()}) {
            if (suspects.isEmpty()) {
                return List.of();
            }
            log.info("{} open transactions no coordinator lists; looking again in {} ms", suspects.size(), wait);
            Thread.sleep(Math.max(0, wait));
            Set<String> before = keys(suspects);
            transactionalIds.clear();
            suspects = find(transactionalIds).stream()
                    .filter(t -> before.contains(key(t)))
                    .toList();
        }
        List<Aborted> aborted = new ArrayList<>();
        for (OpenTransaction hanging : suspects) {
            ProducerState producer = hanging.producer();
            admin.abortTransaction(new AbortTransactionSpec(
                            hanging.partition(),
                            producer.producerId(),
                            (short) producer.producerEpoch(),
                            producer.coordinatorEpoch().orElse(-1)))
                    .all()
                    .get();
            Aborted done = new Aborted(
                    hanging.partition(),
                    producer.producerId(),
                    producer.producerEpoch(),
                    hanging.startOffset(),
                    transactionalIds.get(producer.producerId()),
                    Duration.ofMillis(clock.millis() - firstLook));
            log.warn("Aborted a hanging transaction on {}", done.describe());
            aborted.add(done);
        }
        return aborted;
    }

    private static Set<String> keys(List<OpenTransaction> transactions) {
        Set<String> keys = new HashSet<>();
        transactions.forEach(t -> keys.add(key(t)));
        return keys;
    }

    private static String key(OpenTransaction t) {
        return t.partition() + "/" + t.producer().producerId() + "/"
                + t.producer().producerEpoch() + "/" + t.startOffset();
    }

    /**
     * Waits until every partition of the transaction state has a leader and no coordinator is still loading: until
     * then a coordinator does not list the transactions it is about to finish.
     */
    private void awaitCoordinators() throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = clock.millis() + COORDINATOR_TIMEOUT.toMillis();
        while (true) {
            Set<String> internal = admin.listTopics(new ListTopicsOptions().listInternal(true))
                    .names()
                    .get();
            boolean led = !internal.contains(Topic.TRANSACTION_STATE_TOPIC_NAME)
                    || admin
                            .describeTopics(List.of(Topic.TRANSACTION_STATE_TOPIC_NAME))
                            .allTopicNames()
                            .get()
                            .get(Topic.TRANSACTION_STATE_TOPIC_NAME)
                            .partitions()
                            .stream()
                            .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
            if (led) {
                // Answers once no coordinator is loading (the Admin client retries COORDINATOR_LOAD_IN_PROGRESS).
                admin.listTransactions().all().get(COORDINATOR_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            if (clock.millis() > deadline) {
                throw new TimeoutException(
                        "the transaction state has no leader after " + COORDINATOR_TIMEOUT.toSeconds() + "s");
            }
            Thread.sleep(100);
        }
    }

    /** The hanging transactions now; fills in the transactional ids the coordinators know. */
    List<OpenTransaction> find(Map<Long, String> transactionalIds) throws ExecutionException, InterruptedException {
        List<OpenTransaction> open = open();
        if (open.isEmpty()) {
            return List.of();
        }
        Set<Long> producerIds = new HashSet<>();
        open.forEach(t -> producerIds.add(t.producer().producerId()));
        for (TransactionListing listing : admin.listTransactions(
                        new ListTransactionsOptions().filterProducerIds(producerIds))
                .all()
                .get()) {
            transactionalIds.put(listing.producerId(), listing.transactionalId());
        }
        Map<String, TransactionDescription> descriptions = transactionalIds.isEmpty()
                ? Map.of()
                : admin.describeTransactions(transactionalIds.values()).all().get();
        return hanging(open, transactionalIds, descriptions).stream()
                .filter(t ->
                        !Topic.GROUP_METADATA_TOPIC_NAME.equals(t.partition().topic())
                                || ownTransactionalIds.test(transactionalIds.getOrDefault(
                                        t.producer().producerId(), "")))
                .toList();
    }

    /**
     * The open transactions that no coordinator will finish: their producer has no transactional id any more, or the
     * coordinator's transaction of that producer does not include the partition.
     */
    static List<OpenTransaction> hanging(
            Collection<OpenTransaction> open,
            Map<Long, String> transactionalIds,
            Map<String, TransactionDescription> descriptions) {
        return open.stream()
                .filter(t -> {
                    String transactionalId = transactionalIds.get(t.producer().producerId());
                    TransactionDescription description =
                            transactionalId == null ? null : descriptions.get(transactionalId);
                    return description == null
                            || description.producerId() != t.producer().producerId()
                            || !description.topicPartitions().contains(t.partition());
                })
                .toList();
    }

    private List<OpenTransaction> open() throws ExecutionException, InterruptedException {
        Set<String> names = new HashSet<>();
        for (String name : admin.listTopics(new ListTopicsOptions().listInternal(true))
                .names()
                .get()) {
            if (topics.test(name) || Topic.GROUP_METADATA_TOPIC_NAME.equals(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return List.of();
        }
        List<TopicPartition> partitions = new ArrayList<>();
        for (TopicDescription topic :
                admin.describeTopics(names).allTopicNames().get().values()) {
            topic.partitions().forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
        }
        List<OpenTransaction> open = new ArrayList<>();
        admin.describeProducers(partitions)
                .all()
                .get()
                .forEach((partition, state) -> state.activeProducers().stream()
                        .filter(p -> p.currentTransactionStartOffset().isPresent())
                        .forEach(p -> open.add(new OpenTransaction(partition, p))));
        return open;
    }
}
