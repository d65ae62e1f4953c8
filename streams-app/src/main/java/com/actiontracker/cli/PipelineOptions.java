package com.actiontracker.cli;

import com.actiontracker.runtime.TrackerConfig;
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

    @Option(names = "--input", paramLabel = "DIR", description = "The notes folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "seeds")
    Path input;

    @Option(names = "--vault-owner", paramLabel = "NAME", description = "Who writes the notes: @Myself is this person.")
    String vaultOwner;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with any setting (see README).")
    Path configFile;

    void checkInput() {
        if (!Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "Notes folder not found: " + input);
        }
    }

    /** Settings from the file, the environment and these options (options win). */
    TrackerConfig config(Map<String, String> extra) {
        Properties file = new Properties();
        if (configFile != null) {
            try (var in = Files.newInputStream(configFile)) {
                file.load(in);
            } catch (java.io.IOException e) {
                throw new ParameterException(spec.commandLine(), "Cannot read config file " + configFile + ": " + e.getMessage());
            }
        }
        Map<String, String> overrides = new HashMap<>(extra);
        overrides.put(TrackerConfig.INPUT_DIR, input.toString());
        if (vaultOwner != null) {
            overrides.put(TrackerConfig.VAULT_OWNER, vaultOwner);
        }
        return TrackerConfig.load(file, System.getenv(), overrides);
    }
}
