package com.actiontracker.connect.slack;

import java.time.Duration;

/** What Slack made of one message, sorted by what the sink must do next. */
sealed interface SlackReply {

    /** Posted; {@code ts} (bot token mode) identifies the message for thread replies. */
    record Posted(String channel, String ts) implements SlackReply {}

    /** HTTP 429: try again after Retry-After. */
    record RateLimited(Duration retryAfter) implements SlackReply {}

    /** 5xx, timeouts, network errors and Slack's own transient errors: retry with backoff. */
    record Unavailable(String reason) implements SlackReply {}

    /**
     * Slack will never accept this message (unknown or archived channel, invalid payload): its records go to the
     * dead-letter topic.
     *
     * @param payload the content is at fault, so another message of the same batch may still pass
     */
    record Rejected(String error, boolean payload) implements SlackReply {}

    /** Slack refuses the credentials or the app's permissions: no message can pass until the config changes. */
    record Refused(String error) implements SlackReply {}
}
