package com.actiontracker.connect.notes;

import com.actiontracker.connect.Version;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
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

    /**
     * Supported: every record carries, in its bucket's offset, exactly the state of the folder it publishes, so a
     * worker with exactly-once source support writes the records and the offsets in one transaction and a restart
     * neither skips nor repeats a revision.
     */
    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }

    /**
     * Offsets a user writes through Connect's offsets API (the connector stopped) are read by the task when it
     * starts, so they are accepted once they are offsets the task can read: see {@link NoteFolderOffsets#validate}.
     * Resetting a bucket publishes its files again; resetting all of them publishes the folder again.
     */
    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        String root = NoteFolderSourceConfig.rootOf(connectorConfig).toString();
        offsets.forEach((partition, offset) -> NoteFolderOffsets.validate(root, partition, offset));
        return true;
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
