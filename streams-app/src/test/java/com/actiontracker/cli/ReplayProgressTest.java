package com.actiontracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.runtime.CatchUpWatcher;
import com.actiontracker.runtime.EmbeddedPipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {

    @Test
    void aLineSaysRecordsReplayedOfTheTotalAndWhatItWaitsFor() {
        EmbeddedPipeline.Waiting connector = new EmbeddedPipeline.Waiting(3, 7, new CatchUpWatcher.Progress(0, 0));
        EmbeddedPipeline.Waiting streams = new EmbeddedPipeline.Waiting(7, 7, new CatchUpWatcher.Progress(1250, 5000));
        EmbeddedPipeline.Waiting through = new EmbeddedPipeline.Waiting(7, 7, new CatchUpWatcher.Progress(5000, 5000));

        assertThat(ReplayProgress.line(connector, false))
                .endsWith("waiting for the folder connector to publish the notes (3 of 7)");
        assertThat(ReplayProgress.line(streams, true))
                .isEqualTo("Replayed 1,250 of 5,000 records (25%) [#######.......................];"
                        + " waiting for the stream app to read its topics");
        assertThat(ReplayProgress.line(through, false)).isEqualTo("Replayed 5,000 of 5,000 records (100%)");
    }

    @Test
    void toALogItWritesALineWhenWhatItWaitsForChangesNotEverySecond() {
        StringWriter log = new StringWriter();
        ReplayProgress progress = new ReplayProgress(new PrintWriter(log), false);

        for (int i = 0; i < 5; i++) {
            progress.accept(new EmbeddedPipeline.Waiting(7, 7, new CatchUpWatcher.Progress(i * 100, 5000)));
        }
        progress.accept(new EmbeddedPipeline.Waiting(7, 7, new CatchUpWatcher.Progress(5000, 5000)));

        assertThat(log.toString().lines()).hasSize(2);
        assertThat(log.toString()).doesNotContain("\r");
    }

    @Test
    void onATerminalItRedrawsOneLineAndEndsItWhenDone() {
        StringWriter screen = new StringWriter();
        ReplayProgress progress = new ReplayProgress(new PrintWriter(screen), true);

        progress.accept(new EmbeddedPipeline.Waiting(7, 7, new CatchUpWatcher.Progress(10, 20)));
        progress.accept(new EmbeddedPipeline.Waiting(7, 7, new CatchUpWatcher.Progress(20, 20)));
        progress.finish();

        assertThat(screen.toString()).startsWith("\rReplayed 10 of 20").contains("\rReplayed 20 of 20");
        assertThat(screen.toString().chars().filter(c -> c == '\n').count())
                .as("redrawn with carriage returns, one new line at the end")
                .isEqualTo(1);
        assertThat(screen.toString()).endsWith(System.lineSeparator());
    }
}
