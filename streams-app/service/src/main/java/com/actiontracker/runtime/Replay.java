package com.actiontracker.runtime;

import com.actiontracker.topology.Topics;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Prepares the app to rebuild every store from its retained inputs, as Kafka's application reset tool does, through
 * the Admin API: the inputs people write ({@code notes.raw}, {@code commands}) go back to the beginning (or to a
 * time), the topics the app both writes and reads skip to their end (it writes them again while it replays), its
 * internal topics (changelogs, repartition and foreign-key join topics) are deleted, and the local state is wiped.
 * Every instance must be stopped first: members still in the group are removed from it.
 *
 * <p>The Admin API rather than the tool itself ({@code StreamsResetter}): the tool is a command line whose outcome is
 * an exit code and a report on standard output, and it comes with the whole of {@code kafka-tools}.
 */
public final class Replay {

    /** The internal topics a Kafka Streams app creates, after its application id and a dash. */
    private static final List<String> INTERNAL_SUFFIXES =
            List.of("-changelog", "-repartition", "-subscription-registration-topic", "-subscription-response-topic");

    private Replay() {}

    /**
     * @param toDateTime replay only what was written from then on, a time in UTC (the state then starts empty),
     *                   instead of everything
     */
    public static void reset(TrackerConfig config, Optional<LocalDateTime> toDateTime) throws IOException {
        String applicationId = config.streamsProperties().getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        Topics topics = config.topics();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()))) {
            removeMembers(admin, applicationId);
            Map<TopicPartition, OffsetSpec> seek = new HashMap<>();
            OffsetSpec inputsFrom = toDateTime
                    .map(t ->
                            OffsetSpec.forTimestamp(t.toInstant(ZoneOffset.UTC).toEpochMilli()))
                    .orElse(OffsetSpec.earliest());
            partitions(admin, List.of(topics.rawNotes(), topics.commands())).forEach(p -> seek.put(p, inputsFrom));
            partitions(
                            admin,
                            List.of(
                                    topics.actionEvents(),
                                    topics.decisions(),
                                    topics.risks(),
                                    topics.questions(),
                                    topics.personMentions(),
                                    topics.people()))
                    .forEach(p -> seek.put(p, OffsetSpec.latest()));
            admin.alterConsumerGroupOffsets(applicationId, offsets(admin, seek))
                    .all()
                    .get();
            List<String> internal = admin.listTopics().names().get().stream()
                    .filter(name -> isInternal(applicationId, name))
                    .toList();
            admin.deleteTopics(internal).all().get();
        } catch (ExecutionException e) {
            throw new IOException(
                    "The application reset failed (are all instances stopped?): "
                            + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The application reset was interrupted", e);
        }
        Directories.deleteTree(config.stateDirectory());
    }

    static boolean isInternal(String applicationId, String topic) {
        return topic.startsWith(applicationId + "-")
                && INTERNAL_SUFFIXES.stream().anyMatch(topic::endsWith);
    }

    /**
     * Members that stay in the group after their instance stopped (static membership keeps a stopped member for its
     * session timeout, 45 s) are removed, as the reset tool's {@code --force} does; this is why every instance must be
     * stopped first.
     */
    private static void removeMembers(Admin admin, String applicationId)
            throws ExecutionException, InterruptedException {
        ConsumerGroupDescription group =
                admin.describeConsumerGroups(List.of(applicationId)).all().get().get(applicationId);
        if (group != null && !group.members().isEmpty()) {
            admin.removeMembersFromConsumerGroup(applicationId, new RemoveMembersFromConsumerGroupOptions())
                    .all()
                    .get();
        }
    }

    private static List<TopicPartition> partitions(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException {
        Map<String, TopicDescription> described =
                admin.describeTopics(topics).allTopicNames().get();
        return described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
    }

    /** Where each partition is sought to; a time after its last record means its end, as the reset tool does. */
    private static Map<TopicPartition, OffsetAndMetadata> offsets(Admin admin, Map<TopicPartition, OffsetSpec> seek)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found =
                admin.listOffsets(seek).all().get();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = null;
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : found.entrySet()) {
            long offset = e.getValue().offset();
            if (offset < 0) {
                if (ends == null) {
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    seek.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
                    ends = admin.listOffsets(latest).all().get();
                }
                offset = ends.get(e.getKey()).offset();
            }
            offsets.put(e.getKey(), new OffsetAndMetadata(offset));
        }
        return offsets;
    }
}
