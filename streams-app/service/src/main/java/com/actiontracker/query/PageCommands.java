package com.actiontracker.query;

import com.actiontracker.tracking.ActionEvent.CommandType;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;

/**
 * Where the page's buttons and the API's POSTs send a person's command about an action: the commands topic, like
 * the CLI's {@code tracker done}. The routes only check the request and the action; the command does the rest, so a
 * replay applies it the same way.
 */
@FunctionalInterface
public interface PageCommands {

    /**
     * @param owner the new owner, for {@link CommandType#REASSIGN}; null otherwise
     * @param date  the new due date for {@link CommandType#REDATE}, the day reminders resume for
     *              {@link CommandType#SNOOZE}; null otherwise
     */
    void send(String actionId, CommandType type, String owner, LocalDate date)
            throws ExecutionException, InterruptedException;
}
