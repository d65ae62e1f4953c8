package com.actiontracker.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one task line as the Obsidian Tasks plugin does: indentation (spaces, tabs, "&gt;" of blockquotes and
 * callouts), a list marker ({@code -}, {@code *}, {@code +} or {@code 1.}), spaces, a one-character status in brackets,
 * then the body, whose trailing block link and fields are read by {@link TaskFieldReader}. The owner is the mention
 * that ends what is left ({@link OwnerMention}).
 */
final class TaskLineParser {

    private static final String INDENT = "[" + JsText.SPACE_CLASS + ">]*";
    // Java regexes match code points, so "(.)" takes a whole emoji as the status, as the plugin's /u regex does.
    private static final Pattern TASK = Pattern.compile("^" + INDENT + "(?:[-*+]|[0-9]+\\.) +\\[(.)] *(.*)$");
    private static final Pattern BULLET = Pattern.compile("^" + INDENT + "(?:[-*+]|[0-9]+[.)]) +(.*)$");
    private static final Pattern BLOCK_LINK = Pattern.compile(" \\^([a-zA-Z0-9-]+)$");

    /** Items written in an action section as plain bullets: explicit, but without a checkbox to say so. */
    static final double BULLET_CONFIDENCE = 0.9;

    private TaskLineParser() {}

    /** @return the task, or empty when the line is not a task line */
    static Optional<ActionItem> parseTask(int lineNumber, String rawLine) {
        Matcher m = TASK.matcher(rawLine);
        if (!m.matches()) {
            return Optional.empty();
        }
        String symbol = m.group(1);
        return Optional.of(build(lineNumber, rawLine, symbol, status(symbol), m.group(2), 1.0));
    }

    /** A plain bullet in an action section, read like a task without a status. */
    static Optional<ActionItem> parseActionBullet(int lineNumber, String rawLine) {
        Matcher m = BULLET.matcher(rawLine);
        return m.matches()
                ? Optional.of(build(lineNumber, rawLine, null, TaskStatus.OPEN, m.group(1), BULLET_CONFIDENCE))
                : Optional.empty();
    }

    static TaskStatus status(String symbol) {
        return switch (symbol) {
            case "x", "X" -> TaskStatus.DONE;
            case "/" -> TaskStatus.IN_PROGRESS;
            case "-" -> TaskStatus.CANCELLED;
            default -> TaskStatus.OPEN;
        };
    }

    private static ActionItem build(
            int lineNumber, String rawLine, String symbol, TaskStatus status, String afterBox, double confidence) {
        String body = JsText.trim(afterBox);
        String blockLink = null;
        Matcher link = BLOCK_LINK.matcher(body);
        if (link.find()) {
            blockLink = "^" + link.group(1);
            body = JsText.trim(body.substring(0, link.start()));
        }
        TaskFieldReader.Fields fields = TaskFieldReader.read(body);
        OwnerMention.Split owner = OwnerMention.split(fields.description());
        List<String> tags = Hashtags.in(fields.description());
        tags.addAll(fields.trailingTags());
        String description = withoutTrailingTags(owner.description());
        return new ActionItem(
                lineNumber,
                description,
                rawLine,
                owner.owner(),
                status,
                symbol,
                fields.due(),
                fields.scheduled(),
                fields.start(),
                fields.created(),
                fields.done(),
                fields.cancelled(),
                fields.priority(),
                tags,
                fields.recurrence(),
                fields.id(),
                fields.dependsOn(),
                blockLink,
                ItemOrigin.TASK,
                confidence,
                Commitment.COMMITTED,
                fields.warnings());
    }

    /** Tags between the text and the owner ("Ship it #infra @Bob") label the task; they are not part of its text. */
    private static String withoutTrailingTags(String text) {
        int end = text.length();
        while (end > 0) {
            int start = end;
            while (start > 0 && !JsText.isSpace(text.charAt(start - 1))) {
                start--;
            }
            if (!Hashtags.isTag(text.substring(start, end))) {
                break;
            }
            end = start;
            while (end > 0 && JsText.isSpace(text.charAt(end - 1))) {
                end--;
            }
        }
        return text.substring(0, end);
    }
}
