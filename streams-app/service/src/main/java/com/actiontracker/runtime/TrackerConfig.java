package com.actiontracker.runtime;

import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.alerts.OverdueClock;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.query.AccessToken;
import com.actiontracker.query.TrackerHttpServer;
import com.actiontracker.topology.DeadLetterHandler;
import com.actiontracker.topology.Topics;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Every setting of the app in one place: {@code tracker.*} keys defined here, plus any Kafka Streams, producer,
 * consumer or admin setting, passed through, {@code connect.*} settings for the embedded Connect worker and
 * {@code slack.*} settings for the Slack sink it runs. Sources,
 * later ones winning: built-in defaults, the properties file, environment variables ({@code TRACKER_VAULT_OWNER} for
 * {@code tracker.vault.owner}, {@code KAFKA_BOOTSTRAP_SERVERS} for {@code bootstrap.servers},
 * {@code CONNECT_OFFSET_FLUSH_INTERVAL_MS} for {@code connect.offset.flush.interval.ms}, {@code SLACK_WEBHOOK_URL} for
 * {@code slack.webhook.url}), command-line options. The
 * README's configuration table is made from {@link #CONFIG_DEF} ({@link ConfigReference}).
 */
public final class TrackerConfig extends AbstractConfig {

    public static final String VAULT_OWNER = "tracker.vault.owner";
    public static final String TOPIC_PREFIX = "tracker.topic.prefix";
    public static final String TOPIC_INPUT_PREFIX = "tracker.topic.input.prefix";
    public static final String TOPIC_PARTITIONS = "tracker.topic.partitions";
    public static final String TOPIC_REPLICATION = "tracker.topic.replication.factor";
    public static final String TOPICS_CREATE = "tracker.topics.create";
    public static final String INPUT_DIR = "tracker.input.dir";
    public static final String INPUT_PATTERNS = "tracker.input.file.patterns";
    public static final String INPUT_POLL_MS = "tracker.input.poll.interval.ms";
    public static final String INPUT_MAX_BYTES = "tracker.input.max.file.bytes";
    public static final String INPUT_MIN_AGE_MS = "tracker.input.file.minimum.age.ms";
    public static final String HTTP_PORT = "tracker.http.port";
    public static final String HTTP_BIND = "tracker.http.host";
    public static final String HTTP_IDLE_MS = "tracker.http.idle.timeout.ms";
    public static final String HTTP_THREADS = "tracker.http.threads";
    public static final String HTTP_QUEUE = "tracker.http.queue";
    public static final String HTTP_TOKEN = "tracker.http.token";
    public static final String DATA_DIR = "tracker.data.dir";
    public static final String HTTP_HOST = "tracker.http.advertised.host";
    public static final String ALIASES_FILE = "tracker.identity.aliases.file";
    public static final String TIMEZONE = "tracker.timezone";
    public static final String AS_OF = "tracker.clock.as-of";
    public static final String ALERT_CHECK_MS = "tracker.alerts.check.interval.ms";
    public static final String ALERT_REPEAT_MS = "tracker.alerts.repeat.interval.ms";
    public static final String ALERT_GROUP_WAIT_MS = "tracker.alerts.group.wait.ms";
    public static final String THREAD_MAX_REPLACEMENTS = "tracker.streams.thread.max-replacements";
    public static final String THREAD_REPLACEMENT_WINDOW_MS = "tracker.streams.thread.replacement-window.ms";
    public static final String DIGEST_TIME = "tracker.digest.time";
    public static final String DIGEST_DUE_SOON_DAYS = "tracker.digest.due-soon.days";
    public static final String ACCEPT_CONFIDENCE = "tracker.transcript.accept-confidence";
    /**
     * The precision the transcript goal asks for: only what the model is that sure of counts unreviewed. On the
     * development set nothing reaches it yet (see the README), so every inferred action waits for a person.
     */
    public static final double DEFAULT_ACCEPT_CONFIDENCE = 0.8;
    /** The Kafka cluster of {@code run} when {@code bootstrap.servers} is not given. */
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

    public static final String DEFAULT_APPLICATION_ID = "action-tracker";
    /** Prefix of the embedded Connect worker's settings ({@code connect.offset.flush.interval.ms}). */
    public static final String CONNECT_PREFIX = "connect.";

    private static final String CONNECT_ENV = "CONNECT_";
    /** Prefix of the Slack sink's settings ({@code slack.webhook.url}); any of them turns the sink on. */
    public static final String SLACK_PREFIX = "slack.";

    private static final String SLACK_ENV = "SLACK_";
    public static final String SLACK_DIGEST = "tracker.slack.digest";
    public static final String SLACK_WEBHOOK_FILE = "tracker.slack.webhook.file";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(
                    VAULT_OWNER,
                    Type.STRING,
                    "",
                    Importance.HIGH,
                    "The person who writes the notes: `@Myself` and `@me` are this person. CLI: `--vault-owner`.")
            .define(
                    TOPIC_PREFIX,
                    Type.STRING,
                    "tracker.",
                    Importance.MEDIUM,
                    "Prefix of every topic name, so several trackers can share a cluster.")
            .define(
                    TOPIC_INPUT_PREFIX,
                    Type.STRING,
                    "",
                    Importance.LOW,
                    "Prefix of the two topics people write (`notes.raw`, `commands`) when it differs; `tracker replay"
                            + " --preview` runs a shadow app this way (real inputs, everything else under a throwaway"
                            + " prefix).")
            .define(
                    TOPIC_PARTITIONS,
                    Type.INT,
                    3,
                    Range.atLeast(1),
                    Importance.MEDIUM,
                    "Partitions of each topic the app creates (all equal: topics keyed by action id are"
                            + " co-partitioned).")
            .define(
                    TOPIC_REPLICATION,
                    Type.SHORT,
                    (short) -1,
                    Importance.MEDIUM,
                    "Replication factor of created topics; `-1` is the broker's default.")
            .define(
                    TOPICS_CREATE,
                    Type.BOOLEAN,
                    true,
                    Importance.LOW,
                    "Create missing topics at start and check partition counts of existing ones.")
            .define(
                    INPUT_DIR,
                    Type.STRING,
                    "seeds",
                    Importance.HIGH,
                    "Notes folder of the embedded connector (`demo`, `report`). CLI: `--input`.")
            .define(
                    INPUT_PATTERNS,
                    Type.LIST,
                    "*.md,*.txt",
                    Importance.MEDIUM,
                    "Note file globs (the connector's `file.patterns`).")
            .define(
                    INPUT_POLL_MS,
                    Type.LONG,
                    1000L,
                    Range.atLeast(10),
                    Importance.LOW,
                    "How often the folder is scanned for changes.")
            .define(
                    INPUT_MAX_BYTES,
                    Type.INT,
                    512 * 1024,
                    Range.atLeast(1),
                    Importance.LOW,
                    "Larger note files become dead letters.")
            .define(
                    INPUT_MIN_AGE_MS,
                    Type.LONG,
                    250L,
                    Range.atLeast(0),
                    Importance.LOW,
                    "A note modified less than this long ago waits for the next scan: an editor may still be writing"
                            + " it. An empty note is published once the connector has seen it empty for 5 s.")
            .define(
                    HTTP_PORT,
                    Type.INT,
                    8080,
                    Range.between(0, 65535),
                    Importance.MEDIUM,
                    "Port of the web page and HTTP API; `0` picks a free one. CLI: `--port`.")
            .define(
                    HTTP_BIND,
                    Type.STRING,
                    "localhost",
                    Importance.MEDIUM,
                    "Address the web page and API listen on: `localhost` is this machine only (like the embedded"
                            + " Kafka); `0.0.0.0` every interface (docker-compose sets it). Set `tracker.http.token`"
                            + " before you listen beyond this machine.")
            .define(
                    HTTP_TOKEN,
                    Type.PASSWORD,
                    "",
                    (name, value) -> {
                        String token = value == null ? "" : ((Password) value).value();
                        if (!token.isBlank() && token.strip().length() < AccessToken.MIN_LENGTH) {
                            throw new ConfigException(name + " must be at least " + AccessToken.MIN_LENGTH
                                    + " characters (for example the output of `openssl rand -hex 32`)");
                        }
                    },
                    Importance.MEDIUM,
                    "Access token the page and the API (all but `GET /health`) ask for (empty: none). Programs send `Authorization: Bearer"
                            + " <token>`; a browser is shown a login form once and then keeps a session cookie. At"
                            + " least 16 characters; set it through `TRACKER_HTTP_TOKEN` rather than a file others"
                            + " read. Every instance of one application needs the same token.")
            .define(
                    HTTP_IDLE_MS,
                    Type.LONG,
                    30_000L,
                    Range.atLeast(100),
                    Importance.LOW,
                    "A connection that sends nothing for this long is closed, half-sent requests included.")
            .define(HTTP_THREADS, Type.INT, 8, Range.atLeast(1), Importance.LOW, "Requests answered at once.")
            .define(
                    HTTP_QUEUE,
                    Type.INT,
                    64,
                    Range.atLeast(0),
                    Importance.LOW,
                    "Requests that may wait for a thread (up to 10 s); beyond that they are answered `503` with"
                            + " `Retry-After` at once.")
            .define(
                    HTTP_HOST,
                    Type.STRING,
                    "localhost",
                    Importance.MEDIUM,
                    "Host name the other instances use to reach this one (Kafka Streams `application.server` is"
                            + " `<host>:<port>`).")
            .define(
                    DATA_DIR,
                    Type.STRING,
                    ".tracker",
                    Importance.MEDIUM,
                    "Broker log, Connect offsets and stream state (the Streams `state.dir` is `<data dir>/streams`)."
                            + " CLI: `--data-dir`.")
            .define(
                    ALIASES_FILE,
                    Type.STRING,
                    "",
                    Importance.MEDIUM,
                    "YAML file of `Written Name: Canonical Name` lines that win over every owner resolution rule.")
            .define(
                    TIMEZONE,
                    Type.STRING,
                    ZoneId.systemDefault().getId(),
                    new ZoneValidator(),
                    Importance.MEDIUM,
                    "Time zone of due dates (\"overdue\" starts at local midnight after the due day) and of the"
                            + " digest time.")
            .define(
                    AS_OF,
                    Type.STRING,
                    "",
                    Importance.LOW,
                    "Judge overdue against this fixed day (`YYYY-MM-DD`) instead of the wall clock (set by `tracker"
                            + " report`).")
            .define(
                    ALERT_CHECK_MS,
                    Type.LONG,
                    60_000L,
                    Range.atLeast(100),
                    Importance.MEDIUM,
                    "How often the wall clock is checked for actions that became overdue with no new input, and for"
                            + " due reminders.")
            .define(
                    ALERT_REPEAT_MS,
                    Type.LONG,
                    24 * 3_600_000L,
                    Range.atLeast(1000),
                    Importance.MEDIUM,
                    "How long an overdue alert stays quiet before a `REMINDER`.")
            .define(
                    ALERT_GROUP_WAIT_MS,
                    Type.LONG,
                    30_000L,
                    Range.atLeast(0),
                    Importance.MEDIUM,
                    "How long a new overdue alert is held before it is sent (like Alertmanager's `group_wait`): the"
                            + " burst of input that caused it settles, it names the owner the ledger shows, and one"
                            + " owner's alerts go out together. `0` sends at once.")
            .define(
                    THREAD_MAX_REPLACEMENTS,
                    Type.INT,
                    3,
                    Range.atLeast(0),
                    Importance.LOW,
                    "A stream thread that dies of an unhandled exception (not a bad record: those are dead letters)"
                            + " is replaced at most this many times within"
                            + " `tracker.streams.thread.replacement-window.ms`; the next failure shuts the app down,"
                            + " its state becomes `ERROR` and `/health` answers 503, so a supervisor can restart it"
                            + " or alert.")
            .define(
                    THREAD_REPLACEMENT_WINDOW_MS,
                    Type.LONG,
                    600_000L,
                    Range.atLeast(1000),
                    Importance.LOW,
                    "The window in which stream thread replacements are counted.")
            .define(
                    DIGEST_TIME,
                    Type.STRING,
                    "08:00",
                    new TimeValidator(),
                    Importance.MEDIUM,
                    "Local time (`HH:MM`) of the daily digest.")
            .define(
                    DIGEST_DUE_SOON_DAYS,
                    Type.INT,
                    3,
                    Range.atLeast(0),
                    Importance.LOW,
                    "Actions due within this many days (today included) are \"due soon\" in a digest.")
            .define(
                    SLACK_DIGEST,
                    Type.BOOLEAN,
                    false,
                    Importance.LOW,
                    "Also post the daily digest to Slack, when a `slack.*` credential turns the Slack sink on.")
            .define(
                    SLACK_WEBHOOK_FILE,
                    Type.STRING,
                    "",
                    Importance.MEDIUM,
                    "File holding the Slack incoming webhook URL, readable by its owner only; turns the Slack sink"
                            + " on. CLI: `--slack-webhook-file`.")
            .define(
                    ACCEPT_CONFIDENCE,
                    Type.DOUBLE,
                    DEFAULT_ACCEPT_CONFIDENCE,
                    Range.between(0.0, 1.0),
                    Importance.MEDIUM,
                    "An action inferred from a transcript, said as a commitment, with at least this confidence counts"
                            + " and alerts without review; below it, or hedged or only proposed, it waits for"
                            + " `tracker accept`/`dismiss` (see Triage). Judged when a note is read: a replay judges"
                            + " every note again.");

    static {
        // The parser's keys in the same ConfigDef, so that the environment (TRACKER_PARSE_...) and the config file set
        // them alike; ParserSettings validates and defaults them (a null default here means "the parser's own").
        for (ParserSettings.Key key : ParserSettings.documentedKeys()) {
            CONFIG_DEF.define(key.name(), Type.STRING, null, Importance.LOW, key.doc());
        }
    }

    private static final class ZoneValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            try {
                ZoneId.of(String.valueOf(value));
            } catch (DateTimeException e) {
                throw new ConfigException(name, value, "is not a time zone id (e.g. Europe/Paris)");
            }
        }
    }

    private static final class TimeValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            try {
                LocalTime.parse(String.valueOf(value));
            } catch (DateTimeParseException e) {
                throw new ConfigException(name, value, "is not a time of day (HH:MM)");
            }
        }
    }

    public TrackerConfig(Map<String, ?> props) {
        super(CONFIG_DEF, props, false);
    }

    /** Defaults, then the file's properties, then the environment, then explicit overrides. */
    public static TrackerConfig load(Properties file, Map<String, String> environment, Map<String, String> overrides) {
        Map<String, Object> merged = new HashMap<>();
        file.forEach((k, v) -> merged.put(k.toString(), v));
        merged.putAll(fromEnvironment(environment));
        merged.putAll(overrides);
        return new TrackerConfig(merged);
    }

    /**
     * {@code TRACKER_X_Y} and {@code KAFKA_X_Y} variables for known keys: a key's variable is its name upper-cased
     * with '.' and '-' as '_', prefixed by KAFKA_ for Kafka settings.
     */
    public static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> found = new HashMap<>();
        for (String key : CONFIG_DEF.names()) {
            String value = environment.get(variable("", key));
            if (value != null) {
                found.put(key, value);
            }
        }
        for (String key : kafkaKeys()) {
            String value = environment.get(variable("KAFKA_", key));
            if (value != null) {
                found.put(key, value);
            }
        }
        // Worker and Slack settings are all dotted lower-case words, so the variable name maps back without a list of
        // keys.
        Map<String, String> prefixes = Map.of(CONNECT_ENV, CONNECT_PREFIX, SLACK_ENV, SLACK_PREFIX);
        environment.forEach((name, value) -> prefixes.forEach((variablePrefix, keyPrefix) -> {
            if (name.startsWith(variablePrefix)) {
                String key = keyPrefix
                        + name.substring(variablePrefix.length())
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '.');
                // A secret reaches the Slack sink as a reference the worker resolves, not as its value.
                boolean secret = SlackSecrets.VARIABLES.contains(name);
                if (!secret || !value.isBlank()) {
                    found.put(key, secret ? SlackSecrets.fromEnvironment(name) : value);
                }
            }
        }));
        return found;
    }

    static String variable(String prefix, String key) {
        return prefix + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Set<String> kafkaKeys() {
        Set<String> keys = new HashSet<>(StreamsConfig.configDef().names());
        keys.addAll(ProducerConfig.configNames());
        keys.addAll(ConsumerConfig.configNames());
        keys.addAll(AdminClientConfig.configNames());
        return keys;
    }

    public String vaultOwner() {
        return getString(VAULT_OWNER);
    }

    public Topics topics() {
        String prefix = getString(TOPIC_PREFIX);
        String inputs = getString(TOPIC_INPUT_PREFIX);
        return new Topics(prefix, inputs.isEmpty() ? prefix : inputs);
    }

    public int partitions() {
        return getInt(TOPIC_PARTITIONS);
    }

    public short replicationFactor() {
        return getShort(TOPIC_REPLICATION);
    }

    public boolean createTopics() {
        return getBoolean(TOPICS_CREATE);
    }

    public Path inputDir() {
        return Path.of(getString(INPUT_DIR));
    }

    public List<String> filePatterns() {
        return getList(INPUT_PATTERNS);
    }

    public long pollIntervalMs() {
        return getLong(INPUT_POLL_MS);
    }

    public long minimumFileAgeMs() {
        return getLong(INPUT_MIN_AGE_MS);
    }

    public int maxFileBytes() {
        return getInt(INPUT_MAX_BYTES);
    }

    public int httpPort() {
        return getInt(HTTP_PORT);
    }

    /** Where and how the web page and API listen. */
    public TrackerHttpServer.Settings httpSettings() {
        return new TrackerHttpServer.Settings(
                getString(HTTP_BIND),
                httpPort(),
                Duration.ofMillis(getLong(HTTP_IDLE_MS)),
                getInt(HTTP_THREADS),
                getInt(HTTP_QUEUE),
                AccessToken.of(getPassword(HTTP_TOKEN).value()).orElse(null));
    }

    public String advertisedHost() {
        return getString(HTTP_HOST);
    }

    /** The alias file, if one is configured. */
    public Optional<Path> aliasesFile() {
        String file = getString(ALIASES_FILE);
        return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }

    /** Alerting: the wall clock in the configured zone, or the fixed as-of day of a report. */
    public AlertSettings alertSettings() {
        ZoneId zone = ZoneId.of(getString(TIMEZONE));
        String asOf = getString(AS_OF);
        OverdueClock clock =
                asOf.isBlank() ? new OverdueClock.Zoned(zone) : new OverdueClock.Fixed(LocalDate.parse(asOf), zone);
        return new AlertSettings(
                clock,
                Duration.ofMillis(getLong(ALERT_CHECK_MS)),
                Duration.ofMillis(getLong(ALERT_REPEAT_MS)),
                LocalTime.parse(getString(DIGEST_TIME)),
                getInt(DIGEST_DUE_SOON_DAYS),
                Duration.ofMillis(getLong(ALERT_GROUP_WAIT_MS)));
    }

    public int threadMaxReplacements() {
        return getInt(THREAD_MAX_REPLACEMENTS);
    }

    public Duration threadReplacementWindow() {
        return Duration.ofMillis(getLong(THREAD_REPLACEMENT_WINDOW_MS));
    }

    public double acceptConfidence() {
        return getDouble(ACCEPT_CONFIDENCE);
    }

    public Path dataDir() {
        return Path.of(getString(DATA_DIR));
    }

    public String bootstrapServers() {
        Object servers = originals().get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
        return servers == null ? DEFAULT_BOOTSTRAP_SERVERS : servers.toString();
    }

    /** The Kafka Streams configuration: our defaults, then every non-tracker key given. */
    public Properties streamsProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, dataDir().resolve("streams").toString());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        props.put("processing.exception.handler.global.enabled", "true");
        props.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        props.put(DeadLetterHandler.TOPIC_CONFIG, topics().deadLetters());
        originals().forEach((key, value) -> {
            if (!key.startsWith("tracker.") && !key.startsWith(CONNECT_PREFIX) && !key.startsWith(SLACK_PREFIX)) {
                props.put(key, value);
            }
        });
        return props;
    }

    /**
     * The {@code connect.*} settings, without the prefix, for the embedded Connect worker, after the config providers
     * that resolve the Slack sink's secret references.
     */
    public Map<String, String> connectWorkerProperties() {
        Map<String, String> worker =
                new HashMap<>(SlackSecrets.workerProviders(slackSinkProperties().values()));
        worker.putAll(strings(originalsWithPrefix(CONNECT_PREFIX)));
        return worker;
    }

    /**
     * The {@code slack.*} settings for the Slack sink connector; empty when no Slack credential is set. A webhook
     * file ({@code tracker.slack.webhook.file}) becomes a reference to it.
     *
     * @throws org.apache.kafka.common.config.ConfigException when the webhook file is missing or others can read it
     */
    public Map<String, String> slackSinkProperties() {
        Map<String, String> sink = strings(originalsWithPrefix(SLACK_PREFIX, false));
        sink.values().removeIf(String::isBlank);
        String webhookFile = getString(SLACK_WEBHOOK_FILE);
        if (!webhookFile.isBlank()) {
            sink.put(SLACK_PREFIX + "webhook.url", SlackSecrets.fromFile(SLACK_WEBHOOK_FILE, Path.of(webhookFile)));
        }
        boolean credential =
                sink.containsKey(SLACK_PREFIX + "webhook.url") || sink.containsKey(SLACK_PREFIX + "bot.token");
        return credential ? sink : Map.of();
    }

    private static Map<String, String> strings(Map<String, Object> values) {
        Map<String, String> strings = new HashMap<>();
        values.forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }

    public boolean slackDigest() {
        return getBoolean(SLACK_DIGEST);
    }

    /** This instance's Kafka Streams state: {@code <state.dir>/<application.id>}. */
    public Path stateDirectory() {
        Properties streams = streamsProperties();
        return Path.of(
                streams.getProperty(StreamsConfig.STATE_DIR_CONFIG),
                streams.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
    }

    /** The {@code tracker.parse.*} settings, for the parser. */
    public Map<String, String> parserProperties() {
        Map<String, String> parse = new HashMap<>();
        originals().forEach((key, value) -> {
            if (key.startsWith("tracker.parse.")) {
                parse.put(key, String.valueOf(value));
            }
        });
        return parse;
    }
}
