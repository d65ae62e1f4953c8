package com.actiontracker.connect.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class SlackSinkConfigTest {

    @Test
    void exactlyOneCredentialIsRequired() {
        assertThatThrownBy(() -> new SlackSinkConfig(Map.of(SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP, "k:9092")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("exactly one of slack.webhook.url and slack.bot.token");
        assertThatThrownBy(() -> new SlackSinkConfig(Map.of(
                        SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP,
                        "k:9092",
                        SlackSinkConfig.WEBHOOK_URL,
                        "https://hooks.slack.com/services/T/B/X",
                        SlackSinkConfig.BOT_TOKEN,
                        "xoxb-1")))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void aBotTokenNeedsADefaultChannelAndAWebhookCannotReachOtherChannels() {
        assertThatThrownBy(() -> new SlackSinkConfig(
                        Map.of(SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP, "k:9092", SlackSinkConfig.BOT_TOKEN, "xoxb-1")))
                .hasMessageContaining("slack.default.channel");
        assertThatThrownBy(() -> new SlackSinkConfig(Map.of(
                        SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP,
                        "k:9092",
                        SlackSinkConfig.WEBHOOK_URL,
                        "https://hooks.slack.com/services/T/B/X",
                        SlackSinkConfig.OWNER_ROUTES,
                        "Jason Vallery=U0JASON,Lior Genzel=C0LIOR")))
                .hasMessageContaining("lior genzel")
                .hasMessageContaining("incoming webhook posts to its own channel");
    }

    @Test
    void routesMatchOwnersCaseInsensitivelyAndUnroutedOwnersGoToTheDefault() {
        SlackSinkConfig config = new SlackSinkConfig(Map.of(
                SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP,
                "k:9092",
                SlackSinkConfig.BOT_TOKEN,
                "xoxb-1",
                SlackSinkConfig.DEFAULT_CHANNEL,
                "#action-items",
                SlackSinkConfig.OWNER_ROUTES,
                "Jason Vallery = U0JASON, Lior Genzel=C0LIOR"));

        assertThat(config.routes().channelFor("jason vallery")).isEqualTo("U0JASON");
        assertThat(config.routes().userFor("Jason Vallery")).contains("U0JASON");
        assertThat(config.routes().channelFor("Lior Genzel")).isEqualTo("C0LIOR");
        assertThat(config.routes().userFor("Lior Genzel")).isEmpty();
        assertThat(config.routes().channelFor("Andy Perlsteiner")).isEqualTo("#action-items");
        assertThat(config.routes().channelFor(null)).isEqualTo("#action-items");
        assertThatThrownBy(() -> SlackRoutes.parse(List.of("Jason=U1", "jason=U2"), ""))
                .hasMessageContaining("routed twice");
        assertThatThrownBy(() -> SlackRoutes.parse(List.of("no destination"), ""))
                .hasMessageContaining("expected 'Owner Name=destination'");
    }

    @Test
    void secretsNeverShowInTheConfigOrInItsErrors() {
        SlackSinkConfig config = new SlackSinkConfig(Map.of(
                SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP,
                "k:9092",
                SlackSinkConfig.WEBHOOK_URL,
                "https://hooks.slack.com/services/T/B/s3cret"));
        assertThat(config.toString()).doesNotContain("s3cret");
        assertThat(config.values().toString()).doesNotContain("s3cret");

        assertThatThrownBy(() -> new SlackSinkConfig(Map.of(
                        SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP, "k:9092", SlackSinkConfig.WEBHOOK_URL, "ftp://s3cret")))
                .hasMessageContaining("must be an http(s) URL")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void theConnectorsValidationNamesTheCrossFieldProblem() {
        Map<String, String> props = new HashMap<>(
                Map.of(SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP, "k:9092", SlackSinkConfig.BOT_TOKEN, "xoxb-1"));

        Config result = new SlackSinkConnector().validate(props);

        ConfigValue channel = result.configValues().stream()
                .filter(v -> v.name().equals(SlackSinkConfig.DEFAULT_CHANNEL))
                .findFirst()
                .orElseThrow();
        assertThat(channel.errorMessages()).singleElement().asString().contains("required with slack.bot.token");
    }
}
