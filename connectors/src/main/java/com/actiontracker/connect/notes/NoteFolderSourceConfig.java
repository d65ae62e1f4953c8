package com.actiontracker.connect.notes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/** Configuration of {@link NoteFolderSourceConnector}; every key is documented here and in the README. */
public final class NoteFolderSourceConfig extends AbstractConfig {

    public static final String ROOT = "notes.root";
    public static final String TOPIC = "topic";
    public static final String DEAD_LETTER_TOPIC = "dead.letter.topic";
    public static final String FILE_PATTERNS = "file.patterns";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String MAX_FILE_BYTES = "max.file.bytes";
    public static final String BATCH_MAX_FILES = "batch.max.files";
    public static final String INCLUDE_HIDDEN = "include.hidden";
    public static final String MIN_AGE_MS = "file.minimum.age.ms";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(
                    ROOT,
                    Type.STRING,
                    ConfigDef.NO_DEFAULT_VALUE,
                    new ExistingDirectory(),
                    Importance.HIGH,
                    "The folder to watch; must exist. Read in place: files are never moved or modified.")
            .define(
                    TOPIC,
                    Type.STRING,
                    "tracker.notes.raw",
                    new ConfigDef.NonEmptyString(),
                    Importance.HIGH,
                    "Topic of note revisions, keyed by the path relative to the root; a deleted file is a tombstone.")
            .define(
                    DEAD_LETTER_TOPIC,
                    Type.STRING,
                    "tracker.dead-letters",
                    new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM,
                    "Files that cannot be published (too large, unreadable): path, size, hash and"
                            + " reason, without content.")
            .define(
                    FILE_PATTERNS,
                    Type.LIST,
                    "*.md,*.txt",
                    new PatternsValidator(),
                    Importance.MEDIUM,
                    "Globs of the files to publish; without `/` they match the file name at any depth, with `/` the"
                            + " path relative to the root.")
            .define(
                    POLL_INTERVAL_MS,
                    Type.LONG,
                    1000L,
                    Range.atLeast(10),
                    Importance.MEDIUM,
                    "How often the folder is scanned for changes.")
            .define(
                    MAX_FILE_BYTES,
                    Type.INT,
                    512 * 1024,
                    Range.between(1, 64 * 1024 * 1024),
                    Importance.MEDIUM,
                    "Larger files become dead letters. Above ~900 KiB also raise the producer's `max.request.size`"
                            + " and the topic's `max.message.bytes`.")
            .define(
                    MIN_AGE_MS,
                    Type.LONG,
                    250L,
                    Range.atLeast(0),
                    Importance.LOW,
                    "A file modified less than this long ago is left for a later scan: many editors truncate a file"
                            + " and then write it, and a scan in between would publish a half-written note, retire"
                            + " its missing tasks and alert again when the rest arrives. An empty file is published"
                            + " only once the connector has seen it empty for 5 s: Linux does not change the"
                            + " modification time when an editor's `open(O_TRUNC)` empties a note, so until its write"
                            + " lands the note is empty and looks as old as before the edit. A modification time in"
                            + " the future does not hold a file back.")
            .define(
                    BATCH_MAX_FILES,
                    Type.INT,
                    100,
                    Range.atLeast(1),
                    Importance.LOW,
                    "Most records returned by one poll.")
            .define(
                    INCLUDE_HIDDEN,
                    Type.BOOLEAN,
                    false,
                    Importance.LOW,
                    "Also read hidden files and directories (`.obsidian`, `.trash`, `.git`).");

    public NoteFolderSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    public Path root() {
        return rootOf(getString(ROOT));
    }

    /**
     * The folder of a connector configuration, read without validating the rest (the offsets of a stopped connector
     * can be altered while its folder is unmounted).
     */
    static Path rootOf(Map<String, String> connectorConfig) {
        String root = connectorConfig.get(ROOT);
        if (root == null || root.isBlank()) {
            throw new ConfigException(ROOT, root, "is required");
        }
        return rootOf(root);
    }

    private static Path rootOf(String configured) {
        return Path.of(configured).toAbsolutePath().normalize();
    }

    public String topic() {
        return getString(TOPIC);
    }

    public String deadLetterTopic() {
        return getString(DEAD_LETTER_TOPIC);
    }

    public FilePatterns filePatterns() {
        return new FilePatterns(getList(FILE_PATTERNS), getBoolean(INCLUDE_HIDDEN));
    }

    public long pollIntervalMs() {
        return getLong(POLL_INTERVAL_MS);
    }

    public int maxFileBytes() {
        return getInt(MAX_FILE_BYTES);
    }

    public long minimumAgeMs() {
        return getLong(MIN_AGE_MS);
    }

    public int batchMaxFiles() {
        return getInt(BATCH_MAX_FILES);
    }

    private static final class ExistingDirectory implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null || value.toString().isBlank()) {
                throw new ConfigException(name, value, "must name the notes folder");
            }
            if (!Files.isDirectory(Path.of(value.toString()))) {
                throw new ConfigException(name, value, "is not an existing directory");
            }
        }

        @Override
        public String toString() {
            return "an existing directory";
        }
    }

    private static final class PatternsValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            @SuppressWarnings("unchecked")
            List<String> patterns = (List<String>) value;
            if (patterns == null || patterns.isEmpty()) {
                throw new ConfigException(name, value, "needs at least one pattern");
            }
            try {
                new FilePatterns(patterns, false);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "comma-separated glob patterns";
        }
    }
}
