package com.actiontracker.connect.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.connect.avro.TrackerAvroConverter;
import com.actiontracker.connect.slack.SlackSinkConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.connect.runtime.isolation.PluginDesc;
import org.apache.kafka.connect.runtime.isolation.Plugins;
import org.junit.jupiter.api.Test;

/**
 * The packaged plugin directory (built by the assembly in the package phase) is what a Connect worker loads from
 * plugin.path: Connect's own plugin scanner must find all three plugins there, in an isolated class loader.
 */
class ConnectPluginPackagingIT {

    @Test
    void theAssembledPluginLoadsFromPluginPathInIsolation() {
        Path pluginDir = Path.of(System.getProperty("connect.plugin.dir"));
        assertThat(pluginDir.resolve("lib")).isDirectory();
        assertThat(pluginDir.resolve("lib"))
                .isDirectoryContaining(p -> p.getFileName().toString().startsWith("avro-"));

        Plugins plugins = new Plugins(
                Map.of("plugin.path", pluginDir.getParent().toString(), "plugin.discovery", "service_load"));

        PluginDesc<?> source = plugins.sourceConnectors().stream()
                .filter(d -> d.className().equals(NoteFolderSourceConnector.class.getName())
                        && d.location().contains(pluginDir.getFileName().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(source.version()).isNotBlank().isNotEqualTo("unknown");
        assertThat(source.loader().getClass().getSimpleName()).isEqualTo("PluginClassLoader");
        assertThat(plugins.sinkConnectors()).anySatisfy(d -> {
            assertThat(d.className()).isEqualTo(SlackSinkConnector.class.getName());
            assertThat(d.location()).contains(pluginDir.getFileName().toString());
        });
        assertThat(pluginDir.resolve("lib"))
                .as("the Slack sink's JSON library travels with it")
                .isDirectoryContaining(p -> p.getFileName().toString().startsWith("jackson-databind-"));
        assertThat(plugins.converters()).anySatisfy(d -> {
            assertThat(d.className()).isEqualTo(TrackerAvroConverter.class.getName());
            assertThat(d.location()).contains(pluginDir.getFileName().toString());
        });
        assertThat(Files.exists(pluginDir.getParent().resolveSibling("action-tracker-connectors-plugin.zip")))
                .isTrue();
    }
}
