package com.actiontracker.ingest;

import com.actiontracker.avro.NoteIndex;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the last processed revision of a note contained: the next revision withdraws what it no longer says.
 *
 * @param findingIds finding ids, whose prefix says their kind
 * @param firstNames keys of the person mentions published for this revision
 */
public record IndexedNote(
        String path,
        String sha256,
        Set<String> actionIds,
        Set<String> findingIds,
        Set<String> firstNames,
        Instant processedAt) {

    public IndexedNote {
        actionIds = Set.copyOf(actionIds);
        findingIds = Set.copyOf(findingIds);
        firstNames = Set.copyOf(firstNames);
    }

    public static IndexedNote fromAvro(NoteIndex a) {
        return new IndexedNote(
                a.getPath(),
                a.getSha256(),
                Set.copyOf(a.getActionIds()),
                Set.copyOf(a.getFindings()),
                Set.copyOf(a.getPeople()),
                a.getProcessedAt());
    }

    public static NoteIndex toAvro(IndexedNote n) {
        return new NoteIndex(
                n.path(),
                n.sha256(),
                sorted(n.actionIds()),
                sorted(n.findingIds()),
                sorted(n.firstNames()),
                n.processedAt());
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
