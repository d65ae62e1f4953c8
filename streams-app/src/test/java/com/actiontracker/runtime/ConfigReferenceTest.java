package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {

    private static final ConfigDef DEF = new ConfigDef()
            .define("b.required", Type.STRING, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH, "Must be given.")
            .define("a.list", Type.LIST, "*.md,*.txt", Importance.LOW, "Globs | pipes escaped.")
            .define("c.secret", Type.PASSWORD, null, Importance.HIGH, "A secret.")
            .define("d.empty", Type.STRING, "", Importance.LOW, "Nothing by default.")
            .define("e.zone", Type.STRING, "UTC", Importance.LOW, "Shown otherwise.")
            .define("f.token", Type.PASSWORD, "", Importance.LOW, "A secret nobody set.");

    @Test
    void rowsKeepTheOrderTheKeysWereDefinedInAndWordEachKindOfDefault() {
        List<ConfigReference.Row> rows = ConfigReference.rows(DEF, Map.of("e.zone", "this machine's zone"));

        assertThat(rows)
                .extracting(ConfigReference.Row::key)
                .containsExactly("b.required", "a.list", "c.secret", "d.empty", "e.zone", "f.token");
        assertThat(rows)
                .extracting(ConfigReference.Row::shownDefault)
                .containsExactly("(required)", "`*.md,*.txt`", "(none)", "(empty)", "this machine's zone", "(empty)");
    }

    @Test
    void aTableIsMarkdownWithPipesInTheMeaningEscaped() {
        String table = new ConfigReference.Table(
                        "t", ConfigReference.rows(DEF, Map.of()).subList(0, 2))
                .markdown();

        assertThat(table).isEqualTo("""
                | Key | Default | Meaning |
                |---|---|---|
                | `b.required` | (required) | Must be given. |
                | `a.list` | `*.md,*.txt` | Globs \\| pipes escaped. |
                """);
    }

    @Test
    void rewritingReplacesOnlyWhatIsBetweenTheMarkers() {
        String readme = readme("| stale |\n");

        String rewritten = ConfigReference.rewrite(readme);

        assertThat(rewritten)
                .startsWith("# Title\n\nbefore\n<!-- config-table:tracker -->\n| Key | Default | Meaning |")
                .contains("| `tracker.vault.owner` | (empty) |")
                .contains("| `notes.root` | (required) |")
                .contains("| `slack.webhook.url` | (none) |")
                .doesNotContain("stale")
                .endsWith("<!-- /config-table -->\nafter\n");
        assertThat(ConfigReference.rewrite(rewritten)).isEqualTo(rewritten);
    }

    @Test
    void aReadmeWithoutOneOfTheTablesIsRefusedNamingIt() {
        String readme = "<!-- config-table:tracker -->\n<!-- /config-table -->\n";

        assertThatThrownBy(() -> ConfigReference.rewrite(readme))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notes-connector")
                .hasMessageContaining("slack-sink");
    }

    private static String readme(String body) {
        StringBuilder readme = new StringBuilder("# Title\n\nbefore\n");
        for (String name : List.of("tracker", "notes-connector", "slack-sink")) {
            readme.append("<!-- config-table:")
                    .append(name)
                    .append(" -->\n")
                    .append(body)
                    .append("<!-- /config-table -->\n");
        }
        return readme.append("after\n").toString();
    }
}
