package com.actiontracker.runtime;

import com.actiontracker.topology.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the app's topics with the retention each one needs, and refuses to start when a topic people write has
 * more than one partition (notes and commands must be read in one order).
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final String FOREVER = "-1";
    private static final Optional<Integer> ONE = Optional.of(1);

    /**
     * A topic and the configuration it is created with.
     *
     * @param partitions a fixed partition count, or empty for {@code tracker.topic.partitions}
     */
    public record TopicSpec(String name, Map<String, String> configs, String purpose, Optional<Integer> partitions) {
        TopicSpec(String name, Map<String, String> configs, String purpose) {
            this(name, configs, purpose, Optional.empty());
        }
    }

    private TopicProvisioner() {}

    /** Every topic the app reads or writes, with its retention policy (documented in the README). */
    public static List<TopicSpec> specs(Topics topics) {
        return List.of(
                new TopicSpec(
                        topics.rawNotes(),
                        retention(FOREVER),
                        "every revision of every note, kept forever: a replay re-derives everything from it",
                        ONE),
                new TopicSpec(
                        topics.commands(),
                        retention(FOREVER),
                        "people's commands are input that no note holds: kept forever for replays",
                        ONE),
                new TopicSpec(topics.actionEvents(), retention(days(7)), "derived from notes.raw and commands"),
                new TopicSpec(topics.decisions(), retention(days(7)), "derived from notes.raw"),
                new TopicSpec(topics.risks(), retention(days(7)), "derived from notes.raw"),
                new TopicSpec(topics.questions(), retention(days(7)), "derived from notes.raw"),
                new TopicSpec(topics.personMentions(), retention(days(7)), "derived from notes.raw"),
                new TopicSpec(topics.people(), compacted(), "who each written name means"),
                new TopicSpec(topics.actionStatus(), retention(FOREVER), "the audit trail of status changes"),
                new TopicSpec(topics.actionsCurrent(), compacted(), "latest state per action"),
                new TopicSpec(topics.deadLetters(), retention(days(90)), "kept long enough for someone to look"),
                new TopicSpec(topics.alertsOverdue(), retention(days(30)), "alert events for subscribers"),
                new TopicSpec(topics.overdueCurrent(), compacted(), "current overdue set, tombstone on resolve"),
                new TopicSpec(topics.digest(), retention(days(30)), "daily digest per owner"),
                new TopicSpec(topics.slackDelivered(), compacted(), "the Slack sink's delivery log", ONE),
                new TopicSpec(topics.slackDeadLetters(), retention(days(90)), "alerts Slack rejected", ONE));
    }

    public static void ensure(Admin admin, Topics topics, int partitions, short replicationFactor)
            throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = new ArrayList<>();
        for (TopicSpec spec : specs(topics)) {
            if (!existing.contains(spec.name())) {
                missing.add(new NewTopic(
                                spec.name(),
                                Optional.of(spec.partitions().orElse(partitions)),
                                replicationFactor < 0 ? Optional.empty() : Optional.of(replicationFactor))
                        .configs(spec.configs()));
            }
        }
        for (NewTopic topic : missing) {
            try {
                admin.createTopics(List.of(topic)).all().get();
                log.info("Created topic {}", topic.name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        checkSinglePartition(admin, topics.ordered());
    }

    private static void checkSinglePartition(Admin admin, List<String> names)
            throws ExecutionException, InterruptedException {
        Map<String, TopicDescription> described =
                admin.describeTopics(names).allTopicNames().get();
        Map<String, Integer> counts = described.values().stream()
                .collect(Collectors.toMap(
                        TopicDescription::name, d -> d.partitions().size()));
        if (counts.values().stream().anyMatch(count -> count != 1)) {
            throw new IllegalStateException("The topics people write must have one partition each, so that notes and"
                    + " commands are read in one order, but " + counts + "; recreate them");
        }
    }

    private static Map<String, String> retention(String ms) {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG,
                ms,
                TopicConfig.RETENTION_BYTES_CONFIG,
                FOREVER);
    }

    private static Map<String, String> compacted() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }

    private static String days(int days) {
        return Long.toString(Duration.ofDays(days).toMillis());
    }
}
