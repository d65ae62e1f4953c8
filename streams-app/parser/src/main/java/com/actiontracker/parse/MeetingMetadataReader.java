package com.actiontracker.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a note says about its meeting: date, title, participants and note type, each from the first source that has
 * it. See {@link NoteMetadata} for the order of sources.
 */
final class MeetingMetadataReader {

    private static final Pattern ONE_ON_ONE =
            Pattern.compile("^1\\s*:\\s*1\\s*[—–-]\\s*(.+?)\\s*[—–-]\\s*\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WITH_LINE = Pattern.compile("^\\s*\\*\\*With:?\\*\\*:?\\s*(.+)$");
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[([^\\]\\[]+)]]");
    /** More names than any meeting has: a long "Related" list stops counting there, keeping the note's cost linear. */
    static final int MAX_PARTICIPANTS = 100;

    private static final List<String> PEOPLE_KEYS =
            List.of("people", "entities.people", "participants", "attendees", "person", "counterpart");

    /** The metadata, and what could not be read. */
    record Result(NoteMetadata metadata, List<String> warnings) {}

    private MeetingMetadataReader() {}

    static Result read(String path, FrontMatter frontMatter, NoteOutline outline, String[] lines) {
        List<String> warnings = new ArrayList<>();
        String fileName = fileName(path);
        String title = firstH1(outline).or(() -> frontMatter.text("title")).orElseGet(() -> withoutExtension(fileName));
        LocalDate date = meetingDate(frontMatter, title, fileName, warnings);
        List<String> participants = participants(frontMatter, title, outline, lines);
        String type = frontMatter.text("type").orElse(null);
        return new Result(new NoteMetadata(date, title, participants, type), warnings);
    }

    private static LocalDate meetingDate(
            FrontMatter frontMatter, String title, String fileName, List<String> warnings) {
        Optional<LocalDate> fromFrontMatter = frontMatter.date("date");
        if (fromFrontMatter.isEmpty() && frontMatter.value("date") != null) {
            warnings.add("front matter date '" + frontMatter.value("date") + "' is not a valid date; ignored");
        }
        return fromFrontMatter
                .or(() -> IsoDates.find(title))
                .or(() -> frontMatter.date("created"))
                .or(() -> IsoDates.findInFileName(fileName))
                .orElse(null);
    }

    private static List<String> participants(
            FrontMatter frontMatter, String title, NoteOutline outline, String[] lines) {
        List<String> names = new ArrayList<>();
        for (String key : PEOPLE_KEYS) {
            frontMatter.texts(key).forEach(name -> add(names, PersonNames.clean(name)));
        }
        Matcher oneOnOne = ONE_ON_ONE.matcher(title);
        if (oneOnOne.find()) {
            add(names, PersonNames.clean(oneOnOne.group(1)));
        }
        for (String line : lines) {
            Matcher with = WITH_LINE.matcher(line);
            if (with.matches()) {
                for (String name : with.group(1).split(",|;|\\band\\b")) {
                    add(names, PersonNames.clean(name));
                }
            }
        }
        for (NoteOutline.ListEntry item : outline.listItems()) {
            if (item.heading() >= 0
                    && outline.headings().get(item.heading()).text().equalsIgnoreCase("related")) {
                Matcher link = WIKILINK.matcher(item.text());
                while (link.find()) {
                    String name = PersonNames.clean(link.group(1));
                    if (PersonNames.looksLikePerson(name)) {
                        add(names, name);
                    }
                }
            }
        }
        return names;
    }

    private static void add(List<String> names, String name) {
        if (names.size() < MAX_PARTICIPANTS) {
            PersonNames.addDistinct(names, name);
        }
    }

    private static Optional<String> firstH1(NoteOutline outline) {
        return outline.headings().stream()
                .filter(heading -> heading.level() == 1 && !heading.text().isEmpty())
                .map(NoteOutline.Heading::text)
                .findFirst();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
