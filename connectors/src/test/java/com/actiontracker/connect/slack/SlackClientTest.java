package com.actiontracker.connect.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.avro.AlertType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the fake Slack server, over real HTTP: every documented answer lands in the right bucket. */
class SlackClientTest {

    private FakeSlack slack;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlack.start()
                .channel("C0LIOR")
                .channel("C0OLD")
                .archive("C0OLD")
                .user("U0JASON");
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void aWebhookPostIsAcceptedAndTheServerSeesTheBlocksAndTheFallback() {
        SlackClient client = new SlackClient(webhookConfig(slack.webhookUrl()));

        SlackReply reply = client.post(message(null, "Lior Genzel"));

        assertThat(reply).isInstanceOf(SlackReply.Posted.class);
        assertThat(slack.messages()).singleElement().satisfies(m -> {
            assertThat(m.content()).contains("Lior Genzel", "Book the lab", "2 days");
            assertThat(m.body().has("channel")).isFalse();
        });
    }

    @Test
    void a429CarriesItsRetryAfterAnd5xxIsUnavailable() {
        SlackClient client = new SlackClient(webhookConfig(slack.webhookUrl()));
        slack.rateLimitNext(1, 7);
        slack.failNext(1, 503);

        assertThat(client.post(message(null, "Lior Genzel")))
                .isEqualTo(new SlackReply.RateLimited(Duration.ofSeconds(7)));
        assertThat(client.post(message(null, "Lior Genzel"))).isInstanceOf(SlackReply.Unavailable.class);
        assertThat(client.post(message(null, "Lior Genzel"))).isInstanceOf(SlackReply.Posted.class);
    }

    @Test
    void botTokenPostsReturnTheMessageTsAndChannelErrorsAreRejectionsNotRetries() {
        SlackClient client = new SlackClient(botConfig(FakeSlack.TOKEN));

        assertThat(client.post(message("C0LIOR", "Lior Genzel"))).isInstanceOfSatisfying(SlackReply.Posted.class, p -> {
            assertThat(p.channel()).isEqualTo("C0LIOR");
            assertThat(p.ts()).matches("\\d+\\.\\d{6}");
        });
        assertThat(client.post(message("U0JASON", "Jason Vallery")))
                .isInstanceOfSatisfying(
                        SlackReply.Posted.class, p -> assertThat(p.channel()).isEqualTo("D0JASON"));
        assertThat(client.post(message("C0MISSING", "Lior Genzel")))
                .isEqualTo(new SlackReply.Rejected("channel_not_found", false));
        assertThat(client.post(message("C0OLD", "Lior Genzel")))
                .isEqualTo(new SlackReply.Rejected("is_archived", false));
    }

    @Test
    void aPayloadSlackCannotReadIsARejectionOfThePayload() {
        SlackClient client = new SlackClient(botConfig(FakeSlack.TOKEN));
        SlackMessage good = message("C0LIOR", "Lior Genzel");
        ArrayNode blocks = good.blocks().deepCopy();
        for (int i = 0; i < 60; i++) {
            blocks.addObject().put("type", "divider");
        }

        assertThat(client.post(new SlackMessage("C0LIOR", null, good.text(), blocks, good.notices())))
                .isEqualTo(new SlackReply.Rejected("invalid_blocks", true));
    }

    @Test
    void badCredentialsAreRefusedAndNeverEchoed() throws Exception {
        assertThat(new SlackClient(botConfig("xoxb-wrong")).post(message("C0LIOR", "x")))
                .isEqualTo(new SlackReply.Refused("invalid_auth"));
        assertThat(new SlackClient(webhookConfig(slack.unknownWebhookUrl())).post(message(null, "x")))
                .isEqualTo(new SlackReply.Refused("no_service"));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String secretUrl = "http://127.0.0.1:" + closedPort + "/services/T1/B1/topsecretpart";
        SlackReply down = new SlackClient(webhookConfig(secretUrl)).post(message(null, "x"));
        assertThat(down)
                .isInstanceOfSatisfying(
                        SlackReply.Unavailable.class,
                        u -> assertThat(u.reason()).doesNotContain("topsecretpart"));
    }

    private SlackSinkConfig webhookConfig(String url) {
        Map<String, String> props = new HashMap<>();
        props.put(SlackSinkConfig.WEBHOOK_URL, url);
        props.put(SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP, "localhost:9092");
        props.put(SlackSinkConfig.REQUEST_TIMEOUT_MS, "5000");
        return new SlackSinkConfig(props);
    }

    private SlackSinkConfig botConfig(String token) {
        Map<String, String> props = new HashMap<>();
        props.put(SlackSinkConfig.BOT_TOKEN, token);
        props.put(SlackSinkConfig.API_URL, slack.apiUrl());
        props.put(SlackSinkConfig.DEFAULT_CHANNEL, "C0GENERAL");
        props.put(SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP, "localhost:9092");
        return new SlackSinkConfig(props);
    }

    private static SlackMessage message(String channel, String owner) {
        Notice.Alert alert = new Notice.Alert(
                "e1",
                "a1",
                1,
                AlertType.OVERDUE,
                0,
                owner,
                "Book the lab",
                LocalDate.of(2025, 11, 4),
                2,
                null,
                List.of(new Notice.Source("a.md", 3)));
        SlackMessage composed = new MessageComposer(SlackRoutes.parse(List.of(), "C0GENERAL"), channel == null, "", 10)
                .compose(List.of(alert), key -> Optional.empty())
                .get(0);
        return new SlackMessage(channel, null, composed.text(), composed.blocks(), composed.notices());
    }
}
