package com.actiontracker.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tracker} command of the service jar and image: the Streams service and the commands that talk to a
 * running cluster. The full CLI ({@code TrackerCli}, in the streams-app module) adds the embedded stack's commands.
 * Exit codes: 0 success, 1 failure, 2 bad usage.
 */
@Command(
        name = "tracker",
        mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        description = "The Action Tracker service: meeting notes in, a per-owner ledger of action items out.")
public final class ServiceCli {

    /** The service's commands, in the order help lists them; the full CLI carries the same ones. */
    private static final List<Class<?>> COMMANDS = List.of(
            RunCommand.class,
            ActionCommands.Done.class,
            ActionCommands.Reopen.class,
            ActionCommands.Cancel.class,
            ActionCommands.Assign.class,
            ActionCommands.Redate.class,
            ActionCommands.Snooze.class,
            ActionCommands.Accept.class,
            ActionCommands.Dismiss.class,
            TailCommand.class);

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return configure(new CommandLine(new ServiceCli()));
    }

    /**
     * The service's commands and help added to a {@code tracker} command line, then the converters, version and error
     * handling every one of them shares.
     */
    public static CommandLine configure(CommandLine cli) {
        COMMANDS.forEach(cli::addSubcommand);
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.registerConverter(LocalDate.class, Converters::date);
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
