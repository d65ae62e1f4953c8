package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a note's list items state: every task line wherever it is, plain bullets of action sections as actions,
 * and the bullets of decision, risk and question sections as statements.
 */
final class ListItemReader {

    /** What the list items of one note hold, and the items that could not be read. */
    record Items(List<ActionItem> actions, List<Statement> statements, List<String> warnings) {}

    private ListItemReader() {}

    /**
     * @param lines the note's lines, to read task lines exactly as written
     * @param kinds the kind of each heading's section, as {@link SectionClassifier#classifyAll} gives them
     */
    static Items read(NoteOutline outline, List<SectionKind> kinds, String[] lines) {
        List<ActionItem> actions = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (NoteOutline.ListEntry item : outline.listItems()) {
            try {
                readItem(item, outline, kinds, lines, actions, statements);
            } catch (RuntimeException | StackOverflowError e) {
                // a bug in reading one line must not cost the note its other items
                warnings.add("line " + item.line() + ": list item could not be read (" + e + ")");
            }
        }
        return new Items(actions, statements, warnings);
    }

    private static void readItem(
            NoteOutline.ListEntry item,
            NoteOutline outline,
            List<SectionKind> kinds,
            String[] lines,
            List<ActionItem> actions,
            List<Statement> statements) {
        String rawLine = lines[item.line() - 1];
        Optional<ActionItem> task = TaskLineParser.parseTask(item.line(), rawLine);
        if (task.isPresent()) {
            actions.add(task.get());
            return;
        }
        SectionKind kind = item.heading() < 0 ? null : kinds.get(item.heading());
        if (kind == null || !item.topLevel() || item.text().isEmpty()) {
            return;
        }
        if (kind == SectionKind.ACTIONS) {
            TaskLineParser.parseActionBullet(item.line(), rawLine).ifPresent(actions::add);
        } else if (kind.statementKind() != null) {
            String section = outline.headings().get(item.heading()).text();
            statements.add(
                    new Statement(kind.statementKind(), item.line(), item.text(), section, ItemOrigin.TASK, 1.0));
        }
    }
}
