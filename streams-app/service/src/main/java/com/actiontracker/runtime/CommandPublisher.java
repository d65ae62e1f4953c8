package com.actiontracker.runtime;

import com.actiontracker.avro.ActionCommand;
import com.actiontracker.avro.ActionStatus;
import com.actiontracker.avro.CommandType;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.topology.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends a person's command about an action to the commands topic, after finding the action (by id or a unique
 * prefix of it) in the latest action states, so a typo is an error here rather than a dead letter later. One producer
 * serves every send; closing the publisher closes it.
 */
public final class CommandPublisher implements AutoCloseable {

    private static final AvroSerde<ActionStatus> STATUS = AvroSerde.of(ActionStatus.class);
    private static final AvroSerde<ActionCommand> COMMAND = AvroSerde.of(ActionCommand.class);

    private final String bootstrapServers;
    private final Topics topics;

    /** Created by the first send; null until then. */
    private KafkaProducer<String, byte[]> producer;

    public CommandPublisher(String bootstrapServers, Topics topics) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
                    new StringSerializer(),
                    new ByteArraySerializer());
        }
        return producer;
    }

    /** An id prefix that more than one action's id starts with; the matches let the user pick. */
    public static final class AmbiguousId extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final transient List<ActionStatus> matches;

        AmbiguousId(String prefix, List<ActionStatus> matches) {
            super("Id prefix " + prefix + " matches " + matches.size() + " actions: give more of the id");
            this.matches = matches;
        }

        /** The actions it matches, by id. */
        public List<ActionStatus> matches() {
            return matches;
        }
    }

    /** The action a full id or a unique id prefix names. */
    public ActionStatus find(String idOrPrefix) {
        return find(idOrPrefix, TopicReader.DEFAULT_REACH);
    }

    /**
     * As {@link #find(String)}, giving up with a Kafka {@code TimeoutException} when no broker answers within
     * {@code reach}.
     */
    public ActionStatus find(String idOrPrefix, Duration reach) {
        Map<String, ActionStatus> latest = new TreeMap<>();
        TopicReader.latestByKey(bootstrapServers, topics.actionsCurrent(), reach)
                .forEach((key, value) -> latest.put(key, STATUS.decode(value)));
        return named(idOrPrefix, latest);
    }

    /** Of these actions by id, the one a full id or a unique id prefix names. */
    static ActionStatus named(String idOrPrefix, Map<String, ActionStatus> byId) {
        if (byId.containsKey(idOrPrefix)) {
            return byId.get(idOrPrefix);
        }
        List<ActionStatus> matches = byId.values().stream()
                .filter(a -> a.getActionId().startsWith(idOrPrefix))
                .sorted(Comparator.comparing(ActionStatus::getActionId))
                .toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("No action with id " + idOrPrefix);
        }
        if (matches.size() > 1) {
            throw new AmbiguousId(idOrPrefix, matches);
        }
        return matches.get(0);
    }

    /**
     * @param owner         the new owner, for REASSIGN
     * @param effectiveDate the day it happened, for COMPLETE and CANCEL; today when null
     */
    public ActionCommand send(String actionId, CommandType type, String owner, LocalDate effectiveDate, String issuedBy)
            throws ExecutionException, InterruptedException {
        ActionCommand command = ActionCommand.newBuilder()
                .setCommandId(UUID.randomUUID().toString())
                .setActionId(actionId)
                .setType(type)
                .setOwner(owner)
                .setEffectiveDate(effectiveDate)
                .setIssuedAt(Instant.now())
                .setIssuedBy(issuedBy)
                .build();
        producer()
                .send(new ProducerRecord<>(topics.commands(), actionId, COMMAND.encode(command)))
                .get();
        return command;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
