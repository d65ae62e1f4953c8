package com.actiontracker.parse;

import java.util.List;

/**
 * The structure of a note's Markdown body that the parser reads from: headings and list items in document order.
 *
 * @param headings  every heading
 * @param listItems every list item, nested ones and those inside blockquotes and callouts included, but none from
 *                  code blocks
 */
record NoteOutline(List<Heading> headings, List<ListEntry> listItems) {

    NoteOutline {
        headings = List.copyOf(headings);
        listItems = List.copyOf(listItems);
    }

    /** @param line 1-based line in the file */
    record Heading(int line, int level, String text) {}

    /**
     * @param line     1-based line of the item's marker in the file
     * @param text     the readable text of the item's first paragraph ("" when it starts with something else)
     * @param heading  index in {@link #headings()} of the heading above the item, -1 when none
     * @param topLevel whether the item is not nested in another list item
     */
    record ListEntry(int line, String text, int heading, boolean topLevel) {}
}
