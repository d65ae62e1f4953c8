package com.actiontracker.identity;

import com.actiontracker.parse.StatementKind;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable ids for actions and findings. An id depends on what the item says (normalised text) and which meeting it
 * belongs to, never on its fields, position or status: the same task in a later revision of a note keeps its id when
 * its due date or checkbox changes, and the same task written in two notes of one meeting is one action.
 */
public final class ItemIdentity {

    private static final Pattern TAG = Pattern.compile("(^|\\s)#[\\p{L}\\p{N}_/-]+");
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)]]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ItemIdentity() {}

    /**
     * @param taskId an Obsidian Tasks id (🆔), unique in the vault: when present it is the identity
     */
    public static String actionId(LocalDate meetingDate, String notePath, String description, String taskId) {
        if (taskId != null && !taskId.isBlank()) {
            return "a-" + hash("task-id", taskId.trim());
        }
        return "a-" + hash(meeting(meetingDate, notePath), normalize(description));
    }

    public static String findingId(StatementKind kind, LocalDate meetingDate, String notePath, String text) {
        return prefix(kind) + hash(meeting(meetingDate, notePath), normalize(text));
    }

    /** The one-letter prefix of a finding id, which says its kind. */
    public static String prefix(StatementKind kind) {
        return switch (kind) {
            case DECISION -> "d-";
            case RISK -> "r-";
            case QUESTION -> "q-";
        };
    }

    /** Case, accents' composition, punctuation, tags and link brackets do not change what a task is. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = WIKILINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll(" ");
        return NOT_WORD.matcher(s).replaceAll(" ").trim();
    }

    // A note without a meeting date is its own meeting.
    private static String meeting(LocalDate meetingDate, String notePath) {
        return meetingDate != null ? meetingDate.toString() : "note:" + notePath;
    }

    private static String hash(String scope, String text) {
        return ShortHash.of(scope + '\0' + text);
    }
}
