package com.actiontracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.runtime.TrackerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the README promises for every command: defaults, then the config file, then the environment, then options. */
class ConfigPrecedenceTest {

    @TempDir
    Path dir;

    @AfterEach
    void processEnvironmentAgain() {
        CliEnvironment.reset();
    }

    @Test
    void demoTakesTheFolderDataAndPortFromTheFileThenTheEnvironmentThenItsOptions() throws Exception {
        Path fromFile = Files.createDirectories(dir.resolve("file-notes"));
        Path fromEnv = Files.createDirectories(dir.resolve("env-notes"));
        Path fromOption = Files.createDirectories(dir.resolve("option-notes"));
        Path config = file("tracker.input.dir=" + fromFile + "\ntracker.data.dir=" + dir.resolve("file-data")
                + "\ntracker.http.port=1111\n");

        CliEnvironment.use(Map.of());
        TrackerConfig fileOnly =
                this.<DemoCommand>command("demo", "--config", config.toString()).config();
        assertThat(fileOnly.inputDir()).isEqualTo(fromFile);
        assertThat(fileOnly.dataDir()).isEqualTo(dir.resolve("file-data"));
        assertThat(fileOnly.httpPort()).isEqualTo(1111);

        CliEnvironment.use(Map.of("TRACKER_INPUT_DIR", fromEnv.toString(), "TRACKER_HTTP_PORT", "2222"));
        TrackerConfig withEnvironment =
                this.<DemoCommand>command("demo", "--config", config.toString()).config();
        assertThat(withEnvironment.inputDir()).isEqualTo(fromEnv);
        assertThat(withEnvironment.httpPort()).isEqualTo(2222);
        assertThat(withEnvironment.dataDir())
                .as("not in the environment: the file's")
                .isEqualTo(dir.resolve("file-data"));

        TrackerConfig withOptions = this.<DemoCommand>command(
                        "demo",
                        "--config",
                        config.toString(),
                        "--input",
                        fromOption.toString(),
                        "--port",
                        "3333",
                        "--data-dir",
                        dir.resolve("option-data").toString())
                .config();
        assertThat(withOptions.inputDir()).isEqualTo(fromOption);
        assertThat(withOptions.httpPort()).isEqualTo(3333);
        assertThat(withOptions.dataDir()).isEqualTo(dir.resolve("option-data"));
    }

    @Test
    void withNothingSetTheDefaultsOfTheConfigDefApply() throws Exception {
        CliEnvironment.use(Map.of());
        TrackerConfig defaults =
                this.<DemoCommand>command("demo", "--input", dir.toString()).config();
        assertThat(defaults.dataDir()).isEqualTo(Path.of(".tracker"));
        assertThat(defaults.httpPort()).isEqualTo(8080);
        assertThat(new TrackerConfig(Map.of()).inputDir()).isEqualTo(Path.of("seeds"));
    }

    @Test
    void tailAndTheActionCommandsReadTheTopicPrefixAndBrokerFromTheEnvironmentUnlessGiven() {
        CliEnvironment.use(Map.of("TRACKER_TOPIC_PREFIX", "acme.", "KAFKA_BOOTSTRAP_SERVERS", "kafka.acme:9092"));
        TailCommand tail = command("tail", "alerts.overdue");
        assertThat(tail.kafka.topics().alertsOverdue()).isEqualTo("acme.alerts.overdue");
        assertThat(tail.kafka.bootstrapServers()).isEqualTo("kafka.acme:9092");

        ActionCommands.Done done = command("done", "a-1", "--topic-prefix", "other.", "--bootstrap-server", "h:1");
        assertThat(done.kafka.topics().commands()).isEqualTo("other.commands");
        assertThat(done.kafka.bootstrapServers()).isEqualTo("h:1");

        CliEnvironment.use(Map.of());
        assertThat(this.<TailCommand>command("tail", "x").kafka.bootstrapServers())
                .isEqualTo("localhost:9092");
    }

    @Test
    void parseReadsTheParserSettingsFromTheFileAndTheEnvironment() throws Exception {
        Path config = file("tracker.parse.transcript.max-items=3\ntracker.parse.yaml.max-aliases=7\n");
        CliEnvironment.use(Map.of("TRACKER_PARSE_TRANSCRIPT_MAX_ITEMS", "5"));

        TrackerConfig settings = this.<ParseCommand>command("parse", "--config", config.toString(), "x.md")
                .config();

        assertThat(settings.parserProperties())
                .containsEntry("tracker.parse.transcript.max-items", "5")
                .containsEntry("tracker.parse.yaml.max-aliases", "7");
    }

    private Path file(String properties) throws Exception {
        Path file = Files.createTempFile(dir, "tracker", ".properties");
        Files.writeString(file, properties);
        return file;
    }

    @SuppressWarnings("unchecked")
    private <T> T command(String... args) {
        CommandLine cli = TrackerCli.commandLine();
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        return (T) parsed.subcommand().commandSpec().userObject();
    }
}
