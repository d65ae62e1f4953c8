package com.actiontracker.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.connect.notes.NoteFolderSourceConfig;
import com.actiontracker.connect.slack.SlackSinkConfig;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.runtime.ConfigReference;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every public configuration key and every topic is documented in the README, in one place. */
class DocumentationTest {

    private static final Path README = Path.of("../README.md");

    /**
     * The tables are made from the ConfigDefs ({@link ConfigReference}): a key added, renamed or re-defaulted in the
     * code and not in the README fails here, and {@code java -cp streams-app/target/action-tracker.jar
     * com.actiontracker.runtime.ConfigReference} rewrites them.
     */
    @Test
    void theConfigurationTablesAreTheOnesTheCodeMakes() throws IOException {
        String readme = Files.readString(README);

        assertThat(ConfigReference.rewrite(readme))
                .as(
                        "README tables out of date: run java -cp streams-app/target/action-tracker.jar %s",
                        ConfigReference.class.getName())
                .isEqualTo(readme);
    }

    @Test
    void everyConfigurationKeyHasARowInTheReadme() throws Exception {
        String readme = Files.readString(README);
        List<String> keys = new ArrayList<>(TrackerConfig.CONFIG_DEF.names());
        keys.addAll(NoteFolderSourceConfig.CONFIG_DEF.names());
        keys.addAll(SlackSinkConfig.CONFIG_DEF.names());
        keys.addAll(parserKeys());

        assertThat(keys)
                .hasSizeGreaterThan(50)
                .allSatisfy(key -> assertThat(readme).containsPattern("(?m)^\\| `" + Pattern.quote(key) + "` \\|"));
    }

    @Test
    void everyTopicIsInTheReadme() throws IOException {
        String readme = Files.readString(README);
        assertThat(TopicProvisioner.specs(Topics.DEFAULT))
                .allSatisfy(spec -> assertThat(readme).contains("`" + spec.name() + "`"));
    }

    @Test
    void theReadmeShowsTheTwoCommands() throws IOException {
        String readme = Files.readString(README);
        assertThat(readme.indexOf("./tracker demo"))
                .isLessThan(readme.indexOf("./mvnw verify"))
                .isPositive();
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
