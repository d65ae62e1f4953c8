package com.actiontracker.connect.notes;

import com.actiontracker.connect.Version;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Publishes every note file of a folder tree (an Obsidian vault) as one record with its exact bytes, keyed by its
 * path relative to the folder; a new record when the content changes, a tombstone when the file is deleted.
 * Runs a single task: one folder is one ordered stream of changes.
 */
public final class NoteFolderSourceConnector extends SourceConnector {

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new NoteFolderSourceConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return NoteFolderSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public void stop() {
        // The task owns every resource.
    }

    @Override
    public ConfigDef config() {
        return NoteFolderSourceConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
