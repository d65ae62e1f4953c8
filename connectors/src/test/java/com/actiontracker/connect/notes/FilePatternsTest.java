package com.actiontracker.connect.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilePatternsTest {

    private final FilePatterns defaults = new FilePatterns(List.of("*.md", "*.txt"), false);

    @Test
    void namePatternsMatchAtAnyDepth() {
        assertThat(defaults.matches(Path.of("a.md"))).isTrue();
        assertThat(defaults.matches(Path.of("meetings/2025/b.txt"))).isTrue();
        assertThat(defaults.matches(Path.of("meetings/c.pdf"))).isFalse();
    }

    @Test
    void patternsWithASlashMatchTheRelativePath() {
        FilePatterns onlyMeetings = new FilePatterns(List.of("meetings/**.md"), false);
        assertThat(onlyMeetings.matches(Path.of("meetings/2025/a.md"))).isTrue();
        assertThat(onlyMeetings.matches(Path.of("journal/a.md"))).isFalse();
    }

    @Test
    void hiddenFilesAndFoldersAreLeftOutUnlessAskedFor() {
        assertThat(defaults.matches(Path.of(".draft.md"))).isFalse();
        assertThat(defaults.visitsDirectory(Path.of(".obsidian"))).isFalse();
        assertThat(defaults.visitsDirectory(Path.of("meetings"))).isTrue();
        assertThat(defaults.visitsDirectory(Path.of(""))).isTrue();

        FilePatterns hidden = new FilePatterns(List.of("*.md"), true);
        assertThat(hidden.matches(Path.of(".draft.md"))).isTrue();
        assertThat(hidden.visitsDirectory(Path.of(".trash"))).isTrue();
    }

    @Test
    void aBrokenGlobIsRejectedWithTheReason() {
        assertThatThrownBy(() -> new FilePatterns(List.of("*.{md"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad glob pattern");
    }
}
