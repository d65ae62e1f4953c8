package com.actiontracker.topology;

import java.util.List;

/**
 * The topic names, all under one prefix (default {@code tracker.}) so that several trackers can share a cluster.
 *
 * @param inputPrefix the prefix of the two topics people write (notes and commands); the same as {@code prefix}
 *                    except for a shadow run ({@code tracker replay --preview}), which reads the real inputs and
 *                    writes everything else apart
 */
public record Topics(String prefix, String inputPrefix) {

    public static final Topics DEFAULT = new Topics("tracker.");

    public Topics(String prefix) {
        this(prefix, prefix);
    }

    /** Each file revision, exact bytes, keyed by path; retained forever so history can be replayed. */
    public String rawNotes() {
        return inputPrefix + "notes.raw";
    }

    /**
     * Everything that happens to actions, in the order it happened: what each note revision says about each action,
     * and people's commands. Keyed by action id.
     */
    public String actionEvents() {
        return prefix + "action-events";
    }

    public String decisions() {
        return prefix + "decisions";
    }

    public String risks() {
        return prefix + "risks";
    }

    public String questions() {
        return prefix + "questions";
    }

    /** The names each note gives people, keyed by first name. */
    public String personMentions() {
        return prefix + "people.mentions";
    }

    /** Who each written name means, keyed by the normalised name; compacted. */
    public String people() {
        return prefix + "people";
    }

    /** Complete / reopen / cancel / reassign an action, keyed by action id. */
    public String commands() {
        return inputPrefix + "commands";
    }

    /** Every status transition of every action, keyed by action id. */
    public String actionStatus() {
        return prefix + "action-status";
    }

    /** The latest tracked state of each action, compacted, keyed by action id. */
    public String actionsCurrent() {
        return prefix + "actions.current";
    }

    public String deadLetters() {
        return prefix + "dead-letters";
    }

    public String alertsOverdue() {
        return prefix + "alerts.overdue";
    }

    public String overdueCurrent() {
        return prefix + "overdue.current";
    }

    public String digest() {
        return prefix + "digest";
    }

    /** Compacted: alert and digest ids the Slack sink has posted, so nothing is posted twice. */
    public String slackDelivered() {
        return prefix + "slack.delivered";
    }

    /** Alerts Slack would not accept (unknown channel, invalid payload), with Connect's error headers. */
    public String slackDeadLetters() {
        return prefix + "slack.dead-letters";
    }

    /**
     * The inputs people write. They are read together by one task, each with a single partition, so that note
     * revisions and commands are put in one order, by time; a replay then reproduces the same history.
     */
    public List<String> ordered() {
        return List.of(rawNotes(), commands());
    }
}
