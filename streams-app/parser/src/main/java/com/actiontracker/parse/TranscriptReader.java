package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the transcript in a note, in any of the three shapes transcription tools write:
 * <ol>
 * <li>{@code [00:00:22.51]  Jason ValleryGood afternoon...}: a timestamp, then the speaker glued to the words;</li>
 * <li>{@code [00:00:00.04] Jason Vallery :  Jason ValleryLike...}: a timestamp, the speaker, a colon, then the words,
 *     often with the speaker repeated;</li>
 * <li>a speaker's name alone on a line after a blank line, then what they said (no timestamps): names the note
 *     knows, or that head at least two such blocks.</li>
 * </ol>
 * A glued speaker is recognised as the longest name that starts the words: names the note gives (participants, task
 * owners), "Remote", the labels of shape 2, and names inferred from the transcript itself (capitalised words that
 * start at least two turns and are glued to the next word at least once, as in "ValleryGood").
 */
final class TranscriptReader {

    static final String REMOTE = "Remote";
    static final String UNKNOWN = "Unknown";

    private static final Pattern TIMESTAMPED =
            Pattern.compile("^\\s*\\[(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?)]\\s*(.*)$");
    /** One to four capitalised words. */
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3}";

    private static final Pattern LABELLED = Pattern.compile("^(" + NAME + ")\\s+:\\s*(.*)$");
    private static final Pattern NAME_LINE = Pattern.compile("^(" + NAME + "):?$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern LEADING_NOISE = Pattern.compile("^[\\s:>\\-–—]+");
    private static final int MAX_NAME_LINE_CHARS = 40;
    private static final int MAX_LABELLED_LINE_CHARS = 120;

    private TranscriptReader() {}

    /**
     * @param lines      the note's lines
     * @param firstLine  index of the first line after the front matter
     * @param knownNames people the note names, to recognise glued speakers
     * @return the turns in order, as written (see {@link TranscriptCleaner} for filler and echoes)
     */
    static List<TranscriptTurn> read(String[] lines, int firstLine, Collection<String> knownNames) {
        List<Stamped> stamped = new ArrayList<>();
        for (int k = firstLine; k < lines.length; k++) {
            Matcher m = TIMESTAMPED.matcher(lines[k]);
            if (m.matches()) {
                stamped.add(new Stamped(k, m.group(1), m.group(2)));
            }
        }
        return stamped.size() >= 2
                ? readTimestamped(lines, stamped, knownNames)
                : readSpeakerBlocks(lines, firstLine, knownNames);
    }

    /** A line that starts with a timestamp: its index, the timestamp, and what follows it. */
    private record Stamped(int index, String timestamp, String rest) {}

    private static List<TranscriptTurn> readTimestamped(
            String[] lines, List<Stamped> stamped, Collection<String> knownNames) {
        List<String> rests = new ArrayList<>();
        for (int k = 0; k < stamped.size(); k++) {
            int next = k + 1 < stamped.size() ? stamped.get(k + 1).index() : lines.length;
            rests.add(withContinuation(
                    stamped.get(k).rest(), lines, stamped.get(k).index() + 1, next));
        }
        List<Matcher> labelled = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (String rest : rests) {
            Matcher m = LABELLED.matcher(rest);
            boolean matched = m.matches();
            labelled.add(matched ? m : null);
            if (matched) {
                labels.add(m.group(1));
            }
        }
        Set<String> names = new HashSet<>(knownNames);
        names.add(REMOTE);
        names.addAll(labels);
        names.addAll(gluedNames(rests));
        names.remove("");
        // the longest name that starts the words; looked up by length, as a transcript may name thousands of labels
        int[] lengths =
                names.stream().mapToInt(String::length).distinct().sorted().toArray();

        List<TranscriptTurn> turns = new ArrayList<>();
        for (int k = 0; k < stamped.size(); k++) {
            String rest = rests.get(k);
            Matcher label = labelled.get(k);
            String speaker;
            String text;
            if (label != null) {
                speaker = label.group(1);
                text = label.group(2).strip();
                if (text.startsWith(speaker)) {
                    text = text.substring(speaker.length());
                }
            } else {
                speaker = longestNameStarting(rest, names, lengths);
                text = speaker.equals(UNKNOWN) ? rest : rest.substring(speaker.length());
            }
            turns.add(new TranscriptTurn(
                    speaker,
                    stamped.get(k).timestamp(),
                    stamped.get(k).index() + 1,
                    LEADING_NOISE.matcher(text).replaceFirst("").strip()));
        }
        return turns;
    }

    private static String longestNameStarting(String text, Set<String> names, int[] lengths) {
        for (int k = lengths.length - 1; k >= 0; k--) {
            if (lengths[k] <= text.length() && names.contains(text.substring(0, lengths[k]))) {
                return text.substring(0, lengths[k]);
            }
        }
        return UNKNOWN;
    }

    /** A turn may go on over following lines, up to a blank line, the next turn, a fence or a heading. */
    private static String withContinuation(String first, String[] lines, int from, int to) {
        StringBuilder sb = new StringBuilder(first);
        for (int k = from; k < to; k++) {
            String line = lines[k].strip();
            if (line.isEmpty() || line.startsWith("```") || line.startsWith("#") || line.startsWith("<!--")) {
                break;
            }
            sb.append(' ').append(line);
        }
        return sb.toString();
    }

    /** Capitalised words that start at least two turns and are glued to what follows at least once. */
    private static Set<String> gluedNames(List<String> rests) {
        Map<String, Integer> starts = new HashMap<>();
        Set<String> glued = new LinkedHashSet<>();
        for (String rest : rests) {
            int position = 0;
            for (int words = 0; words < 4; words++) {
                Matcher word = NAME_WORD.matcher(rest).region(position, rest.length());
                if (!word.lookingAt()) {
                    break;
                }
                int end = word.end();
                String candidate = rest.substring(0, end);
                starts.merge(candidate, 1, Integer::sum);
                char next = end < rest.length() ? rest.charAt(end) : ' ';
                if (Character.isUpperCase(next) || next == '-' || next == '>' || next == '(') {
                    glued.add(candidate);
                }
                if (next != ' ' || end + 1 >= rest.length() || !Character.isUpperCase(rest.charAt(end + 1))) {
                    break;
                }
                position = end + 1;
            }
        }
        glued.removeIf(name -> starts.get(name) < 2);
        return glued;
    }

    /**
     * A name line counts when the note knows the name or it heads at least two blocks: a lone capitalised line before
     * a paragraph is more often a label ("Summary") than a speaker.
     */
    private static List<TranscriptTurn> readSpeakerBlocks(
            String[] lines, int firstLine, Collection<String> knownNames) {
        List<Integer> nameLines = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int k = firstLine; k + 1 < lines.length; k++) {
            String name = speakerName(lines, k, firstLine);
            if (name != null) {
                nameLines.add(k);
                counts.merge(name, 1, Integer::sum);
            }
        }
        nameLines.removeIf(k -> {
            String name = speakerName(lines, k, firstLine);
            return counts.get(name) < 2 && knownNames.stream().noneMatch(known -> PersonNames.samePerson(known, name));
        });
        if (nameLines.size() < 2) {
            return List.of();
        }
        List<TranscriptTurn> turns = new ArrayList<>();
        for (int index = 0; index < nameLines.size(); index++) {
            int start = nameLines.get(index);
            int end = index + 1 < nameLines.size() ? nameLines.get(index + 1) : lines.length;
            StringBuilder text = new StringBuilder();
            for (int k = start + 1; k < end && !lines[k].startsWith("#"); k++) {
                if (!lines[k].isBlank()) {
                    text.append(text.length() > 0 ? " " : "").append(lines[k].strip());
                }
            }
            turns.add(new TranscriptTurn(speakerName(lines, start, firstLine), null, start + 1, text.toString()));
        }
        return turns;
    }

    /**
     * The name on line k when it stands alone after a blank line (or the body's start) and words follow it. A role or
     * affiliation in parentheses after the name, as parliamentary records write it ("Hon. Steven Guilbeault (Minister
     * of Canadian Heritage)"), is not part of the name.
     */
    private static String speakerName(String[] lines, int k, int firstLine) {
        String line = lines[k].strip();
        if (line.length() > MAX_LABELLED_LINE_CHARS
                || (k > firstLine && !lines[k - 1].isBlank())
                || k + 1 >= lines.length
                || lines[k + 1].isBlank()) {
            return null;
        }
        int role = line.endsWith(")") ? line.indexOf(" (") : -1;
        String name = role > 0 ? line.substring(0, role).strip() : line;
        if (name.length() > MAX_NAME_LINE_CHARS) {
            return null;
        }
        Matcher m = NAME_LINE.matcher(name);
        return m.matches() ? m.group(1) : null;
    }
}
