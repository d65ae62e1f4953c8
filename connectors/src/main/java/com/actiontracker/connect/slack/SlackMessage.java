package com.actiontracker.connect.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/**
 * One message to post: Block Kit blocks with their plain-text fallback, and the notices it tells.
 *
 * @param channel  where to post with a bot token; null with a webhook (it posts to its own channel)
 * @param threadTs the thread to reply in, or null for a new message
 */
record SlackMessage(String channel, String threadTs, String text, ArrayNode blocks, List<Notice> notices) {

    /** The same notices, one message each: a payload Slack rejects is narrowed down to the notice that broke it. */
    boolean splittable() {
        return notices.size() > 1;
    }
}
