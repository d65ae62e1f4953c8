package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutlineReaderTest {

    @Test
    void listsNestedDeeperThanTheLimitAreReadAsTheTextOfTheDeepestItem() {
        NoteOutline outline = new OutlineReader(32).read("- ".repeat(50) + "deep");

        assertThat(outline.listItems()).hasSize(32);
        assertThat(outline.listItems().get(31).text()).startsWith("- - ").endsWith("deep");
    }

    @Test
    void withinTheLimitEveryLevelIsAListItem() {
        NoteOutline outline = new OutlineReader(32).read("- a\n  - b\n    - [ ] c\n");

        assertThat(outline.listItems()).extracting(NoteOutline.ListEntry::text).containsExactly("a", "b", "[ ] c");
    }

    @Test
    void blockQuotesDeeperThanTheLimitDoNotHideTheTaskInside() {
        NoteOutline outline = new OutlineReader(32).read("> ".repeat(200) + "- [ ] x\n");

        assertThat(outline.listItems()).as("the marker past the limit is text").isEmpty();
        NoteOutline shallow = new OutlineReader(32).read("> ".repeat(10) + "- [ ] x\n");
        assertThat(shallow.listItems()).extracting(NoteOutline.ListEntry::text).containsExactly("[ ] x");
    }
}
