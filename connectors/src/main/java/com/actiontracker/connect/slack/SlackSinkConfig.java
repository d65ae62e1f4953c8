package com.actiontracker.connect.slack;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/** Configuration of {@link SlackSinkConnector}; every key is documented here and in the README. */
public final class SlackSinkConfig extends AbstractConfig {

    public static final String WEBHOOK_URL = "slack.webhook.url";
    public static final String BOT_TOKEN = "slack.bot.token";
    public static final String API_URL = "slack.api.url";
    public static final String DEFAULT_CHANNEL = "slack.default.channel";
    public static final String OWNER_ROUTES = "slack.owner.routes";
    public static final String SOURCE_URL_PREFIX = "slack.source.url.prefix";
    public static final String ALERTS_PER_MESSAGE = "slack.alerts.per.message";
    public static final String CHANNEL_INTERVAL_MS = "slack.channel.interval.ms";
    public static final String RETRY_BACKOFF_MS = "slack.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "slack.retry.backoff.max.ms";
    public static final String REQUEST_TIMEOUT_MS = "slack.request.timeout.ms";
    public static final String DELIVERY_LOG_TOPIC = "delivery.log.topic";
    public static final String DELIVERY_LOG_BOOTSTRAP = "delivery.log.bootstrap.servers";
    public static final String DELIVERY_LOG_REPLICATION = "delivery.log.replication.factor";
    public static final String DELIVERY_LOG_RETENTION_MS = "delivery.log.retention.ms";

    /** One header block and one context block frame the alerts; Slack allows 50 blocks per message. */
    static final int MAX_ALERTS_PER_MESSAGE = 48;

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(
                    WEBHOOK_URL,
                    Type.PASSWORD,
                    null,
                    Importance.HIGH,
                    "Incoming webhook URL (`https://hooks.slack.com/services/...`): every message goes to the"
                            + " webhook's channel, and owners routed to a user ID are mentioned. Set this or"
                            + " `slack.bot.token`.")
            .define(
                    BOT_TOKEN,
                    Type.PASSWORD,
                    null,
                    Importance.HIGH,
                    "Bot token (`xoxb-...`) with `chat:write`, for `chat.postMessage`: owners can be routed to their"
                            + " own channel or direct message, and a resolved alert is a reply in the thread of the"
                            + " alert.")
            .define(
                    API_URL,
                    Type.STRING,
                    "https://slack.com/api/",
                    new HttpUrl(),
                    Importance.LOW,
                    "Base URL of the Slack Web API (bot token mode).")
            .define(
                    DEFAULT_CHANNEL,
                    Type.STRING,
                    "",
                    Importance.HIGH,
                    "Channel ID or `#name` for owners without a route; required with a bot token.")
            .define(
                    OWNER_ROUTES,
                    Type.LIST,
                    "",
                    new RoutesValidator(),
                    Importance.MEDIUM,
                    "`Owner Name=U024BE7LH,Other Owner=C0123ABCD`: a user ID (`U...`, `W...`) is a direct message"
                            + " with a bot token and a mention with a webhook; a channel (`C...`, `G...`, `#name`)"
                            + " needs a bot token. Owners match case-insensitively.")
            .define(
                    SOURCE_URL_PREFIX,
                    Type.STRING,
                    "",
                    Importance.MEDIUM,
                    "Links to sources are this prefix, the note path and `#L<line>` (for example the tracker's page,"
                            + " `http://tracker:8080/notes/`); empty shows `path:line`.")
            .define(
                    ALERTS_PER_MESSAGE,
                    Type.INT,
                    10,
                    Range.between(1, MAX_ALERTS_PER_MESSAGE),
                    Importance.LOW,
                    "A burst of alerts for one destination is grouped into messages of at most this many alerts (1 to "
                            + MAX_ALERTS_PER_MESSAGE + ").")
            .define(
                    CHANNEL_INTERVAL_MS,
                    Type.LONG,
                    1000L,
                    Range.atLeast(0),
                    Importance.LOW,
                    "Least time between two messages to one channel (Slack allows about one per second).")
            .define(
                    RETRY_BACKOFF_MS,
                    Type.LONG,
                    1000L,
                    Range.atLeast(1),
                    Importance.LOW,
                    "First wait after a 5xx answer or a network error; it doubles up to `slack.retry.backoff.max.ms`."
                            + " A 429 answer waits for its `Retry-After` instead.")
            .define(
                    RETRY_BACKOFF_MAX_MS,
                    Type.LONG,
                    60_000L,
                    Range.atLeast(1),
                    Importance.LOW,
                    "Longest wait between retries. Retries go on until Slack answers: no alert is dropped.")
            .define(
                    REQUEST_TIMEOUT_MS,
                    Type.LONG,
                    10_000L,
                    Range.atLeast(100),
                    Importance.LOW,
                    "Timeout of one HTTP request to Slack.")
            .define(
                    DELIVERY_LOG_TOPIC,
                    Type.STRING,
                    "tracker.slack.delivered",
                    new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM,
                    "Compacted topic of delivered ids (created with one partition if missing),"
                            + " read at start so that nothing is posted twice after a restart, a rewind of offsets or"
                            + " a replay of the tracker.")
            .define(
                    DELIVERY_LOG_BOOTSTRAP,
                    Type.LIST,
                    ConfigDef.NO_DEFAULT_VALUE,
                    (name, value) -> {
                        if (((List<?>) value).isEmpty()) {
                            throw new ConfigException(name, value, "at least one host:port is needed");
                        }
                    },
                    Importance.HIGH,
                    "Brokers of the delivery log, usually the worker's `bootstrap.servers`. The demo" + " sets it.")
            .define(
                    DELIVERY_LOG_REPLICATION,
                    Type.SHORT,
                    (short) -1,
                    Importance.LOW,
                    "Replication factor when the sink creates the delivery log; `-1` is the broker's default.")
            .define(
                    DELIVERY_LOG_RETENTION_MS,
                    Type.LONG,
                    Duration.ofDays(30).toMillis(),
                    Range.atLeast(1000),
                    Importance.LOW,
                    "How long a delivered id is remembered: then it leaves the delivery log with a"
                            + " tombstone, and a record older than this is not posted, since the log can no longer"
                            + " tell whether it was. Keep it at the alert topics' `retention.ms` (30 days for"
                            + " `tracker.alerts.overdue` and `tracker.digest`).");

    private final SlackRoutes routes;

    public SlackSinkConfig(Map<String, String> props) {
        this(props, true);
    }

    private SlackSinkConfig(Map<String, String> props, boolean strict) {
        super(CONFIG_DEF, props);
        routes = SlackRoutes.parse(getList(OWNER_ROUTES), getString(DEFAULT_CHANNEL));
        if (strict) {
            problems().stream().findFirst().ifPresent(p -> {
                throw new ConfigException(p.key() + ": " + p.message());
            });
        }
    }

    /** A mistake that spans several settings, told against the setting to change. */
    record Problem(String key, String message) {}

    /**
     * The mistakes that per-key validators cannot see (exactly one credential, routes the mode can serve), for
     * settings that pass those validators.
     */
    static List<Problem> problems(Map<String, String> props) {
        return new SlackSinkConfig(props, false).problems();
    }

    private List<Problem> problems() {
        Password webhook = getPassword(WEBHOOK_URL);
        Password token = getPassword(BOT_TOKEN);
        List<Problem> problems = new ArrayList<>();
        if ((webhook == null) == (token == null)) {
            problems.add(new Problem(WEBHOOK_URL, "Set exactly one of " + WEBHOOK_URL + " and " + BOT_TOKEN));
        } else if (webhook != null) {
            webhookProblem(webhook).ifPresent(message -> problems.add(new Problem(WEBHOOK_URL, message)));
            routes.channelRoutes()
                    .forEach(owner -> problems.add(new Problem(
                            OWNER_ROUTES,
                            "'" + owner + "' is routed"
                                    + " to a channel, but an incoming webhook posts to its own channel; route owners to user IDs"
                                    + " (mentions) or use " + BOT_TOKEN + " to post to other channels")));
        } else if (getString(DEFAULT_CHANNEL).isBlank()) {
            problems.add(new Problem(DEFAULT_CHANNEL, "required with " + BOT_TOKEN));
        }
        return problems;
    }

    // The URL itself is a secret: problems name the setting, never its value.
    private static Optional<String> webhookProblem(Password webhook) {
        try {
            URI uri = URI.create(webhook.value().strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                return Optional.of("must be an http(s) URL");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a valid URL");
        }
    }

    public boolean webhookMode() {
        return getPassword(WEBHOOK_URL) != null;
    }

    /** Without surrounding whitespace: a secret read from a file (a config provider) usually ends with a newline. */
    Password webhookUrl() {
        return stripped(getPassword(WEBHOOK_URL));
    }

    Password botToken() {
        return stripped(getPassword(BOT_TOKEN));
    }

    private static Password stripped(Password secret) {
        return secret == null ? null : new Password(secret.value().strip());
    }

    URI apiUrl() {
        String base = getString(API_URL);
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    public SlackRoutes routes() {
        return routes;
    }

    String sourceUrlPrefix() {
        return getString(SOURCE_URL_PREFIX);
    }

    int alertsPerMessage() {
        return getInt(ALERTS_PER_MESSAGE);
    }

    Duration channelInterval() {
        return Duration.ofMillis(getLong(CHANNEL_INTERVAL_MS));
    }

    Duration retryBackoff() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_MS));
    }

    Duration retryBackoffMax() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_MAX_MS));
    }

    Duration requestTimeout() {
        return Duration.ofMillis(getLong(REQUEST_TIMEOUT_MS));
    }

    String deliveryLogTopic() {
        return getString(DELIVERY_LOG_TOPIC);
    }

    List<String> deliveryLogBootstrap() {
        return getList(DELIVERY_LOG_BOOTSTRAP);
    }

    short deliveryLogReplication() {
        return getShort(DELIVERY_LOG_REPLICATION);
    }

    Duration deliveryLogRetention() {
        return Duration.ofMillis(getLong(DELIVERY_LOG_RETENTION_MS));
    }

    private static final class RoutesValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            @SuppressWarnings("unchecked")
            List<String> entries = (List<String>) value;
            SlackRoutes.parse(entries, "");
        }
    }

    private static final class HttpUrl implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String text = String.valueOf(value);
            if (!text.startsWith("http://") && !text.startsWith("https://")) {
                throw new ConfigException(name, value, "must be an http(s) URL");
            }
        }
    }
}
