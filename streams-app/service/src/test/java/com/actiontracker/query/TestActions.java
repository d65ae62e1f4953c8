package com.actiontracker.query;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.tracking.ActionEvent.Observation;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.SourceStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Written actions of Lior Genzel's, as the ledger tracks them, for the tests of what shows the ledger. */
final class TestActions {

    private TestActions() {}

    /** A task of a meeting on 30 October 2025; a done one was ticked on 1 November. */
    static ActionState action(String id, String text, TaskStatus status, LocalDate due) {
        return action(id, text, status, due, "Lior Genzel", Priority.MEDIUM, "sync.md");
    }

    /** The same, of another owner, priority (null for none) or note. */
    static ActionState action(
            String id, String text, TaskStatus status, LocalDate due, String owner, Priority priority, String path) {
        return action(id, text, status, due, owner, priority, path, List.of());
    }

    /** The same, with the task's tags. */
    static ActionState action(
            String id,
            String text,
            TaskStatus status,
            LocalDate due,
            String owner,
            Priority priority,
            String path,
            List<String> tags) {
        return ActionState.start(new Observation(
                        id,
                        new SourceStatement(
                                path,
                                12,
                                "sha",
                                text,
                                "Lior",
                                status,
                                due,
                                status == TaskStatus.DONE ? LocalDate.of(2025, 11, 1) : null,
                                null,
                                priority,
                                tags,
                                ItemOrigin.TASK,
                                1.0,
                                null,
                                false,
                                LocalDate.of(2025, 10, 30),
                                Instant.parse("2025-11-01T09:00:00Z")),
                        false))
                .withOwner(owner, null);
    }
}
