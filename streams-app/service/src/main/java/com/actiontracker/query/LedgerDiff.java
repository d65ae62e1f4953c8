package com.actiontracker.query;

import com.actiontracker.tracking.ActionView;
import com.actiontracker.tracking.Triage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** What changed between two reports: actions that appeared, left, or changed status, owner or due date. */
public final class LedgerDiff {

    private LedgerDiff() {}

    public static List<String> changes(LedgerReport before, LedgerReport after) {
        Map<String, ActionView> old = index(before);
        Map<String, ActionView> now = index(after);
        List<String> changes = new ArrayList<>();
        now.forEach((id, item) -> {
            ActionView was = old.get(id);
            if (was == null) {
                changes.add("new      " + describe(item));
            } else if (was.status() != item.status()
                    || was.overdue() != item.overdue()
                    || was.triage() != item.triage()) {
                changes.add(String.format("%-8s %s (was %s)", label(item), describe(item), label(was)));
            } else if (!Objects.equals(was.owner(), item.owner()) || !Objects.equals(was.due(), item.due())) {
                changes.add("changed  " + describe(item));
            }
        });
        old.forEach((id, item) -> {
            if (!now.containsKey(id)) {
                changes.add("gone     " + describe(item));
            }
        });
        return changes;
    }

    private static Map<String, ActionView> index(LedgerReport report) {
        Map<String, ActionView> byId = new LinkedHashMap<>();
        report.owners().forEach(o -> {
            o.items().forEach(i -> byId.put(i.actionId(), i));
            o.awaiting().forEach(i -> byId.put(i.actionId(), i));
        });
        report.triage().needsOwner().forEach(i -> byId.put(i.actionId(), i));
        return byId;
    }

    private static String label(ActionView item) {
        if (item.triage() != Triage.ACCEPTED) {
            return item.triage().name().toLowerCase(Locale.ROOT);
        }
        return item.overdue() ? "overdue" : ReportJson.status(item.status());
    }

    private static String describe(ActionView item) {
        return item.text() + " [" + (item.owner() == null ? "no owner" : item.owner())
                + (item.due() == null ? "" : ", due " + item.due()) + "]";
    }
}
