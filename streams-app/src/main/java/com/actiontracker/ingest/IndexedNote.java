package com.actiontracker.ingest;

import java.time.Instant;
import java.util.Set;

/**
 * What the last processed revision of a note contained: the next revision withdraws what it no longer says.
 *
 * @param findingIds finding ids, whose prefix says their kind
 */
public record IndexedNote(String path, String sha256, Set<String> actionIds, Set<String> findingIds,
                          Instant processedAt) {

    public IndexedNote {
        actionIds = Set.copyOf(actionIds);
        findingIds = Set.copyOf(findingIds);
    }

    static IndexedNote fromAvro(com.actiontracker.avro.NoteIndex a) {
        return new IndexedNote(a.getPath(), a.getSha256(), Set.copyOf(a.getActionIds()), Set.copyOf(a.getFindings()),
                a.getProcessedAt());
    }

    static com.actiontracker.avro.NoteIndex toAvro(IndexedNote n) {
        return new com.actiontracker.avro.NoteIndex(n.path(), n.sha256(), n.actionIds().stream().sorted().toList(),
                n.findingIds().stream().sorted().toList(), n.processedAt());
    }
}
