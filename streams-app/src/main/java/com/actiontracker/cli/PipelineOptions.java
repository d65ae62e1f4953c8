package com.actiontracker.cli;

import com.actiontracker.runtime.TrackerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that run the whole pipeline in this process (demo, report). */
final class PipelineOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    // No picocli default: tracker.input.dir (file, environment) must be able to say where the notes are.
    @Option(
            names = "--input",
            paramLabel = "DIR",
            description = "The notes folder (default: tracker.input.dir, seeds).")
    Path input;

    @Option(names = "--vault-owner", paramLabel = "NAME", description = "Who writes the notes: @Myself is this person.")
    String vaultOwner;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with any setting (see README).")
    Path configFile;

    /**
     * Settings from the file, the environment and these options, in that order of precedence (options win), with the
     * notes folder checked.
     */
    TrackerConfig config(Map<String, String> extra) {
        TrackerConfig config = settings(extra);
        if (!Files.isDirectory(config.inputDir())) {
            throw new ParameterException(spec.commandLine(), "Notes folder not found: " + config.inputDir());
        }
        return config;
    }

    /** As {@link #config}, without checking the folder. */
    TrackerConfig settings(Map<String, String> extra) {
        Properties file = new Properties();
        if (configFile != null) {
            try (var in = Files.newInputStream(configFile)) {
                file.load(in);
            } catch (IOException e) {
                throw new ParameterException(
                        spec.commandLine(), "Cannot read config file " + configFile + ": " + e.getMessage());
            }
        }
        Map<String, String> overrides = new HashMap<>(extra);
        if (input != null) {
            overrides.put(TrackerConfig.INPUT_DIR, input.toString());
        }
        if (vaultOwner != null) {
            overrides.put(TrackerConfig.VAULT_OWNER, vaultOwner);
        }
        return TrackerConfig.load(file, CliEnvironment.get(), overrides);
    }
}
