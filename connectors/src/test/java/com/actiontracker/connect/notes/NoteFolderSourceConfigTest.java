package com.actiontracker.connect.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteFolderSourceConfigTest {

    @TempDir
    Path folder;

    @Test
    void defaultsAreSensible() {
        NoteFolderSourceConfig config = new NoteFolderSourceConfig(Map.of("notes.root", folder.toString()));
        assertThat(config.topic()).isEqualTo("tracker.notes.raw");
        assertThat(config.deadLetterTopic()).isEqualTo("tracker.dead-letters");
        assertThat(config.getList(NoteFolderSourceConfig.FILE_PATTERNS)).containsExactly("*.md", "*.txt");
        assertThat(config.pollIntervalMs()).isEqualTo(1000L);
        assertThat(config.maxFileBytes()).isEqualTo(512 * 1024);
    }

    @Test
    void aMissingFolderIsRejectedWithAClearMessage() {
        String missing = folder.resolve("nope").toString();
        assertThatThrownBy(() -> new NoteFolderSourceConfig(Map.of("notes.root", missing)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("notes.root")
                .hasMessageContaining("is not an existing directory");
    }

    @Test
    void theFolderIsRequired() {
        assertThatThrownBy(() -> new NoteFolderSourceConfig(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("notes.root");
    }

    @Test
    void emptyPatternsAndTinyPollIntervalsAreRejected() {
        assertThatThrownBy(
                        () -> new NoteFolderSourceConfig(Map.of("notes.root", folder.toString(), "file.patterns", "")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("file.patterns");
        assertThatThrownBy(() ->
                        new NoteFolderSourceConfig(Map.of("notes.root", folder.toString(), "poll.interval.ms", "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("poll.interval.ms");
    }
}
