package com.actiontracker.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.actiontracker.connect.slack.SlackSinkConnector;
import com.actiontracker.runtime.TrackerConfig;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.config.Config;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What can be checked of docker-compose.yml without a Docker engine: it is valid YAML, images are pinned, the app's
 * environment variables are settings the app reads and the README documents, and the files it mounts exist.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");

    @Test
    @SuppressWarnings("unchecked")
    void imagesArePinnedAndTheAppsEnvironmentIsKnownAndDocumented() throws IOException {
        Map<String, Object> compose = load();
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("kafka", "connect", "tracker");
        services.forEach((name, service) -> {
            Object image = service.get("image");
            if (image != null) {
                assertThat(image.toString())
                        .as(name)
                        .matches("[^:]+:[0-9][^:]*")
                        .doesNotEndWith(":latest");
            } else {
                assertThat(service).as(name + " is built").containsKey("build");
            }
        });
        String readme = Files.readString(ROOT.resolve("README.md"));
        Map<String, Object> environment =
                (Map<String, Object>) services.get("tracker").get("environment");
        Map<String, String> env = new HashMap<>();
        environment.forEach((k, v) -> env.put(k, String.valueOf(v)));
        assertThat(TrackerConfig.fromEnvironment(env).keySet())
                .as("every variable maps to a setting")
                .hasSize(env.size());
        assertThat(env.keySet()).allSatisfy(variable -> assertThat(readme).contains(variable));
        assertThat(Files.readString(ROOT.resolve("docker/tracker/Dockerfile"))).doesNotContain(":latest");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMountedFileExists() throws IOException {
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) load().get("services");
        services.values()
                .forEach(service -> ((List<String>) service.getOrDefault("volumes", List.of())).forEach(volume -> {
                    String source = volume.split(":")[0];
                    if (source.startsWith("./docker/")) {
                        assertThat(ROOT.resolve(source)).exists();
                    }
                }));
    }

    @Test
    void theSlackSinkConfigReadsItsSecretFromTheWorkersEnvironmentAndIsValid() throws IOException {
        Map<String, String> config = new ObjectMapper()
                .readValue(
                        ROOT.resolve("docker/connect/slack-alerts.json").toFile(),
                        new TypeReference<Map<String, String>>() {});
        assertThat(config).containsEntry("slack.webhook.url", "${env:SLACK_WEBHOOK_URL}");
        assertThat(Files.readString(ROOT.resolve("docker/connect/worker.properties")))
                .contains("config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider");
        // What the worker's EnvVarConfigProvider hands the connector, with sample values for the variables.
        Map<String, String> env = Map.of(
                "SLACK_WEBHOOK_URL",
                "https://hooks.slack.com/services/T0/B0/x",
                "SLACK_OWNER_ROUTES",
                "Jason Vallery=U0JASON");
        Map<String, String> resolved = new HashMap<>();
        config.forEach((k, v) -> resolved.put(k, v.startsWith("${env:") ? env.get(v.substring(6, v.length() - 1)) : v));

        Config result = new SlackSinkConnector().validate(resolved);

        assertThat(result.configValues())
                .allSatisfy(v -> assertThat(v.errorMessages()).as(v.name()).isEmpty());
    }

    @Test
    void dockerComposeAcceptsTheFileWhenTheComposeClientIsInstalled() throws Exception {
        Process probe = new ProcessBuilder("docker", "compose", "version")
                .redirectErrorStream(true)
                .start();
        assumeTrue(probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0, "docker compose is not installed");
        Process config = new ProcessBuilder("docker", "compose", "-f", "docker-compose.yml", "config", "--quiet")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(config.getInputStream().readAllBytes());
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(config.exitValue()).as(output).isZero();
    }

    private static Map<String, Object> load() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }
}
