package com.actiontracker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tracker} command: the service's commands ({@link ServiceCli}) and those of the embedded stack (demo,
 * report, replay, bench) and of the transcript tools. Every command only wires parts together; the work is done in
 * the capability packages. Exit codes: 0 success, 1 failure, 2 bad usage.
 */
@Command(
        name = "tracker",
        mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        description = "Meeting notes in, a per-owner ledger of action items, decisions and risks out.",
        subcommands = {
            DemoCommand.class,
            ReportCommand.class,
            ParseCommand.class,
            ReplayCommand.class,
            BenchCommand.class,
            EvalCommand.class,
            TrainCommand.class
        })
public final class TrackerCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The embedded stack's commands, then the service's ({@link ServiceCli#configure}). */
    public static CommandLine commandLine() {
        return ServiceCli.configure(new CommandLine(new TrackerCli()));
    }
}
