package com.actiontracker.cli;

import com.actiontracker.avro.ActionCommand;
import com.actiontracker.avro.ActionStatus;
import com.actiontracker.avro.CommandType;
import com.actiontracker.runtime.CommandPublisher;
import com.actiontracker.tracking.ActionEvent;
import com.actiontracker.tracking.CommandRule;
import com.actiontracker.tracking.EnumMapping;
import com.actiontracker.tracking.TrackingAvro;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracker done|reopen|cancel|assign|accept|dismiss}: change an action without editing a note. A command holds
 * until a note changes its own statement about the action afterwards; re-reading an unchanged note never undoes it.
 * A verdict on an inferred action (accept, dismiss) holds for good.
 */
final class ActionCommands {

    private ActionCommands() {}

    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        KafkaOptions kafka;

        @Mixin
        LoggingOptions logging;

        @Parameters(index = "0", paramLabel = "ID", description = "The action's id, or a unique prefix of it.")
        String id;

        @Option(names = "--by", paramLabel = "NAME", description = "Who gives the command (default: the user name).")
        String by = System.getProperty("user.name");

        Integer send(CommandType type, String owner, LocalDate date) throws ExecutionException, InterruptedException {
            try (CommandPublisher publisher = new CommandPublisher(kafka.bootstrapServers(), kafka.topics())) {
                return send(publisher, type, owner, date);
            }
        }

        private Integer send(CommandPublisher publisher, CommandType type, String owner, LocalDate date)
                throws ExecutionException, InterruptedException {
            ActionStatus action;
            try {
                action = kafka.reaching(reach -> publisher.find(id, reach));
            } catch (CommandPublisher.AmbiguousId e) {
                printMatches(spec.commandLine().getErr(), e);
                return 1;
            }
            ActionEvent.CommandType command = EnumMapping.convert(type, ActionEvent.CommandType.class);
            CommandRule.Target target =
                    CommandRule.Target.of(TrackingAvro.fromAvro(action).viewOnOrCurrent(LocalDate.now()));
            CommandRule.Verdict verdict = CommandRule.judge(command, target, owner, date);
            if (verdict instanceof CommandRule.Verdict.Refused refused) {
                spec.commandLine().getErr().printf("%s %s%n", action.getActionId(), refused.reason());
                return 1;
            }
            if (verdict instanceof CommandRule.Verdict.Unchanged unchanged) {
                spec.commandLine().getOut().printf("%s %s: nothing sent%n", action.getActionId(), unchanged.reason());
                return 0;
            }
            ActionCommand sent = publisher.send(action.getActionId(), type, owner, date, by);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s %s: %s%s%n",
                            spec.name(),
                            action.getActionId(),
                            action.getText(),
                            owner != null
                                    ? " -> " + owner
                                    : date != null && type != CommandType.COMPLETE && type != CommandType.CANCEL
                                            ? " -> " + date
                                            : "");
            spec.commandLine().getOut().printf("command %s sent%n", sent.getCommandId());
            return 0;
        }
    }

    /** The prefix's matches, one a line with what they say, so that the user can pick one. */
    private static void printMatches(PrintWriter err, CommandPublisher.AmbiguousId e) {
        err.println("error: " + e.getMessage() + ":");
        for (ActionStatus match : e.matches()) {
            err.printf(
                    "  %s  %-9s  %s%s%n",
                    match.getActionId(),
                    match.getStatus().name().toLowerCase(Locale.ROOT),
                    match.getText(),
                    match.getOwner() == null ? "" : " (" + match.getOwner() + ")");
        }
    }

    /** The commands that close an action, on a day. */
    abstract static class Closing extends Base {
        @Option(names = "--date", paramLabel = "DATE", description = "When it happened (default: today).")
        LocalDate date;
    }

    @Command(name = "done", mixinStandardHelpOptions = true, description = "Mark an action done.")
    static final class Done extends Closing {
        @Override
        public Integer call() throws ExecutionException, InterruptedException {
            return send(CommandType.COMPLETE, null, date);
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel an action.")
    static final class Cancel extends Closing {
        @Override
        public Integer call() throws ExecutionException, InterruptedException {
            return send(CommandType.CANCEL, null, date);
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Reopen a done or cancelled action.")
    static final class Reopen extends Base {
        @Override
        public Integer call() throws ExecutionException, InterruptedException {
            return send(CommandType.REOPEN, null, null);
        }
    }

    @Command(
            name = "accept",
            mixinStandardHelpOptions = true,
            description = "An action inferred from a transcript is one: it counts in its owner's ledger and alerts.")
    static final class Accept extends Base {
        @Override
        public Integer call() throws ExecutionException, InterruptedException {
            return send(CommandType.ACCEPT, null, null);
        }
    }

    @Command(
            name = "dismiss",
            mixinStandardHelpOptions = true,
            description =
                    "An action inferred from a transcript is not one: it is never listed again, replays included.")
    static final class Dismiss extends Base {
        @Override
        public Integer call() throws ExecutionException, InterruptedException {
            return send(CommandType.DISMISS, null, null);
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Give an action to someone else.")
    static final class Assign extends Base {
        @Parameters(index = "1", paramLabel = "NAME", description = "The new owner.")
        String owner;

        @Override
        public Integer call() throws ExecutionException, InterruptedException {
            return send(CommandType.REASSIGN, owner, null);
        }
    }

    @Command(
            name = "redate",
            mixinStandardHelpOptions = true,
            description = "Give an action another due date; it holds until a note changes its own due date.")
    static final class Redate extends Base {
        @Parameters(index = "1", paramLabel = "DATE", description = "The new due date (YYYY-MM-DD).")
        LocalDate due;

        @Override
        public Integer call() throws ExecutionException, InterruptedException {
            return send(CommandType.REDATE, null, due);
        }
    }

    @Command(
            name = "snooze",
            mixinStandardHelpOptions = true,
            description = "Silence an action's overdue reminders until a day; its alert stays open.")
    static final class Snooze extends Base {
        @Parameters(index = "1", paramLabel = "DATE", description = "The day reminders resume (YYYY-MM-DD).")
        LocalDate until;

        @Override
        public Integer call() throws ExecutionException, InterruptedException {
            if (!until.isAfter(LocalDate.now())) {
                throw new IllegalArgumentException("A snooze lasts until a later day than today (" + LocalDate.now()
                        + "): reminders resume on " + until + " anyway");
            }
            return send(CommandType.SNOOZE, null, until);
        }
    }
}
