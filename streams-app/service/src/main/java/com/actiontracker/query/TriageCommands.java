package com.actiontracker.query;

import com.actiontracker.tracking.Triage;

/**
 * Where the page's and the API's accept and dismiss buttons send a person's verdict on an inferred action: the
 * commands topic, like {@code tracker accept}. The API only checks the request and the action; the command does the
 * rest, so a replay applies it the same way.
 */
@FunctionalInterface
public interface TriageCommands {

    /** @param verdict {@link Triage#ACCEPTED} or {@link Triage#DISMISSED} */
    void send(String actionId, Triage verdict) throws Exception;
}
