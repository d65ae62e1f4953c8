package com.actiontracker.tracking;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.StatementKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decision, risk or open question, with every note that currently states it (the same decision copied into two
 * notes of one meeting is one finding).
 *
 * @param sources note path to line
 */
public record FindingState(
        String id,
        StatementKind kind,
        String text,
        String section,
        LocalDate meetingDate,
        String meetingTitle,
        ItemOrigin origin,
        double confidence,
        SortedMap<String, Integer> sources) {

    public FindingState {
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
    }

    /** What one revision of one note says about a finding. */
    public record Observation(
            String id,
            StatementKind kind,
            String text,
            String section,
            LocalDate meetingDate,
            String meetingTitle,
            ItemOrigin origin,
            double confidence,
            String path,
            int line,
            boolean withdrawn) {}

    /** @return the next state, or null once no note states the finding any more */
    public static FindingState apply(FindingState current, Observation o) {
        TreeMap<String, Integer> next = new TreeMap<>(current == null ? Collections.emptySortedMap() : current.sources);
        if (o.withdrawn()) {
            next.remove(o.path());
            if (next.isEmpty()) {
                return null;
            }
            return new FindingState(
                    current.id,
                    current.kind,
                    current.text,
                    current.section,
                    current.meetingDate,
                    current.meetingTitle,
                    current.origin,
                    current.confidence,
                    next);
        }
        next.put(o.path(), o.line());
        return new FindingState(
                o.id(),
                o.kind(),
                o.text(),
                o.section(),
                o.meetingDate(),
                o.meetingTitle(),
                o.origin(),
                o.confidence(),
                next);
    }

    public List<SourceLocation> locations() {
        return sources.entrySet().stream()
                .map(e -> new SourceLocation(e.getKey(), e.getValue()))
                .toList();
    }
}
