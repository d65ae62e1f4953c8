package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NestingGuardTest {

    @Test
    void leavesOrdinaryNestingAlone() {
        String text = "- a\n  - b\n> - [ ] quoted\n> > deeper\n1. one\n   2) two\n";

        assertThat(NestingGuard.limit(text, 3)).isSameAs(text);
    }

    @Test
    void escapesTheFirstMarkerPastTheLimit() {
        assertThat(NestingGuard.limit("- - - - x", 2)).isEqualTo("- - \\- - x");
        assertThat(NestingGuard.limit(">>>> x", 3)).isEqualTo(">>>\\> x");
        assertThat(NestingGuard.limit("1. 2. 3. x", 2)).isEqualTo("1. 2. 3\\. x");
    }

    @Test
    void keepsLineBreaks() {
        String guarded = NestingGuard.limit("ok\n- - - x\nok", 1);

        assertThat(guarded).isEqualTo("ok\n- \\- - x\nok");
        assertThat(guarded.split("\n", -1)).hasSize(3);
    }

    @Test
    void commonmarkReadsTheEscapedRestAsText() {
        NoteOutline outline = OutlineReader.read(NestingGuard.limit("- ".repeat(50) + "deep", 32));

        assertThat(outline.listItems()).hasSize(32);
        assertThat(outline.listItems().get(31).text()).startsWith("- - ");
    }
}
