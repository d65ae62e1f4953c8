package com.actiontracker.runtime;

import com.actiontracker.connect.notes.NoteFolderSourceConfig;
import com.actiontracker.connect.slack.SlackSinkConfig;
import com.actiontracker.parse.ParserSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The README's configuration tables, made from the {@link ConfigDef}s, so that a key's default and meaning are
 * written once, where the code reads them. Each table stands in the README between
 * {@code <!-- config-table:NAME -->} and {@code <!-- /config-table -->}; {@link #main} rewrites them, and
 * {@code DocumentationTest} fails when the README and the code disagree.
 *
 * <p>Written here rather than taken from Kafka: {@code ConfigDef} renders HTML and reStructuredText tables only, and
 * the README is Markdown.
 */
public final class ConfigReference {

    /** One row: the key, its default as the table shows it, and what it sets (Markdown). */
    public record Row(String key, String shownDefault, String doc) {}

    /** A table of the README: its name in the markers, and its rows in the order the code defines the keys. */
    public record Table(String name, List<Row> rows) {

        public String markdown() {
            StringBuilder out = new StringBuilder("| Key | Default | Meaning |\n|---|---|---|\n");
            for (Row row : rows) {
                out.append("| `")
                        .append(row.key())
                        .append("` | ")
                        .append(row.shownDefault())
                        .append(" | ")
                        .append(row.doc().replace("|", "\\|"))
                        .append(" |\n");
            }
            return out.toString();
        }
    }

    private static final Pattern BLOCK =
            Pattern.compile("(<!-- config-table:([a-z-]+) -->\\n)(.*?)(<!-- /config-table -->)", Pattern.DOTALL);

    private ConfigReference() {}

    /** The tables the README holds: the app's keys (with the Kafka and parser ones), the two connectors'. */
    public static List<Table> tables() {
        List<Row> tracker = new ArrayList<>(rows(
                        TrackerConfig.CONFIG_DEF,
                        Map.of(
                                TrackerConfig.TIMEZONE, "this machine's zone",
                                TrackerConfig.TOPIC_INPUT_PREFIX, "(empty: `tracker.topic.prefix`)"))
                .stream()
                .filter(row -> !ParserSettings.keys().contains(row.key()))
                .toList());
        // Kafka's own settings, documented by Kafka; only the defaults the tracker gives them are its own.
        tracker.add(new Row(
                StreamsConfig.BOOTSTRAP_SERVERS_CONFIG,
                code(TrackerConfig.DEFAULT_BOOTSTRAP_SERVERS),
                "Kafka to connect to (`run`). CLI: `--bootstrap-server`."));
        tracker.add(new Row(
                StreamsConfig.APPLICATION_ID_CONFIG,
                code(TrackerConfig.DEFAULT_APPLICATION_ID),
                "Kafka Streams application id (consumer group, internal topic prefix)."));
        tracker.add(new Row(
                StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
                code(StreamsConfig.EXACTLY_ONCE_V2),
                "Kafka Streams processing guarantee."));
        // The parser, which knows no Kafka, holds its keys' defaults; the ConfigDef leaves them null.
        for (ParserSettings.Key key : ParserSettings.documentedKeys()) {
            tracker.add(new Row(key.name(), code(key.defaultValue()), key.doc()));
        }
        return List.of(
                new Table("tracker", tracker),
                new Table("notes-connector", rows(NoteFolderSourceConfig.CONFIG_DEF, Map.of())),
                new Table("slack-sink", rows(SlackSinkConfig.CONFIG_DEF, Map.of())));
    }

    /** The rows of a ConfigDef in the order its keys were defined; {@code shownDefaults} words a default otherwise. */
    public static List<Row> rows(ConfigDef def, Map<String, String> shownDefaults) {
        return def.configKeys().values().stream()
                .map(key ->
                        new Row(key.name, shownDefaults.getOrDefault(key.name, shownDefault(key)), key.documentation))
                .toList();
    }

    static String shownDefault(ConfigDef.ConfigKey key) {
        if (key.defaultValue == ConfigDef.NO_DEFAULT_VALUE) {
            return "(required)";
        }
        if (key.defaultValue == null) {
            return "(none)";
        }
        // Kafka shows every password as "[hidden]", an empty one included: the table says whether one is set.
        String value = key.type == ConfigDef.Type.PASSWORD
                ? ((Password) key.defaultValue).value()
                : ConfigDef.convertToString(key.defaultValue, key.type);
        return value.isEmpty() ? "(empty)" : key.type == ConfigDef.Type.PASSWORD ? "[hidden]" : code(value);
    }

    private static String code(String value) {
        return "`" + value + "`";
    }

    /** The README with every marked table replaced by the one the code makes; a table it lacks is an error. */
    public static String rewrite(String readme) {
        Map<String, Table> byName = new LinkedHashMap<>();
        tables().forEach(table -> byName.put(table.name(), table));
        List<String> seen = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Table table = byName.get(m.group(2));
            if (table == null) {
                throw new IllegalArgumentException("the README marks a table the code has none of: " + m.group(2));
            }
            seen.add(table.name());
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table.markdown() + m.group(4)));
        }
        m.appendTail(out);
        List<String> missing =
                byName.keySet().stream().filter(name -> !seen.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the README has no <!-- config-table:NAME --> block for " + missing);
        }
        return out.toString();
    }

    /** Rewrites the tables of the README given (default {@code README.md}) after a key was added or changed. */
    public static void main(String[] args) throws IOException {
        Path readme = Path.of(args.length > 0 ? args[0] : "README.md");
        String before = Files.readString(readme, StandardCharsets.UTF_8);
        String after = rewrite(before);
        Files.writeString(readme, after, StandardCharsets.UTF_8);
        System.out.println(before.equals(after) ? readme + " was up to date" : readme + " rewritten");
    }
}
