package com.actiontracker.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tracker} command. Exit codes: 0 success, 1 failure, 2 bad usage. Every command only wires parts
 * together; the work is done in the capability packages.
 */
@Command(name = "tracker", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Meeting notes in, a per-owner ledger of action items, decisions and risks out.",
        subcommands = {DemoCommand.class, ReportCommand.class, RunCommand.class, ParseCommand.class,
                ActionCommands.Done.class, ActionCommands.Reopen.class, ActionCommands.Cancel.class,
                ActionCommands.Assign.class, ActionCommands.Accept.class, ActionCommands.Dismiss.class, TailCommand.class, ReplayCommand.class, BenchCommand.class, EvalCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class TrackerCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TrackerCli());
        cli.registerConverter(java.time.LocalDate.class, Converters::date);
        // --version answers on every subcommand, with the tool's version (picocli gives a subcommand none of its own).
        Versions versions = new Versions();
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(versions));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + Converters.oneLine(e));
            if (LoggingOptions.verbose) {
                e.printStackTrace(err);
            }
            return 1;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("error: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        return cli;
    }
}
