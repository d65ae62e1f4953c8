package com.actiontracker.connect.slack;

import com.actiontracker.connect.Version;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Posts the tracker's overdue alerts ({@code tracker.alerts.overdue}) and daily digests ({@code tracker.digest}) to
 * Slack. Runs a single task whatever {@code tasks.max} says: Slack takes about one message per second per channel,
 * so more tasks would only race each other for the same channels and the same delivery log.
 */
public final class SlackSinkConnector extends SinkConnector {

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new SlackSinkConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return SlackSinkTask.class;
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
        return SlackSinkConfig.CONFIG_DEF;
    }

    /** Adds the checks that span several keys (exactly one credential, routes that the mode can serve). */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = super.validate(connectorConfigs);
        if (config.configValues().stream().allMatch(v -> v.errorMessages().isEmpty())) {
            Map<String, ConfigValue> byName =
                    config.configValues().stream().collect(Collectors.toMap(ConfigValue::name, v -> v));
            SlackSinkConfig.problems(connectorConfigs)
                    .forEach(p -> byName.get(p.key()).addErrorMessage(p.message()));
        }
        return config;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
