package com.actiontracker.eval;

import com.actiontracker.parse.ActionItem;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParsedNote;
import com.actiontracker.parse.Statement;
import com.actiontracker.parse.StatementKind;
import com.actiontracker.parse.UnreadableNoteException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores what the parser finds in transcripts against gold items: precision, recall and F1 per type, the share of
 * matched actions whose owner is right, and the share of stated due dates that were resolved to the right day.
 */
public final class Evaluation {

    /** Counts of one type. */
    public record TypeScore(ItemType type, int found, int gold, int matched) {
        public double precision() {
            return found == 0 ? 0 : (double) matched / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * @param ownersRight  matched actions whose owner is the gold owner (both none counts as right)
     * @param datesStated  matched actions whose gold item has a due date
     * @param datesRight   of those, the ones resolved to that date
     * @param datesInvented matched actions whose gold item has no due date but that were given one
     * @param misses       gold items nothing matched, found items that match nothing, and matched actions with the wrong
     *                     owner or due date, for a person to read
     */
    public record Result(
            Map<ItemType, TypeScore> byType,
            int matchedActions,
            int ownersRight,
            int datesStated,
            int datesRight,
            int datesInvented,
            List<String> misses) {

        public TypeScore overall() {
            int found = 0;
            int gold = 0;
            int matched = 0;
            for (TypeScore s : byType.values()) {
                found += s.found();
                gold += s.gold();
                matched += s.matched();
            }
            return new TypeScore(null, found, gold, matched);
        }

        public double ownerAccuracy() {
            return matchedActions == 0 ? 0 : (double) ownersRight / matchedActions;
        }

        public double dateAccuracy() {
            return datesStated == 0 ? 0 : (double) datesRight / datesStated;
        }
    }

    private Evaluation() {}

    /** One note's found items: what the parser inferred from its transcript, after blanking its written sections. */
    public static List<PredictedItem> found(NoteParser parser, String name, byte[] content)
            throws UnreadableNoteException {
        ParsedNote note = parser.parse(name, TranscriptOnly.strip(content));
        List<PredictedItem> items = new ArrayList<>();
        for (ActionItem action : note.actions()) {
            if (action.origin() == ItemOrigin.TRANSCRIPT) {
                items.add(new PredictedItem(
                        ItemType.ACTION,
                        action.description(),
                        action.rawLine(),
                        action.owner(),
                        action.due(),
                        action.line(),
                        action.confidence()));
            }
        }
        for (Statement statement : note.statements()) {
            if (statement.origin() == ItemOrigin.TRANSCRIPT && statement.kind() != StatementKind.QUESTION) {
                items.add(new PredictedItem(
                        statement.kind() == StatementKind.DECISION ? ItemType.DECISION : ItemType.RISK,
                        statement.text(),
                        statement.text(),
                        null,
                        null,
                        statement.line(),
                        statement.confidence()));
            }
        }
        return items;
    }

    /** Parses the notes (file name to content) and scores what it found against the gold items of those notes. */
    public static Result run(NoteParser parser, Map<String, byte[]> notes, List<GoldItem> gold)
            throws UnreadableNoteException {
        return run(parser, notes, gold, 0);
    }

    /**
     * As {@link #run(NoteParser, Map, List)}, counting only what was found with at least {@code minConfidence}: what
     * the ledger would count without review at that {@code tracker.transcript.accept-confidence}.
     */
    public static Result run(NoteParser parser, Map<String, byte[]> notes, List<GoldItem> gold, double minConfidence)
            throws UnreadableNoteException {
        Map<String, List<PredictedItem>> found = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> note : notes.entrySet()) {
            found.put(
                    note.getKey(),
                    found(parser, note.getKey(), note.getValue()).stream()
                            .filter(item -> item.confidence() >= minConfidence)
                            .toList());
        }
        return score(
                found, gold.stream().filter(g -> notes.containsKey(g.note())).toList());
    }

    /** Scores found items against the gold items of the same notes. */
    public static Result score(Map<String, List<PredictedItem>> foundByNote, List<GoldItem> gold) {
        Map<ItemType, int[]> counts = new EnumMap<>(ItemType.class);
        for (ItemType type : ItemType.values()) {
            counts.put(type, new int[3]);
        }
        int matchedActions = 0;
        int ownersRight = 0;
        int datesStated = 0;
        int datesRight = 0;
        int datesInvented = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<PredictedItem>> note : foundByNote.entrySet()) {
            List<GoldItem> noteGold =
                    gold.stream().filter(g -> g.note().equals(note.getKey())).toList();
            note.getValue().forEach(f -> counts.get(f.type())[0]++);
            noteGold.forEach(g -> counts.get(g.type())[1]++);
            List<ItemMatcher.Match> matches = ItemMatcher.match(note.getValue(), noteGold);
            for (ItemMatcher.Match m : matches) {
                counts.get(m.gold().type())[2]++;
                if (m.gold().type() == ItemType.ACTION) {
                    matchedActions++;
                    if (sameOwner(m.found().owner(), m.gold().owner())) {
                        ownersRight++;
                    } else {
                        misses.add("owner  " + where(note.getKey(), m.gold()) + ": owner "
                                + m.gold().owner() + ", found " + m.found().owner());
                    }
                    if (m.gold().due() != null) {
                        datesStated++;
                        if (m.gold().due().equals(m.found().due())) {
                            datesRight++;
                        } else {
                            misses.add("date   " + where(note.getKey(), m.gold())
                                    + ": due " + m.gold().due() + " (\""
                                    + m.gold().dueText() + "\"), found "
                                    + m.found().due());
                        }
                    } else if (m.found().due() != null) {
                        datesInvented++;
                        misses.add("date   " + where(note.getKey(), m.gold()) + ": due none said, found "
                                + m.found().due());
                    }
                }
            }
            noteGold.stream()
                    .filter(g -> matches.stream().noneMatch(m -> m.gold() == g))
                    .forEach(g ->
                            misses.add("missed " + note.getKey() + ":" + g.line() + " " + g.type() + " " + g.text()));
            note.getValue().stream()
                    .filter(f -> matches.stream().noneMatch(m -> m.found() == f))
                    .forEach(f ->
                            misses.add("extra  " + note.getKey() + ":" + f.line() + " " + f.type() + " " + f.text()));
        }
        Map<ItemType, TypeScore> byType = new EnumMap<>(ItemType.class);
        counts.forEach((type, c) -> byType.put(type, new TypeScore(type, c[0], c[1], c[2])));
        return new Result(byType, matchedActions, ownersRight, datesStated, datesRight, datesInvented, misses);
    }

    /** Which gold item a miss is about: "note:line text". */
    private static String where(String note, GoldItem gold) {
        return note + ":" + gold.line() + " " + gold.text();
    }

    static boolean sameOwner(String found, String gold) {
        if (found == null || gold == null) {
            return found == null && gold == null;
        }
        String f = found.toLowerCase(Locale.ROOT).strip();
        String g = gold.toLowerCase(Locale.ROOT).strip();
        return Objects.equals(f, g) || g.startsWith(f + " ") || f.startsWith(g + " ");
    }
}
