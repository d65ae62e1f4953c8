package com.actiontracker.parse;

import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The readable text of a heading or paragraph: literal text and code spans, formatting dropped, line breaks as spaces.
 * Walks the inline tree with a loop rather than commonmark's recursive renderers, which overflow the stack on
 * emphasis nested thousands deep.
 */
final class PlainText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {}

    static String of(Node block) {
        StringBuilder sb = new StringBuilder();
        Node node = block.getFirstChild();
        while (node != null) {
            if (node instanceof Text text) {
                sb.append(text.getLiteral());
            } else if (node instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                sb.append(' ');
            }
            boolean descend = !(node instanceof HtmlInline) && node.getFirstChild() != null;
            node = descend ? node.getFirstChild() : nextAfter(node, block);
        }
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    /** The next node in document order once {@code node}'s subtree is done, staying inside {@code root}. */
    private static Node nextAfter(Node node, Node root) {
        Node current = node;
        while (current != root && current.getNext() == null) {
            current = current.getParent();
        }
        return current == root ? null : current.getNext();
    }
}
