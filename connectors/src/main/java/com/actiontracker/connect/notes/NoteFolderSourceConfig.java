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
            .define(ROOT, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ExistingDirectory(), Importance.HIGH,
                    "The notes folder to watch. Read in place: files are never moved or modified.")
            .define(TOPIC, Type.STRING, "tracker.notes.raw", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Topic for note revisions, keyed by the path relative to the root; a deleted file is a tombstone.")
            .define(DEAD_LETTER_TOPIC, Type.STRING, "tracker.dead-letters", new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, "Topic for files that cannot be published (too large, unreadable).")
            .define(FILE_PATTERNS, Type.LIST, "*.md,*.txt", new PatternsValidator(), Importance.MEDIUM,
                    "Glob patterns of the files to publish. A pattern without '/' matches the file name at any"
                            + " depth; one with '/' matches the path relative to the root.")
            .define(POLL_INTERVAL_MS, Type.LONG, 1000L, Range.atLeast(10), Importance.MEDIUM,
                    "How often the folder is scanned for changes, in milliseconds.")
            .define(MAX_FILE_BYTES, Type.INT, 512 * 1024, Range.between(1, 64 * 1024 * 1024), Importance.MEDIUM,
                    "Larger files become dead letters (path, size and hash, without content). Raising it above"
                            + " ~900 KiB also needs a larger producer max.request.size and topic max.message.bytes.")
            .define(MIN_AGE_MS, Type.LONG, 250L, Range.atLeast(0), Importance.LOW,
                    "A file modified less than this long ago is left for a later scan: an editor may still be writing"
                            + " it (truncated, half written). An empty file is published once the task has seen it empty for 5 s.")
            .define(BATCH_MAX_FILES, Type.INT, 100, Range.atLeast(1), Importance.LOW,
                    "At most this many files are returned by one poll.")
            .define(INCLUDE_HIDDEN, Type.BOOLEAN, false, Importance.LOW,
                    "Also publish files under hidden directories (.obsidian, .trash, .git) and hidden files.");

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
