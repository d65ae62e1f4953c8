package com.actiontracker.topology;

import java.util.List;

/**
 * The topic names, all under one prefix (default {@code tracker.}) so that several trackers can share a cluster.
 */
public record Topics(String prefix) {

    public static final Topics DEFAULT = new Topics("tracker.");

    /** Each file revision, exact bytes, keyed by path; retained forever so history can be replayed. */
    public String rawNotes() {
        return prefix + "notes.raw";
    }

    /** What each note revision says about each action, keyed by action id. */
    public String actionsObserved() {
        return prefix + "actions.observed";
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
        return prefix + "commands";
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

    /** Topics keyed by action id that feed the same tasks: they must have the same number of partitions. */
    public List<String> actionKeyed() {
        return List.of(actionsObserved(), commands());
    }
}
