package com.actiontracker.runtime;

import com.actiontracker.cli.TrackerCli;
import com.actiontracker.tracking.ActionState;
import java.io.PrintWriter;
import java.io.StringWriter;

/** What the integration tests ask a running pipeline, and the CLI they drive it with. */
final class PipelineProbes {

    private PipelineProbes() {}

    /** The action with this text in the pipeline's stores. */
    static ActionState action(EmbeddedPipeline pipeline, String text) {
        return pipeline.app().actions().stream()
                .filter(a -> a.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no action " + text + " in " + pipeline.app().actions()));
    }

    /** Runs a {@code tracker} command quietly and returns its exit code. */
    static int cli(String... args) {
        var cli = TrackerCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }
}
