package com.actiontracker.connect.notes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.apache.kafka.connect.storage.OffsetUtils;

/**
 * A source task's context whose offset storage is a map, for tests and benchmarks that drive a task without the
 * Connect runtime; {@link #commit} stands in for the worker's offset commit.
 */
public record InMemoryOffsets(Map<Map<String, ?>, Map<String, Object>> committed) implements SourceTaskContext {

    public InMemoryOffsets() {
        this(new HashMap<>());
    }

    /** What the worker commits once these records are sent: the latest offset of each source partition. */
    public void commit(List<SourceRecord> records) {
        records.forEach(r -> {
            OffsetUtils.validateFormat(r.sourceOffset());
            committed.put(r.sourcePartition(), new HashMap<>(r.sourceOffset()));
        });
    }

    @Override
    public Map<String, String> configs() {
        return Map.of();
    }

    @Override
    public OffsetStorageReader offsetStorageReader() {
        return new OffsetStorageReader() {
            @Override
            public <T> Map<String, Object> offset(Map<String, T> partition) {
                return committed.get(partition);
            }

            @Override
            public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
                Map<Map<String, T>, Map<String, Object>> found = new HashMap<>();
                partitions.forEach(p -> found.put(p, committed.get(p)));
                return found;
            }
        };
    }

    @Override
    public PluginMetrics pluginMetrics() {
        return null;
    }
}
