package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class TrackerConfigTest {

    @Test
    void laterSourcesWinFileThenEnvironmentThenOptions() {
        Properties file = new Properties();
        file.put("tracker.vault.owner", "From File");
        file.put("tracker.topic.partitions", "6");
        file.put("num.stream.threads", "2");

        TrackerConfig config = TrackerConfig.load(
                file,
                Map.of("TRACKER_VAULT_OWNER", "From Env", "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092", "PATH", "/bin"),
                Map.of("tracker.topic.partitions", "4"));

        assertThat(config.vaultOwner()).isEqualTo("From Env");
        assertThat(config.partitions()).isEqualTo(4);
        assertThat(config.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(config.streamsProperties())
                .containsEntry("num.stream.threads", "2")
                .containsEntry("processing.guarantee", "exactly_once_v2")
                .containsEntry("bootstrap.servers", "kafka:9092")
                .doesNotContainKey("tracker.vault.owner");
    }

    @Test
    void theAccessTokenComesFromTheEnvironmentIsNeverPrintedAndMustBeLongEnough() {
        String secret = "0123456789abcdef-from-env";
        TrackerConfig config = TrackerConfig.load(new Properties(), Map.of("TRACKER_HTTP_TOKEN", secret), Map.of());

        assertThat(config.httpSettings().token()).isNotNull();
        assertThat(config.httpSettings().toString()).doesNotContain(secret);
        assertThat(String.valueOf(config.streamsProperties()))
                .as("what Kafka Streams logs when it starts")
                .doesNotContain(secret);
        assertThat(config.values().get(TrackerConfig.HTTP_TOKEN)).hasToString("[hidden]");
        assertThat(TrackerConfig.load(new Properties(), Map.of(), Map.of())
                        .httpSettings()
                        .token())
                .as("none by default")
                .isNull();
        Assertions.assertThatThrownBy(
                        () -> TrackerConfig.load(new Properties(), Map.of("TRACKER_HTTP_TOKEN", "short"), Map.of()))
                .hasMessageContaining("tracker.http.token must be at least 16 characters")
                .hasMessageNotContaining("short");
    }

    @Test
    void connectWorkerSettingsComeWithTheirPrefixAndStayOutOfStreams() {
        Properties file = new Properties();
        file.put("connect.task.shutdown.graceful.timeout.ms", "9000");

        TrackerConfig config = TrackerConfig.load(file, Map.of("CONNECT_OFFSET_FLUSH_INTERVAL_MS", "250"), Map.of());

        assertThat(config.connectWorkerProperties())
                .containsOnly(
                        Map.entry("task.shutdown.graceful.timeout.ms", "9000"),
                        Map.entry("offset.flush.interval.ms", "250"));
        assertThat(config.streamsProperties())
                .doesNotContainKeys("connect.offset.flush.interval.ms", "offset.flush.interval.ms");
    }

    @Test
    void slackSettingsTurnTheSinkOnOnlyWithACredentialAndReachItWithTheAppsTopics() {
        Properties file = new Properties();
        file.put("slack.owner.routes", "Jason Vallery=U0JASON");
        assertThat(TrackerConfig.load(file, Map.of(), Map.of()).slackSinkProperties())
                .as("no credential, no sink")
                .isEmpty();

        TrackerConfig config = TrackerConfig.load(
                file,
                Map.of("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T/B/X"),
                Map.of(TrackerConfig.SLACK_DIGEST, "true"));
        Map<String, String> sink = EmbeddedPipeline.slackSinkConfig(config, "localhost:9092", "http://localhost:8080/");

        assertThat(sink)
                .as("the secret enters as a reference the worker resolves, not as its value")
                .containsEntry("slack.webhook.url", "${env:SLACK_WEBHOOK_URL}")
                .containsEntry("consumer.override.isolation.level", "read_committed")
                .containsEntry("slack.owner.routes", "Jason Vallery=U0JASON")
                .containsEntry("topics", "tracker.alerts.overdue,tracker.digest")
                .containsEntry("errors.deadletterqueue.topic.name", "tracker.slack.dead-letters")
                .containsEntry("delivery.log.bootstrap.servers", "localhost:9092")
                .containsEntry("slack.source.url.prefix", "http://localhost:8080/notes/");
        assertThat(config.streamsProperties()).doesNotContainKeys("slack.webhook.url", "slack.owner.routes");
        assertThat(config.connectWorkerProperties())
                .containsEntry("config.providers", "env")
                .containsEntry("config.providers.env.param.allowlist.pattern", "^(\\QSLACK_WEBHOOK_URL\\E)$");
    }

    @Test
    void environmentVariableNamesFollowTheKeys() {
        assertThat(TrackerConfig.variable("", "tracker.input.max.file.bytes"))
                .isEqualTo("TRACKER_INPUT_MAX_FILE_BYTES");
        assertThat(TrackerConfig.variable("KAFKA_", "num.stream.threads")).isEqualTo("KAFKA_NUM_STREAM_THREADS");
        assertThat(TrackerConfig.fromEnvironment(Map.of("TRACKER_TOPIC_PREFIX", "team-a.", "UNRELATED", "x")))
                .containsExactly(Map.entry("tracker.topic.prefix", "team-a."));
    }
}
