package com.actiontracker.connect.slack;

import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.AlertType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns notices into Block Kit messages within Slack's limits: the alerts of one owner (and thread) in one batch
 * become one message of at most {@code perMessage} alerts, every section stays under 3000 characters and every
 * message under 50 blocks. Each message carries a plain-text fallback for notifications and old clients.
 */
final class MessageComposer {

    static final int MAX_SECTION_CHARS = 3000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_FALLBACK_CHARS = 3000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A message already posted with a bot token, which a resolution replies to. */
    record Thread(String channel, String ts) {}

    private final SlackRoutes routes;
    private final boolean webhook;
    private final String sourceUrlPrefix;
    private final int perMessage;

    MessageComposer(SlackRoutes routes, boolean webhook, String sourceUrlPrefix, int perMessage) {
        this.routes = routes;
        this.webhook = webhook;
        this.sourceUrlPrefix = sourceUrlPrefix;
        this.perMessage = perMessage;
    }

    /**
     * @param threads the thread an alert story started in, by {@link Notice.Alert#threadKey()} (bot token mode)
     */
    List<SlackMessage> compose(List<Notice> notices, Function<String, Optional<Thread>> threads) {
        Map<Group, List<Notice.Alert>> groups = new LinkedHashMap<>();
        List<SlackMessage> messages = new ArrayList<>();
        for (Notice notice : notices) {
            if (notice instanceof Notice.Digest digest) {
                messages.add(digest(digest));
            } else if (notice instanceof Notice.Alert alert) {
                groups.computeIfAbsent(groupOf(alert, threads), g -> new ArrayList<>())
                        .add(alert);
            }
        }
        groups.forEach((group, alerts) -> {
            for (int from = 0; from < alerts.size(); from += perMessage) {
                messages.add(alerts(
                        group.channel(),
                        group.threadTs(),
                        alerts.subList(from, Math.min(alerts.size(), from + perMessage))));
            }
        });
        return messages;
    }

    /** Alerts that can share a message: one owner, one destination, one thread (or none). */
    private record Group(String owner, String channel, String threadTs) {}

    private Group groupOf(Notice.Alert alert, Function<String, Optional<Thread>> threads) {
        if (webhook) {
            return new Group(alert.owner(), null, null);
        }
        Optional<Thread> thread =
                alert.resolved() ? threads.apply(alert.threadKey()).filter(t -> t.channel() != null) : Optional.empty();
        return thread.map(t -> new Group(alert.owner(), t.channel(), t.ts()))
                .orElseGet(() -> new Group(alert.owner(), routes.channelFor(alert.owner()), null));
    }

    /** The same notices, one per message, to find which one a payload error belongs to. */
    List<SlackMessage> oneByOne(SlackMessage message) {
        return message.notices().stream()
                .map(n -> n instanceof Notice.Alert a
                        ? alerts(message.channel(), message.threadTs(), List.of(a))
                        : digest((Notice.Digest) n))
                .toList();
    }

    private SlackMessage alerts(String channel, String threadTs, List<Notice.Alert> alerts) {
        String owner = alerts.get(0).owner();
        ArrayNode blocks = JSON.arrayNode();
        blocks.add(section("*" + escape(ownerName(owner)) + "*" + mention(owner) + " · " + summary(alerts)));
        List<String> fallback = new ArrayList<>();
        for (Notice.Alert alert : alerts) {
            blocks.add(section(alertLine(alert)));
            fallback.add(headline(alert).toLowerCase() + ": " + alert.text() + " (due " + alert.due() + ")");
        }
        blocks.add(context("Action Tracker · " + alerts.size() + (alerts.size() == 1 ? " alert" : " alerts")));
        String text = clip(ownerName(owner) + ": " + String.join("; ", fallback), MAX_FALLBACK_CHARS);
        return new SlackMessage(channel, threadTs, text, blocks, List.copyOf(alerts));
    }

    private SlackMessage digest(Notice.Digest digest) {
        String channel = webhook ? null : routes.channelFor(digest.owner());
        ArrayNode blocks = JSON.arrayNode();
        String title = "Daily digest for " + ownerName(digest.owner()) + ", " + digest.date() + ": "
                + digest.overdue().size() + " overdue, " + digest.dueSoon().size() + " due soon";
        blocks.add(section("*" + escape(title) + "*" + mention(digest.owner())));
        List<String> lines = new ArrayList<>();
        if (!digest.overdue().isEmpty()) {
            lines.add("*Overdue*");
            digest.overdue().forEach(item -> lines.add("• :red_circle: " + itemLine(item)));
        }
        if (!digest.dueSoon().isEmpty()) {
            lines.add("*Due soon*");
            digest.dueSoon().forEach(item -> lines.add("• :hourglass_flowing_sand: " + itemLine(item)));
        }
        // Lines are packed into sections of at most 3000 characters; past 49 blocks the rest is counted, not shown.
        StringBuilder section = new StringBuilder();
        int shown = 0;
        for (String line : lines) {
            String clipped = clip(line, MAX_SECTION_CHARS);
            if (section.length() + clipped.length() + 1 > MAX_SECTION_CHARS) {
                if (blocks.size() == MAX_BLOCKS - 2) {
                    break;
                }
                blocks.add(section(section.toString()));
                section.setLength(0);
            }
            section.append(section.isEmpty() ? "" : "\n").append(clipped);
            shown++;
        }
        if (!section.isEmpty()) {
            blocks.add(section(section.toString()));
        }
        int hidden = lines.size() - shown;
        blocks.add(context("Action Tracker" + (hidden > 0 ? " · " + hidden + " more lines in the tracker" : "")));
        return new SlackMessage(channel, null, clip(title, MAX_FALLBACK_CHARS), blocks, List.of(digest));
    }

    private String alertLine(Notice.Alert alert) {
        String status = switch (alert.type()) {
            case RESOLVED -> resolvedLabel(alert.resolution()) + " · was due " + alert.due();
            case REMINDER ->
                ":bell: *Still overdue* (reminder " + alert.sequence() + ") · " + days(alert.daysOverdue()) + " · due "
                        + alert.due();
            case OVERDUE -> ":red_circle: *Overdue* · " + days(alert.daysOverdue()) + " · due " + alert.due();
        };
        // Struck through only when the work is over: a re-dated or reassigned action is still owed.
        String text = alert.resolved()
                        && alert.resolution() != AlertResolution.REDATED
                        && alert.resolution() != AlertResolution.REASSIGNED
                ? "~" + escape(alert.text()) + "~"
                : escape(alert.text());
        String links = sources(alert.sources());
        int room = MAX_SECTION_CHARS - status.length() - links.length() - 4;
        return status + "\n" + clip(text, Math.max(room, 0)) + (links.isEmpty() ? "" : "\n" + links);
    }

    private String itemLine(Notice.Item item) {
        String links = sources(item.sources());
        return escape(item.text())
                + (item.due() == null ? "" : " · due " + item.due())
                + (links.isEmpty() ? "" : " · " + links);
    }

    private static String headline(Notice.Alert alert) {
        return switch (alert.type()) {
            case RESOLVED ->
                alert.resolution() == null || alert.resolution() == AlertResolution.UNKNOWN
                        ? "Resolved"
                        : alert.resolution().name().toLowerCase(Locale.ROOT);
            case REMINDER -> "Still overdue " + days(alert.daysOverdue());
            case OVERDUE -> "Overdue " + days(alert.daysOverdue());
        };
    }

    private static String resolvedLabel(AlertResolution resolution) {
        return switch (resolution == null ? AlertResolution.UNKNOWN : resolution) {
            case DONE -> ":white_check_mark: *Done*";
            case CANCELLED -> ":no_entry_sign: *Cancelled*";
            case REDATED -> ":calendar: *Re-dated*, no longer overdue";
            case RETIRED -> ":wastebasket: *Retired*: no note mentions it any more";
            case DISMISSED -> ":wastebasket: *Dismissed*: not an action after all";
            case REASSIGNED -> ":arrow_right: *Reassigned*: now someone else's";
            case UNKNOWN -> ":white_check_mark: *Resolved*";
        };
    }

    private static String summary(List<Notice.Alert> alerts) {
        Map<AlertType, Long> byType = alerts.stream()
                .collect(Collectors.groupingBy(Notice.Alert::type, LinkedHashMap::new, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        byType.forEach((type, count) -> parts.add(count + " "
                + switch (type) {
                    case RESOLVED -> "resolved";
                    case REMINDER -> "still overdue";
                    case OVERDUE -> "newly overdue";
                }));
        return String.join(", ", parts);
    }

    private String sources(List<Notice.Source> sources) {
        return sources.stream().map(this::link).collect(Collectors.joining(" "));
    }

    private String link(Notice.Source source) {
        String label = source.line() > 0 ? source.path() + ":" + source.line() : source.path();
        if (sourceUrlPrefix.isEmpty()) {
            return "`" + escape(label) + "`";
        }
        StringBuilder url = new StringBuilder(sourceUrlPrefix);
        String[] segments = source.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            url.append(i == 0 ? "" : "/")
                    .append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        if (source.line() > 0) {
            url.append("#L").append(source.line());
        }
        return "<" + url + "|" + escape(label).replace("|", "¦") + ">";
    }

    private String mention(String owner) {
        return routes.userFor(owner).map(user -> " <@" + user + ">").orElse("");
    }

    private static String ownerName(String owner) {
        return owner == null || owner.isBlank() ? "No owner" : owner;
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private static ObjectNode section(String mrkdwn) {
        ObjectNode block = JSON.objectNode().put("type", "section");
        block.putObject("text").put("type", "mrkdwn").put("text", clip(mrkdwn, MAX_SECTION_CHARS));
        return block;
    }

    private static ObjectNode context(String mrkdwn) {
        ObjectNode block = JSON.objectNode().put("type", "context");
        block.putArray("elements").addObject().put("type", "mrkdwn").put("text", clip(mrkdwn, MAX_SECTION_CHARS));
        return block;
    }

    /** Slack's mrkdwn needs only these three escaped; everything else is shown as written. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
