package com.actiontracker.connect.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.avro.PersonMention;
import com.actiontracker.avro.SourceRef;
import com.actiontracker.connect.avro.TrackerAvroConverter;
import com.actiontracker.schemas.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Slack sink in the real Connect runtime (a distributed worker on a real KRaft broker) against the fake Slack
 * server: delivery, a 429 storm, 5xx answers, a rejected message to the dead-letter topic, and a worker restart with
 * rewound offsets that posts nothing twice.
 */
class SlackSinkConnectorIT {

    private static final AvroSerde<OverdueAlert> ALERTS = AvroSerde.of(OverdueAlert.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static EmbeddedConnectCluster connect;
    private static KafkaProducer<byte[], byte[]> producer;

    private FakeSlack slack;
    private String name;
    private String topic;

    @BeforeAll
    static void startConnect() {
        Map<String, String> worker = new HashMap<>();
        worker.put("key.converter", StringConverter.class.getName());
        worker.put("value.converter", TrackerAvroConverter.class.getName());
        worker.put("plugin.discovery", "service_load");
        // Offset commits are when the sink expires old deliveries without new alerts.
        worker.put("offset.flush.interval.ms", "500");
        connect = new EmbeddedConnectCluster.Builder()
                .name("slack-it")
                .numWorkers(1)
                .workerProps(worker)
                .build();
        connect.start();
        producer = connect.kafka().createProducer(Map.of());
    }

    @AfterAll
    static void stopConnect() {
        producer.close();
        connect.stop();
    }

    @BeforeEach
    void startSlack() throws Exception {
        slack = FakeSlack.start().channel("C0LIOR").user("U0JASON");
        name = "slack-" + System.nanoTime();
        topic = "tracker.alerts.overdue." + name;
        connect.kafka().createTopic(topic, 1);
    }

    @AfterEach
    void stopSlack() {
        connect.deleteConnector(name);
        slack.close();
    }

    @Test
    void everyAlertIsPostedOnceWithWhoWhatHowLateAndWhere() throws Exception {
        connect.configureConnector(name, webhookConfig());
        send(
                alert("e1", AlertType.OVERDUE, "Jason Vallery", "Send the pricing sheet", 3),
                alert("e2", AlertType.OVERDUE, "Lior Genzel", "Book the lab", 1),
                alert("e3", AlertType.RESOLVED, "Lior Genzel", "Book the lab", 0));

        awaitPosted("Send the pricing sheet", "Book the lab");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(allContent()).contains(":white_check_mark: *Done*"));
        String all = allContent();
        assertThat(all)
                .contains(
                        "*Jason Vallery* <@U0JASON>",
                        "3 days",
                        "due 2025-11-05",
                        "<http://tracker/notes/notes/a.md#L3|notes/a.md:3>");
        assertThat(count(all, "Send the pricing sheet")).as(all).isEqualTo(2); // the block and the fallback text
        assertThat(slack.refusals()).isEmpty();
    }

    @Test
    void a429StormIsWaitedOutForRetryAfterAndNothingIsLostOrDoubled() throws Exception {
        slack.rateLimitNext(3, 1);
        connect.configureConnector(name, webhookConfig());
        send(alert("e1", AlertType.OVERDUE, "Jason Vallery", "Send the pricing sheet", 3));

        awaitPosted("Send the pricing sheet");
        List<FakeSlack.Refusal> refusals = slack.refusals();
        assertThat(refusals).hasSize(3).allSatisfy(r -> assertThat(r.status()).isEqualTo(429));
        long lastRefusal = refusals.get(2).sentNanos();
        assertThat(slack.messages().get(0).receivedNanos() - lastRefusal)
                .as("waited for Retry-After: 1")
                .isGreaterThanOrEqualTo(Duration.ofMillis(950).toNanos());
        assertThat(count(allContent(), "Send the pricing sheet")).isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilSlackAnswers() throws Exception {
        slack.failNext(4, 500);
        connect.configureConnector(name, webhookConfig());
        send(
                alert("e1", AlertType.OVERDUE, "Jason Vallery", "Send the pricing sheet", 3),
                alert("e2", AlertType.OVERDUE, "Jason Vallery", "Call the lawyer", 4));

        awaitPosted("Send the pricing sheet", "Call the lawyer");
        assertThat(slack.refusals())
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(500));
        assertThat(count(allContent(), "Call the lawyer")).isEqualTo(2);
        connect.assertions().assertConnectorAndExactlyNumTasksAreRunning(name, 1, "the sink keeps running");
    }

    @Test
    void aMessageSlackRejectsGoesToTheDeadLetterTopicWithItsReasonAndTheRestFlows() throws Exception {
        String dlq = "tracker.slack.dead-letters." + name;
        Map<String, String> config = botConfig();
        config.put(SlackSinkConfig.OWNER_ROUTES, "Jason Vallery=U0JASON,Lior Genzel=C0LIOR,Ghost Writer=C0GONE");
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", dlq);
        config.put("errors.deadletterqueue.topic.replication.factor", "1");
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        connect.configureConnector(name, config);
        byte[] ghost = ALERTS.encode(alert("e1", AlertType.OVERDUE, "Ghost Writer", "Haunt the office", 9));
        producer.send(new ProducerRecord<>(topic, "Ghost Writer".getBytes(StandardCharsets.UTF_8), ghost))
                .get();
        producer.send(new ProducerRecord<>(
                        topic,
                        "Lior".getBytes(StandardCharsets.UTF_8),
                        "not an event".getBytes(StandardCharsets.UTF_8)))
                .get();
        byte[] mention = AvroSerde.of(PersonMention.class)
                .encode(PersonMention.newBuilder()
                        .setFirstName("lior")
                        .setNotePath("a.md")
                        .setNames(List.of("Lior"))
                        .setObservedAt(Instant.now())
                        .build());
        producer.send(new ProducerRecord<>(topic, "Lior".getBytes(StandardCharsets.UTF_8), mention))
                .get();
        send(alert("e2", AlertType.OVERDUE, "Lior Genzel", "Book the lab", 1));

        awaitPosted("Book the lab");
        List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            letters.clear();
            connect.kafka().consumeAll(5_000, dlq).forEach(letters::add);
            assertThat(letters).hasSize(3);
        });
        ConsumerRecord<byte[], byte[]> rejected = letters.stream()
                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("Ghost Writer"))
                .findFirst()
                .orElseThrow();
        assertThat(rejected.value()).isEqualTo(ghost);
        assertThat(header(rejected, "__connect.errors.exception.message"))
                .contains("channel C0GONE", "channel_not_found");
        assertThat(letters)
                .anySatisfy(r -> assertThat(header(r, "__connect.errors.exception.message"))
                        .contains("Not an Action Tracker event"));
        assertThat(letters)
                .anySatisfy(r -> assertThat(header(r, "__connect.errors.exception.message"))
                        .contains("Not a tracker alert or digest", "PersonMention"));
        assertThat(allContent()).doesNotContain("Haunt the office");
        connect.assertions().assertConnectorAndExactlyNumTasksAreRunning(name, 1, "the sink keeps running");
    }

    @Test
    void aWorkerRestartWithRewoundOffsetsPostsNothingTwiceAndResolutionsReplyInTheAlertsThread() throws Exception {
        connect.configureConnector(name, botConfig());
        send(
                alert("e1", AlertType.OVERDUE, "Lior Genzel", "Book the lab", 1),
                alert("e2", AlertType.OVERDUE, "Jason Vallery", "Send the pricing sheet", 3));
        awaitPosted("Book the lab", "Send the pricing sheet");
        String labTs = slack.messages().stream()
                .filter(m -> m.content().contains("Book the lab"))
                .findFirst()
                .orElseThrow()
                .ts();

        // As if the worker died before committing its offsets: every record will be delivered to the task again.
        connect.stopConnector(name);
        connect.assertions().assertConnectorIsStopped(name, "connector did not stop");
        connect.resetConnectorOffsets(name);
        connect.removeWorker();
        connect.addWorker();
        connect.assertions().assertAtLeastNumWorkersAreUp(1, "worker did not come back");
        connect.resumeConnector(name);
        connect.assertions().assertConnectorAndExactlyNumTasksAreRunning(name, 1, "the sink did not resume");
        send(alert("e3", AlertType.RESOLVED, "Lior Genzel", "Book the lab", 0));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(slack.messages()).hasSize(3));
        FakeSlack.Message resolution = slack.messages().get(2);
        assertThat(resolution.threadTs()).isEqualTo(labTs);
        assertThat(resolution.channel()).isEqualTo("C0LIOR");
        assertThat(resolution.content()).contains("*Done*", "~Book the lab~");
        Map<String, Long> posts = slack.messages().stream()
                .collect(Collectors.groupingBy(
                        m -> m.content().contains("Book the lab") ? "lab" : "sheet", Collectors.counting()));
        assertThat(posts).containsEntry("lab", 2L).containsEntry("sheet", 1L);
    }

    @Test
    void aDeliveryOlderThanTheRetentionLeavesTheLogWithATombstoneAndAnAlertThatOldIsNotPosted() throws Exception {
        Map<String, String> config = webhookConfig();
        config.put(SlackSinkConfig.DELIVERY_LOG_RETENTION_MS, "2000");
        connect.configureConnector(name, config);
        send(alert("e1", AlertType.OVERDUE, "Lior Genzel", "Book the lab", 1));
        awaitPosted("Book the lab");

        String deliveryLog = "tracker.slack.delivered." + name;
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(
                                connect.kafka().consumeAll(5_000, deliveryLog).records(deliveryLog))
                        .as("e1's entry, then its tombstone")
                        .extracting(r -> new String(r.key(), StandardCharsets.UTF_8), r -> r.value() == null)
                        .containsExactly(tuple("e1", false), tuple("e1", true)));

        // Stale: raised before the log's memory starts. Then a fresh one, as the barrier that the stale one was read.
        long anHourAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
        OverdueAlert stale = alert("e0", AlertType.OVERDUE, "Jason Vallery", "Renew the domain", 40);
        sendAt(anHourAgo, stale);
        send(alert("e2", AlertType.OVERDUE, "Jason Vallery", "Send the pricing sheet", 3));
        awaitPosted("Send the pricing sheet");
        assertThat(allContent()).doesNotContain("Renew the domain");
        assertThat(slack.messages()).hasSize(2);
    }

    @Test
    void aRefusedTokenFailsTheTaskWithoutShowingTheToken() throws Exception {
        Map<String, String> config = botConfig();
        config.put(SlackSinkConfig.BOT_TOKEN, "xoxb-wrong-9f8e7d");
        connect.configureConnector(name, config);
        send(alert("e1", AlertType.OVERDUE, "Lior Genzel", "Book the lab", 1));

        connect.assertions().assertConnectorIsRunningAndTasksHaveFailed(name, 1, "a refused token must stop the task");
        ConnectorStateInfo status = connect.connectorStatus(name);
        String trace = status.tasks().get(0).trace();
        assertThat(trace)
                .contains("Slack refused the credentials in slack.bot.token: invalid_auth")
                .doesNotContain("9f8e7d");
        assertThat(slack.messages()).isEmpty();
    }

    private Map<String, String> webhookConfig() {
        Map<String, String> config = baseConfig();
        config.put(SlackSinkConfig.WEBHOOK_URL, slack.webhookUrl());
        config.put(SlackSinkConfig.OWNER_ROUTES, "Jason Vallery=U0JASON");
        return config;
    }

    private Map<String, String> botConfig() {
        Map<String, String> config = baseConfig();
        config.put(SlackSinkConfig.BOT_TOKEN, FakeSlack.TOKEN);
        config.put(SlackSinkConfig.API_URL, slack.apiUrl());
        config.put(SlackSinkConfig.DEFAULT_CHANNEL, "C0GENERAL");
        config.put(SlackSinkConfig.OWNER_ROUTES, "Jason Vallery=U0JASON,Lior Genzel=C0LIOR");
        return config;
    }

    private Map<String, String> baseConfig() {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", SlackSinkConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("topics", topic);
        config.put(SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP, connect.kafka().bootstrapServers());
        config.put(SlackSinkConfig.DELIVERY_LOG_TOPIC, "tracker.slack.delivered." + name);
        config.put(SlackSinkConfig.DELIVERY_LOG_REPLICATION, "1");
        config.put(SlackSinkConfig.SOURCE_URL_PREFIX, "http://tracker/notes/");
        config.put(SlackSinkConfig.RETRY_BACKOFF_MS, "100");
        config.put(SlackSinkConfig.CHANNEL_INTERVAL_MS, "100");
        return config;
    }

    private void send(OverdueAlert... alerts) throws Exception {
        for (OverdueAlert alert : alerts) {
            sendAt(null, alert);
        }
    }

    /** @param timestamp the record's time; null lets the producer stamp it now */
    private void sendAt(Long timestamp, OverdueAlert alert) throws Exception {
        producer.send(new ProducerRecord<>(
                        topic,
                        null,
                        timestamp,
                        alert.getOwner().getBytes(StandardCharsets.UTF_8),
                        ALERTS.encode(alert)))
                .get();
    }

    private void awaitPosted(String... texts) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(allContent()).contains(texts));
    }

    private String allContent() {
        return slack.messages().stream().map(FakeSlack.Message::content).collect(Collectors.joining("\n"));
    }

    private static int count(String haystack, String needle) {
        return haystack.split(Pattern.quote(needle), -1).length - 1;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    static OverdueAlert alert(String eventId, AlertType type, String owner, String text, int days) {
        Function<String, String> id = s -> Integer.toHexString(s.hashCode());
        return OverdueAlert.newBuilder()
                .setEventId(eventId)
                .setAlertId("alert-" + id.apply(text))
                .setType(type)
                .setActionId("action-" + id.apply(text))
                .setOwner(owner)
                .setText(text)
                .setDue(LocalDate.of(2025, 11, 5))
                .setDaysOverdue(days)
                .setEpisode(1)
                .setSequence(0)
                .setResolution(type == AlertType.RESOLVED ? "done" : null)
                .setResolvedAs(type == AlertType.RESOLVED ? AlertResolution.DONE : null)
                .setRaisedAt(Instant.now())
                .setSources(List.of(new SourceRef("notes/a.md", 3)))
                .build();
    }
}
