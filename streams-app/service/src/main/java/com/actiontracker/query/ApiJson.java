package com.actiontracker.query;

import com.actiontracker.tracking.ActionView;
import com.actiontracker.tracking.Deadlines;
import com.actiontracker.tracking.Lifecycle;
import com.actiontracker.tracking.OwnerLedger;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** JSON bodies of the HTTP API. Field names follow the report's. */
public final class ApiJson {

    static final ObjectMapper MAPPER = ReportJson.MAPPER;

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
                throw new IllegalArgumentException(
                        "status must be one of open, overdue, done, cancelled, all; was " + value);
            }
        }
    }

    private ApiJson() {}

    record Owners(String asOf, List<OwnerCounts> owners) {}

    /** {@code suggestions} counts the owner's inferred actions awaiting triage. */
    record OwnerCounts(String owner, int open, int overdue, int dueSoon, int done, int cancelled, int suggestions) {}

    record OwnerActions(String owner, String asOf, String status, List<LedgerItem> actions) {}

    /** An action as an owner's list shows it: what the owner's ledger holds of it. */
    record LedgerItem(
            String id,
            String text,
            String status,
            boolean reopened,
            String due,
            String done,
            boolean overdue,
            int daysOverdue,
            String priority,
            String origin,
            String triage,
            String meetingDate,
            List<ReportJson.Source> sources,
            List<String> tags) {

        static LedgerItem of(OwnerLedger.Item item, LocalDate day) {
            boolean overdue = item.overdueOn(day);
            return new LedgerItem(
                    item.actionId(),
                    item.text(),
                    ReportJson.status(item.status()),
                    item.status() == Lifecycle.REOPENED,
                    ReportJson.date(item.due()),
                    ReportJson.date(item.doneDate()),
                    overdue,
                    overdue ? Deadlines.daysLate(item.due(), day) : 0,
                    ReportJson.lower(item.priority()),
                    ReportJson.lower(item.origin()),
                    ReportJson.lower(item.triage()),
                    ReportJson.date(item.meetingDate()),
                    ReportJson.Source.of(item.sources()),
                    item.tags());
        }
    }

    record Error(String error) {}

    /** The answer to {@code POST /actions/{id}/{verb}}: {@code sent} is false when the action was already so. */
    record CommandAnswer(String id, String command, boolean sent) {}

    /** {@code /health}: the Streams client's state. */
    record Health(String status) {}

    /**
     * GET /owners: every owner with the counts of the actions that count (written, or inferred and accepted);
     * {@code suggestions} counts their inferred actions awaiting triage.
     */
    public static String owners(List<OwnerLedger> ledgers, LocalDate day, int dueSoonDays) {
        List<OwnerCounts> owners = ledgers.stream()
                .filter(l -> !l.items().isEmpty())
                .sorted(Comparator.comparing(OwnerLedger::owner))
                .map(ledger -> {
                    List<OwnerLedger.Item> tasks = ledger.items().values().stream()
                            .filter(OwnerLedger.Item::counts)
                            .toList();
                    return new OwnerCounts(
                            ledger.owner().isEmpty() ? null : ledger.owner(),
                            count(tasks, i -> i.status().isPending()),
                            count(tasks, i -> i.overdueOn(day)),
                            count(tasks, i -> dueSoon(i, day, dueSoonDays)),
                            count(tasks, i -> i.status() == Lifecycle.DONE),
                            count(tasks, i -> i.status() == Lifecycle.CANCELLED),
                            ledger.items().size() - tasks.size());
                })
                .toList();
        return write(new Owners(day.toString(), owners));
    }

    /**
     * GET /owners?asOf=: the counts as the ledger showed them at the end of a past day (the page's view of that day),
     * with {@code suggestions} the actions then awaiting triage.
     */
    public static String owners(LedgerReport report, int dueSoonDays) {
        LocalDate day = report.asOf();
        List<OwnerCounts> owners = report.owners().stream()
                .filter(o -> !o.items().isEmpty() || !o.awaiting().isEmpty())
                .map(o -> new OwnerCounts(
                        o.owner(),
                        o.open(),
                        o.overdue(),
                        o.dueSoon(day, dueSoonDays),
                        o.done(),
                        o.cancelled(),
                        o.awaiting().size()))
                .sorted(Comparator.comparing(OwnerCounts::owner, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return write(new Owners(day.toString(), owners));
    }

    /** GET /owners/{owner}/actions. */
    public static String ownerActions(String owner, OwnerLedger ledger, StatusFilter filter, LocalDate day) {
        List<LedgerItem> actions = ledger == null
                ? List.of()
                : ledger.items().values().stream()
                        .filter(i -> filter.matches(i, day))
                        .sorted(Comparator.comparing(
                                        OwnerLedger.Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(OwnerLedger.Item::text))
                        .map(item -> LedgerItem.of(item, day))
                        .toList();
        return write(new OwnerActions(owner, day.toString(), ReportJson.lower(filter), actions));
    }

    /** GET /decisions, /risks, /questions: the list is named for its kind. */
    public static String findings(String kind, LocalDate day, List<LedgerReport.Finding> findings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", day.toString());
        body.put(kind, ReportJson.Finding.of(findings));
        return write(body);
    }

    public static String action(ActionView view) {
        return write(ReportJson.Action.of(view));
    }

    public static String error(String message) {
        return write(new Error(message));
    }

    public static String write(Object json) {
        return ReportJson.write(json, false);
    }

    static boolean dueSoon(OwnerLedger.Item item, LocalDate day, int days) {
        return Deadlines.dueSoon(item.status(), item.due(), day, days);
    }

    private static int count(List<OwnerLedger.Item> items, Predicate<OwnerLedger.Item> predicate) {
        return (int) items.stream().filter(predicate).count();
    }
}
