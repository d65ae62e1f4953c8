package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses a note's body with commonmark-java and collects its headings and list items with their line numbers. No
 * extension is used: front matter is read by {@link FrontMatterReader} with a real YAML parser, and task checkboxes by
 * {@link TaskLineParser}, because GFM task-list items only know " ", "x" and "X" while Obsidian Tasks accepts any
 * status character.
 */
final class OutlineReader {

    // Parser instances are immutable and safe to share between threads.
    private final Parser parser;

    /**
     * @param maxNesting how many lists (or block quotes) deep a note is read; the markers of deeper ones are text.
     *                   commonmark-java's own limit on open blocks does it (a list level opens two: the list and its
     *                   item), and its default limit on inline nesting guards emphasis and links: both keep parse
     *                   time linear in pathological input (see {@code ParseGrowthTest}).
     */
    OutlineReader(int maxNesting) {
        this.parser = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .maxOpenBlockParsers(2 * maxNesting)
                .build();
    }

    /**
     * @param body the note's text with its front matter lines blanked, so that CommonMark's line indexes are the file's
     */
    NoteOutline read(String body) {
        Node document = parser.parse(body);
        List<NoteOutline.Heading> headings = new ArrayList<>();
        List<NoteOutline.ListEntry> items = new ArrayList<>();
        int listDepth = 0;
        // A loop instead of a visitor: documents may nest blockquotes thousands deep.
        Node node = document.getFirstChild();
        while (node != null) {
            if (node instanceof Heading heading) {
                headings.add(new NoteOutline.Heading(lineOf(heading), heading.getLevel(), PlainText.of(heading)));
            } else if (node instanceof ListItem item) {
                String text = item.getFirstChild() instanceof Paragraph paragraph ? PlainText.of(paragraph) : "";
                items.add(new NoteOutline.ListEntry(lineOf(item), text, headings.size() - 1, listDepth == 0));
            }
            if (node instanceof Block
                    && !(node instanceof Heading)
                    && !(node instanceof Paragraph)
                    && node.getFirstChild() != null) {
                if (node instanceof ListItem) {
                    listDepth++;
                }
                node = node.getFirstChild();
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
                if (node instanceof ListItem) {
                    listDepth--;
                }
            }
            node = node == document ? null : node.getNext();
        }
        return new NoteOutline(headings, items);
    }

    private static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
