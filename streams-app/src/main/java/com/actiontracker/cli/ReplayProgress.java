package com.actiontracker.cli;

import com.actiontracker.runtime.EmbeddedPipeline;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What a replay tells a person while it runs, on stderr (stdout is the ledger): records replayed of the total and
 * what it is waiting for. On a terminal, one line redrawn in place with a bar; to a pipe or a log, a line when what it
 * waits for changes and otherwise every ten seconds, so a log is not flooded.
 */
final class ReplayProgress implements Consumer<EmbeddedPipeline.Waiting> {

    private static final int BAR = 30;
    private static final long QUIET_NANOS = 10_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private String lastReason;
    private long lastLine;

    ReplayProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void accept(EmbeddedPipeline.Waiting waiting) {
        String reason = waiting.reason();
        long now = System.nanoTime();
        if (terminal) {
            out.print("\r" + line(waiting, true) + "\u001b[K");
        } else if (!reason.equals(lastReason) || now - lastLine > QUIET_NANOS) {
            out.println(line(waiting, false));
            lastLine = now;
        }
        lastReason = reason;
        out.flush();
    }

    /** Ends the redrawn line, so that what follows starts on its own. */
    void finish() {
        if (terminal && lastReason != null) {
            out.println();
            out.flush();
        }
    }

    static String line(EmbeddedPipeline.Waiting waiting, boolean bar) {
        var progress = waiting.progress();
        String figures = String.format(
                Locale.ROOT,
                "Replayed %,d of %,d records (%d%%)",
                progress.processed(),
                progress.total(),
                progress.percent());
        String drawn = "";
        if (bar) {
            int filled = progress.percent() * BAR / 100;
            drawn = " [" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
        }
        boolean done = progress.total() > 0
                && progress.processed() >= progress.total()
                && waiting.notesPublished() >= waiting.notes();
        return figures + drawn + (done ? "" : "; waiting for " + waiting.reason());
    }
}
