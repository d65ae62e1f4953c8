package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.provider.DirectoryConfigProvider;
import org.apache.kafka.common.config.provider.EnvVarConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackSecretsTest {

    private static final String URL = "https://hooks.slack.com/services/T000/B000/secretpart";

    @TempDir
    Path dir;

    @Test
    void aFileOthersCanReadIsRefusedWithTheWayOutAndWithoutItsContent() throws Exception {
        Path file = Files.writeString(dir.resolve("webhook"), URL + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> SlackSecrets.fromFile(TrackerConfig.SLACK_WEBHOOK_FILE, file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("chmod 600")
                .hasMessageContaining(file.toString())
                .hasMessageNotContaining("secretpart");
    }

    @Test
    void aMissingOrEmptyFileIsRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty"));
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> SlackSecrets.fromFile("k", dir.resolve("missing")))
                .hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> SlackSecrets.fromFile("k", empty)).hasMessageContaining("is empty");
    }

    @Test
    void anOwnerOnlyFileBecomesADirectoryProviderReferenceThatOnlyItsFolderMayResolve() throws Exception {
        Path file = Files.writeString(dir.resolve("webhook"), URL + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        String reference = SlackSecrets.fromFile(TrackerConfig.SLACK_WEBHOOK_FILE, file);
        Map<String, String> worker = SlackSecrets.workerProviders(List.of(reference, "plain value"));

        assertThat(reference)
                .isEqualTo("${dir:" + dir.toAbsolutePath() + ":webhook}")
                .doesNotContain("secretpart");
        assertThat(worker)
                .containsEntry("config.providers", "dir")
                .containsEntry("config.providers.dir.class", DirectoryConfigProvider.class.getName())
                .containsEntry(
                        "config.providers.dir.param.allowed.paths",
                        dir.toAbsolutePath().toString());
        try (DirectoryConfigProvider provider = new DirectoryConfigProvider()) {
            provider.configure(Map.of("allowed.paths", dir.toAbsolutePath().toString()));
            assertThat(provider.get(dir.toAbsolutePath().toString(), Set.of("webhook"))
                            .data()
                            .get("webhook")
                            .strip())
                    .as("what the worker resolves the reference to")
                    .isEqualTo(URL);
        }
    }

    @Test
    void anEnvironmentReferenceMayReadThatVariableOnly() {
        Map<String, String> worker =
                SlackSecrets.workerProviders(List.of(SlackSecrets.fromEnvironment("SLACK_WEBHOOK_URL")));

        assertThat(worker)
                .containsEntry("config.providers", "env")
                .containsEntry("config.providers.env.class", EnvVarConfigProvider.class.getName());
        String allowed = worker.get("config.providers.env.param.allowlist.pattern");
        assertThat("SLACK_WEBHOOK_URL").matches(allowed);
        assertThat("HOME").doesNotMatch(allowed);
        assertThat("SLACK_WEBHOOK_URLX").doesNotMatch(allowed);
    }

    @Test
    void noReferenceNeedsNoProvider() {
        assertThat(SlackSecrets.workerProviders(List.of("https://example.org", "C0123")))
                .isEmpty();
    }
}
