package com.actiontracker.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.connect.notes.NoteFolderSourceConfig;
import com.actiontracker.connect.slack.SlackSinkConfig;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.runtime.TopicProvisioner;
import com.actiontracker.runtime.TrackerConfig;
import com.actiontracker.topology.Topics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/** Every public configuration key and every topic is documented in the README, in one place. */
class DocumentationTest {

    private static final Path README = Path.of("../README.md");

    @Test
    void everyConfigurationKeyIsInTheReadme() throws Exception {
        String readme = Files.readString(README);
        List<String> keys = new ArrayList<>(TrackerConfig.CONFIG_DEF.names());
        keys.addAll(NoteFolderSourceConfig.CONFIG_DEF.names());
        keys.addAll(SlackSinkConfig.CONFIG_DEF.names());
        keys.addAll(parserKeys());

        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(readme).contains("`" + key + "`"));
    }

    @Test
    void theDefaultTheReadmeGivesForEachKeyIsTheOneTheCodeUses() throws IOException {
        String readme = Files.readString(README);
        List<String> wrong = new ArrayList<>();
        for (ConfigDef def : List.of(TrackerConfig.CONFIG_DEF, NoteFolderSourceConfig.CONFIG_DEF, SlackSinkConfig.CONFIG_DEF)) {
            def.configKeys().values().forEach(key -> {
                Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(key.name) + "` \\| ([^|]*) \\|").matcher(readme);
                if (!row.find()) {
                    wrong.add(key.name + ": no table row");
                    return;
                }
                String documented = row.group(1).trim();
                String actual = PARSER_DEFAULTS.containsKey(key.name) ? PARSER_DEFAULTS.get(key.name)
                        : key.defaultValue == ConfigDef.NO_DEFAULT_VALUE ? "(required)"
                        : key.defaultValue == null ? "(none)" : ConfigDef.convertToString(key.defaultValue, key.type);
                if (!documentedAs(documented, actual) && !key.name.equals(TrackerConfig.TIMEZONE)) {
                    wrong.add(key.name + ": README says " + documented + ", the code " + actual);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    /** The parser's keys have no default in the ConfigDef: the parser, which knows no Kafka, holds them. */
    private static final java.util.Map<String, String> PARSER_DEFAULTS = parserDefaults();

    private static java.util.Map<String, String> parserDefaults() {
        ParserSettings d = ParserSettings.defaults();
        return java.util.Map.ofEntries(
                java.util.Map.entry(ParserSettings.KEY_HEADINGS_DECISIONS, String.join(",", d.headings().decisions())),
                java.util.Map.entry(ParserSettings.KEY_HEADINGS_RISKS, String.join(",", d.headings().risks())),
                java.util.Map.entry(ParserSettings.KEY_HEADINGS_QUESTIONS, String.join(",", d.headings().questions())),
                java.util.Map.entry(ParserSettings.KEY_HEADINGS_ACTIONS, String.join(",", d.headings().actions())),
                java.util.Map.entry(ParserSettings.KEY_HEADINGS_TRANSCRIPT, String.join(",", d.headings().transcript())),
                java.util.Map.entry(ParserSettings.KEY_MAX_NOTE_BYTES, Integer.toString(d.maxNoteBytes())),
                java.util.Map.entry(ParserSettings.KEY_YAML_MAX_BYTES, Integer.toString(d.yamlMaxBytes())),
                java.util.Map.entry(ParserSettings.KEY_YAML_MAX_ALIASES, Integer.toString(d.yamlMaxAliases())),
                java.util.Map.entry(ParserSettings.KEY_YAML_MAX_DEPTH, Integer.toString(d.yamlMaxDepth())),
                java.util.Map.entry(ParserSettings.KEY_MARKDOWN_MAX_NESTING, Integer.toString(d.markdownMaxNesting())),
                java.util.Map.entry(ParserSettings.KEY_TRANSCRIPT_MAX_ITEMS, Integer.toString(d.transcriptMaxItems())),
                java.util.Map.entry(ParserSettings.KEY_TRANSCRIPT_DESCRIPTION_MAX_CHARS,
                        Integer.toString(d.transcriptDescriptionMaxChars())),
                java.util.Map.entry(ParserSettings.KEY_TRANSCRIPT_COVERAGE_THRESHOLD,
                        Double.toString(d.transcriptCoverageThreshold())));
    }

    /** `value`, (none), (empty...) or (required), compared with what the ConfigDef holds. */
    private static boolean documentedAs(String documented, String actual) {
        if (documented.startsWith("`")) {
            String value = documented.substring(1, documented.indexOf('`', 1));
            return value.replace(", ", ",").equals(actual.replace(", ", ","));
        }
        return documented.startsWith("(none)") && (actual.equals("(none)") || actual.isEmpty())
                || documented.startsWith("(empty") && actual.isEmpty()
                || documented.equals("(required)") && actual.equals("(required)");
    }

    @Test
    void everyTopicIsInTheReadme() throws IOException {
        String readme = Files.readString(README);
        assertThat(TopicProvisioner.specs(Topics.DEFAULT)).allSatisfy(spec ->
                assertThat(readme).contains("`" + spec.name() + "`"));
    }

    @Test
    void theReadmeShowsTheTwoCommands() throws IOException {
        String readme = Files.readString(README);
        assertThat(readme.indexOf("./tracker demo")).isLessThan(readme.indexOf("./mvnw verify")).isPositive();
        assertThat(Files.readString(Path.of("../.ci/run"))).contains("./mvnw -B verify");
    }

    private static List<String> parserKeys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : ParserSettings.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("KEY_")) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }
}
