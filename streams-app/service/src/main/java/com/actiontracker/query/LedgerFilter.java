package com.actiontracker.query;

import com.actiontracker.identity.OwnerLookup;
import com.actiontracker.parse.Priority;
import com.actiontracker.tracking.ActionView;
import com.actiontracker.tracking.Lifecycle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the page shows, as a person types it in the address and bookmarks it, in the spirit of Obsidian Tasks queries:
 * {@code ?owner=Lior&status=open&due=before:today&priority=high,highest&tag=task&path=1on1/}. Every field is optional and they
 * combine (all must hold). Counts are of what the filter keeps, so a count and its list always agree.
 *
 * @param owner    the owner as typed, found as notes name people ({@link OwnerLookup}); null: everyone
 * @param status   open (open, in progress, reopened), overdue, done, cancelled or all
 * @param due      a due-date condition; null: any
 * @param priority the priorities kept ({@code none} for actions without one); empty: any
 * @param tag      an Obsidian tag, with or without its '#'; it keeps the actions tagged with it or with a tag
 *                 nested under it ({@code task} keeps {@code #task} and {@code #task/urgent}), in any case, as
 *                 Obsidian compares tags; null: any
 * @param path     a part of the note's path; null: any
 */
public record LedgerFilter(
        String owner,
        ApiJson.StatusFilter status,
        DueCondition due,
        Set<Optional<Priority>> priority,
        String tag,
        String path) {

    public static final LedgerFilter NONE =
            new LedgerFilter(null, ApiJson.StatusFilter.ALL, null, Set.of(), null, null);

    public LedgerFilter {
        priority = Set.copyOf(priority);
        if (tag != null) {
            tag = tag.startsWith("#") ? tag : "#" + tag;
            if (tag.length() < 2) {
                throw new IllegalArgumentException("tag must name a tag, with or without its #; was " + tag);
            }
        }
    }

    /**
     * A condition on the due date: {@code before:D}, {@code after:D} or {@code on:D}, where D is a date
     * ({@code YYYY-MM-DD}), {@code today}, {@code tomorrow} or {@code yesterday}; or {@code none} (no due date).
     * Before and after are strict, as Obsidian Tasks reads them.
     */
    public record DueCondition(String relation, LocalDate day, String asTyped) {

        static DueCondition parse(String typed, LocalDate today) {
            String value = typed.strip().toLowerCase(Locale.ROOT);
            if (value.equals("none")) {
                return new DueCondition("none", null, typed.strip());
            }
            int colon = value.indexOf(':');
            String relation = colon < 0 ? "" : value.substring(0, colon);
            if (!Set.of("before", "after", "on").contains(relation)) {
                throw new IllegalArgumentException("due must be before:DAY, after:DAY, on:DAY or none (DAY a"
                        + " YYYY-MM-DD date, today, tomorrow or yesterday); was " + typed);
            }
            return new DueCondition(relation, day(value.substring(colon + 1), today, typed), typed.strip());
        }

        private static LocalDate day(String word, LocalDate today, String typed) {
            return switch (word) {
                case "today" -> today;
                case "tomorrow" -> today.plusDays(1);
                case "yesterday" -> today.minusDays(1);
                default -> {
                    try {
                        yield LocalDate.parse(word);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(
                                "due's day must be a YYYY-MM-DD date, today, tomorrow or yesterday; was " + typed);
                    }
                }
            };
        }

        boolean holds(LocalDate due) {
            return switch (relation) {
                case "none" -> due == null;
                case "before" -> due != null && due.isBefore(day);
                case "after" -> due != null && due.isAfter(day);
                default -> day.equals(due);
            };
        }
    }

    /**
     * The filter a query asks for; {@code today} is the page's day, which {@code today} in a due condition means.
     *
     * @throws IllegalArgumentException naming the field and what it accepts, for a value it cannot read
     */
    public static LedgerFilter parse(Map<String, String> query, LocalDate today) {
        String owner = blankToNull(query.get("owner"));
        ApiJson.StatusFilter status = ApiJson.StatusFilter.parse(blankToNull(query.get("status")));
        String due = blankToNull(query.get("due"));
        String priorities = blankToNull(query.get("priority"));
        Set<Optional<Priority>> priority = priorities == null
                ? Set.of()
                : Arrays.stream(priorities.split(","))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .map(LedgerFilter::priority)
                        .collect(Collectors.toSet());
        return new LedgerFilter(
                owner,
                status,
                due == null ? null : DueCondition.parse(due, today),
                priority,
                blankToNull(query.get("tag")),
                blankToNull(query.get("path")));
    }

    private static Optional<Priority> priority(String word) {
        if (word.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Priority.valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "priority must be highest, high, medium, low, lowest or none (several with commas); was " + word);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the filter keeps everything. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * The report with only the actions the filter keeps, each owner's counts made from them, owners left with nothing
     * dropped. An owner nobody matches keeps no action. Decisions and risks, nobody's, are kept unless a path is given
     * (then those of matching notes) or a tag (findings have none).
     */
    public LedgerReport apply(LedgerReport report) {
        if (isEmpty()) {
            return report;
        }
        Predicate<LedgerReport.Finding> keepFinding = finding -> tag == null
                && (path == null
                        || finding.sources().stream().anyMatch(s -> s.path().contains(path)));
        Optional<String> who = ownerIn(report);
        if (owner != null && who.isEmpty()) {
            return report.only(view -> false, keepFinding);
        }
        Predicate<ActionView> keep = view -> (who.isEmpty() || who.get().equals(view.owner()))
                && statusHolds(view)
                && (due == null || due.holds(view.due()))
                && (priority.isEmpty() || priority.contains(Optional.ofNullable(view.priority())))
                && (tag == null || view.tags().stream().anyMatch(this::tagHolds))
                && (path == null
                        || view.sources().stream().anyMatch(s -> s.path().contains(path)));
        return report.only(keep, keepFinding);
    }

    private boolean tagHolds(String written) {
        return written.equalsIgnoreCase(tag)
                || (written.length() > tag.length()
                        && written.charAt(tag.length()) == '/'
                        && written.regionMatches(true, 0, tag, 0, tag.length()));
    }

    private boolean statusHolds(ActionView view) {
        return switch (status) {
            case ALL -> true;
            case OPEN -> view.status().isPending();
            case OVERDUE -> view.overdue();
            case DONE -> view.status() == Lifecycle.DONE;
            case CANCELLED -> view.status() == Lifecycle.CANCELLED;
        };
    }

    /** The owner the typed name found in the report, if it found one. */
    public Optional<String> ownerIn(LedgerReport report) {
        if (owner == null) {
            return Optional.empty();
        }
        return OwnerLookup.find(
                        owner,
                        report.owners().stream()
                                .map(LedgerReport.OwnerSection::owner)
                                .filter(Objects::nonNull)
                                .toList())
                .owner();
    }

    /** The filter as the query fields it reads (owner, status, due, priority, tag, path), without the empty ones. */
    public List<Map.Entry<String, String>> fields() {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        if (owner != null) {
            fields.add(Map.entry("owner", owner));
        }
        if (status != ApiJson.StatusFilter.ALL) {
            fields.add(Map.entry("status", status.name().toLowerCase(Locale.ROOT)));
        }
        if (due != null) {
            fields.add(Map.entry("due", due.asTyped()));
        }
        if (!priority.isEmpty()) {
            EnumSet<Priority> named = EnumSet.noneOf(Priority.class);
            priority.forEach(p -> p.ifPresent(named::add));
            List<String> words = new ArrayList<>(
                    named.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
            if (priority.contains(Optional.<Priority>empty())) {
                words.add("none");
            }
            fields.add(Map.entry("priority", String.join(",", words)));
        }
        if (tag != null) {
            fields.add(Map.entry("tag", tag.substring(1)));
        }
        if (path != null) {
            fields.add(Map.entry("path", path));
        }
        return fields;
    }
}
