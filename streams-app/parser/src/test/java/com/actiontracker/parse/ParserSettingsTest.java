package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParserSettingsTest {

    @Test
    void defaultsAreTheComponentlessConstructor() {
        assertThat(ParserSettings.defaults()).isEqualTo(new ParserSettings());
        assertThat(ParserSettings.fromProperties(Map.of())).isEqualTo(ParserSettings.defaults());
    }

    @Test
    void readsEveryDocumentedKey() {
        ParserSettings settings = ParserSettings.fromProperties(Map.ofEntries(
                Map.entry("tracker.parse.headings.decisions", "Decisions, Beschlüsse ,"),
                Map.entry("tracker.parse.headings.risks", "Risks"),
                Map.entry("tracker.parse.headings.questions", "Questions"),
                Map.entry("tracker.parse.headings.actions", "Todo"),
                Map.entry("tracker.parse.headings.transcript", "Transcript, Recording"),
                Map.entry("tracker.parse.max-note-bytes", "1000"),
                Map.entry("tracker.parse.yaml.max-bytes", "100"),
                Map.entry("tracker.parse.yaml.max-aliases", "3"),
                Map.entry("tracker.parse.yaml.max-depth", "4"),
                Map.entry("tracker.parse.markdown.max-nesting", "5"),
                Map.entry("tracker.parse.transcript.max-items", "6"),
                Map.entry("tracker.parse.transcript.description-max-chars", "70"),
                Map.entry("tracker.parse.transcript.coverage-threshold", "0.25"),
                Map.entry("tracker.parse.transcript.coverage-similarity", "0.7"),
                Map.entry("unrelated.key", "ignored")));

        assertThat(settings.headings().decisions()).containsExactly("Decisions", "Beschlüsse");
        assertThat(settings.headings().transcript()).containsExactly("Transcript", "Recording");
        assertThat(settings.maxNoteBytes()).isEqualTo(1000);
        assertThat(settings.yamlMaxBytes()).isEqualTo(100);
        assertThat(settings.yamlMaxAliases()).isEqualTo(3);
        assertThat(settings.yamlMaxDepth()).isEqualTo(4);
        assertThat(settings.markdownMaxNesting()).isEqualTo(5);
        assertThat(settings.transcriptMaxItems()).isEqualTo(6);
        assertThat(settings.transcriptDescriptionMaxChars()).isEqualTo(70);
        assertThat(settings.transcriptCoverageThreshold()).isEqualTo(0.25);
        assertThat(settings.transcriptCoverageSimilarity()).isEqualTo(0.7);
    }

    @Test
    void refusesUnknownKeysAndBadValues() {
        assertThatThrownBy(() -> ParserSettings.fromProperties(Map.of("tracker.parse.yaml.max-byte", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tracker.parse.yaml.max-byte");
        assertThatThrownBy(() -> ParserSettings.fromProperties(Map.of(ParserSettings.KEY_YAML_MAX_BYTES, "lots")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> ParserSettings.fromProperties(Map.of(ParserSettings.KEY_YAML_MAX_DEPTH, "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() ->
                        ParserSettings.fromProperties(Map.of(ParserSettings.KEY_TRANSCRIPT_COVERAGE_THRESHOLD, "1.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        ParserSettings.fromProperties(Map.of(ParserSettings.KEY_TRANSCRIPT_COVERAGE_SIMILARITY, "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ParserSettings.KEY_TRANSCRIPT_COVERAGE_SIMILARITY);
    }
}
