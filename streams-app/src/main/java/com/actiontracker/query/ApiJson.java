package com.actiontracker.query;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.tracking.Deadlines;
import com.actiontracker.tracking.Lifecycle;
import com.actiontracker.tracking.OwnerLedger;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** JSON bodies of the HTTP API. Field names follow the report's. */
public final class ApiJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Which of an owner's actions to list. */
    public enum StatusFilter {
        ALL(i -> true),
        OPEN(i -> i.status().isPending()),
        DONE(i -> i.status() == Lifecycle.DONE),
        CANCELLED(i -> i.status() == Lifecycle.CANCELLED),
        OVERDUE(i -> false);

        private final Predicate<OwnerLedger.Item> test;

        StatusFilter(Predicate<OwnerLedger.Item> test) {
            this.test = test;
        }

        boolean matches(OwnerLedger.Item item, LocalDate day) {
            return this == OVERDUE ? item.overdueOn(day) : test.test(item);
        }

        public static StatusFilter parse(String value) {
            try {
                return value == null ? ALL : valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status must be one of open, overdue, done, cancelled, all; was " + value);
            }
        }
    }

    private ApiJson() {
    }

    /**
     * GET /owners: every owner with the counts of the actions that count (written, or inferred and accepted);
     * {@code suggestions} counts their inferred actions awaiting triage.
     */
    public static String owners(List<OwnerLedger> ledgers, LocalDate day, int dueSoonDays) {
        ObjectNode root = MAPPER.createObjectNode().put("asOf", day.toString());
        ArrayNode owners = root.putArray("owners");
        ledgers.stream().filter(l -> !l.items().isEmpty()).sorted(Comparator.comparing(OwnerLedger::owner))
                .forEach(ledger -> {
                    List<OwnerLedger.Item> tasks = ledger.items().values().stream()
                            .filter(OwnerLedger.Item::counts).toList();
                    owners.addObject()
                            .put("owner", ledger.owner().isEmpty() ? null : ledger.owner())
                            .put("open", count(tasks, i -> i.status().isPending()))
                            .put("overdue", count(tasks, i -> i.overdueOn(day)))
                            .put("dueSoon", count(tasks, i -> dueSoon(i, day, dueSoonDays)))
                            .put("done", count(tasks, i -> i.status() == Lifecycle.DONE))
                            .put("cancelled", count(tasks, i -> i.status() == Lifecycle.CANCELLED))
                            .put("suggestions", ledger.items().size() - tasks.size());
                });
        return write(root);
    }

    /** GET /owners/{owner}/actions. */
    public static String ownerActions(String owner, OwnerLedger ledger, StatusFilter filter, LocalDate day) {
        ObjectNode root = MAPPER.createObjectNode().put("owner", owner).put("asOf", day.toString())
                .put("status", filter.name().toLowerCase(Locale.ROOT));
        ArrayNode actions = root.putArray("actions");
        if (ledger != null) {
            ledger.items().values().stream().filter(i -> filter.matches(i, day))
                    .sorted(Comparator.comparing(OwnerLedger.Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(OwnerLedger.Item::text))
                    .forEach(item -> item(actions.addObject(), item, day));
        }
        return write(root);
    }

    static void item(ObjectNode node, OwnerLedger.Item item, LocalDate day) {
        boolean overdue = item.overdueOn(day);
        node.put("id", item.actionId());
        node.put("text", item.text());
        node.put("status", ReportJson.status(item.status()));
        node.put("reopened", item.status() == Lifecycle.REOPENED);
        node.put("due", ReportJson.date(item.due()));
        node.put("done", ReportJson.date(item.doneDate()));
        node.put("overdue", overdue);
        node.put("daysOverdue", overdue ? Deadlines.daysLate(item.due(), day) : 0);
        node.put("priority", item.priority() == null ? null : item.priority().name().toLowerCase(Locale.ROOT));
        node.put("origin", item.origin().name().toLowerCase(Locale.ROOT));
        node.put("triage", item.triage().name().toLowerCase(Locale.ROOT));
        node.put("meetingDate", ReportJson.date(item.meetingDate()));
        ReportJson.sources(node.putArray("sources"), item.sources());
    }

    /** GET /decisions, /risks, /questions. */
    public static String findings(String kind, LocalDate day, List<LedgerReport.Finding> findings) {
        ObjectNode root = MAPPER.createObjectNode().put("asOf", day.toString());
        ReportJson.findings(root.putArray(kind), findings);
        return write(root);
    }

    public static String action(com.actiontracker.tracking.ActionView view) {
        return write(ReportJson.action(MAPPER.createObjectNode(), view));
    }

    public static String error(String message) {
        return write(MAPPER.createObjectNode().put("error", message));
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serialises", e);
        }
    }

    static boolean dueSoon(OwnerLedger.Item item, LocalDate day, int days) {
        return Deadlines.dueSoon(item.status(), item.due(), day, days);
    }

    private static int count(List<OwnerLedger.Item> items, Predicate<OwnerLedger.Item> predicate) {
        return (int) items.stream().filter(predicate).count();
    }
}
