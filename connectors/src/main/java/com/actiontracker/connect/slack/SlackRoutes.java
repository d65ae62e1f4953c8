package com.actiontracker.connect.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;

/** Where each owner's alerts go: a routed user or channel, else the default channel. */
public final class SlackRoutes {

    // Slack member IDs start with U (or W on Enterprise Grid); channel IDs with C, G (private) or D (direct).
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

    private final Map<String, String> byOwner;
    private final String defaultChannel;

    private SlackRoutes(Map<String, String> byOwner, String defaultChannel) {
        this.byOwner = byOwner;
        this.defaultChannel = defaultChannel;
    }

    static SlackRoutes parse(List<String> entries, String defaultChannel) {
        Map<String, String> byOwner = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.lastIndexOf('=');
            String owner = eq < 0 ? "" : entry.substring(0, eq).trim();
            String destination = eq < 0 ? "" : entry.substring(eq + 1).trim();
            if (owner.isEmpty() || destination.isEmpty()) {
                throw new ConfigException(SlackSinkConfig.OWNER_ROUTES, entry, "expected 'Owner Name=destination'");
            }
            if (byOwner.putIfAbsent(key(owner), destination) != null) {
                throw new ConfigException(SlackSinkConfig.OWNER_ROUTES, entry, "owner '" + owner + "' is routed twice");
            }
        }
        return new SlackRoutes(byOwner, defaultChannel.trim());
    }

    /** The channel (or user, for a direct message) an owner's alerts are posted to with a bot token. */
    public String channelFor(String owner) {
        return owner == null ? defaultChannel : byOwner.getOrDefault(key(owner), defaultChannel);
    }

    /** The Slack user to mention for an owner, when the owner is routed to a user ID. */
    public Optional<String> userFor(String owner) {
        return Optional.ofNullable(owner == null ? null : byOwner.get(key(owner)))
                .filter(SlackRoutes::isUser);
    }

    /** Routes that name a channel rather than a user (only a bot token can post to them). */
    List<String> channelRoutes() {
        return byOwner.entrySet().stream()
                .filter(e -> !isUser(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static boolean isUser(String destination) {
        return USER_ID.matcher(destination).matches();
    }

    private static String key(String owner) {
        return owner.trim().toLowerCase(Locale.ROOT);
    }
}
