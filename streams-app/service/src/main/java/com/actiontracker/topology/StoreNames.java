package com.actiontracker.topology;

/** Every state store of the topology, by name: the topology, its processors and the queries all name them from here. */
public final class StoreNames {

    /** What each note revision said (its action, finding and person ids), to withdraw what the next one drops. */
    public static final String NOTE_INDEX = "note-index";
    /** Each note's current text, for the web page's links to a note and line. */
    public static final String NOTE_TEXT = "note-text";
    /** Each action's state, from its observations and commands. */
    public static final String ACTIONS = "actions";
    /** Each action with its owner resolved (the foreign-key join with the people). */
    public static final String RESOLVED_ACTIONS = "actions-resolved";
    /** Decisions, risks and open questions. */
    public static final String FINDINGS = "findings";
    /** Each owner's actions. */
    public static final String OWNER_LEDGER = "owner-ledger";
    /** Per first name, every name the notes use for it. */
    public static final String PEOPLE_GROUPS = "people-groups";
    /** What each written name means. */
    public static final String PEOPLE = "people";
    /** The owed actions with a due date the detector watches. */
    public static final String ALERT_CANDIDATES = "alert-candidates";
    /** Those actions by due date. */
    public static final String ALERT_SCHEDULE = "alert-schedule";
    /** The latest alert event of each action (it numbers episodes). */
    public static final String ALERTS = "alerts";
    /** New alerts held for the group wait. */
    public static final String ALERTS_HELD = "alerts-held";
    /** Held alerts by when their wait is over. */
    public static final String ALERTS_HELD_UNTIL = "alerts-held-until";
    /**
     * Alerts decided but not sent yet, by action id and order: those of an action closed while its alert waited for
     * the join to resolve its owner, sent once it has.
     */
    public static final String ALERTS_UNSENT = "alerts-unsent";
    /** Open alerts by when their next reminder is due. */
    public static final String ALERT_REMINDERS = "alert-reminders";
    /** The last day each owner's digest was sent. */
    public static final String DIGEST_SENT = "digest-sent";

    private StoreNames() {}
}
