package com.actiontracker.query;

import com.actiontracker.parse.Commitment;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.tracking.ActionView;
import com.actiontracker.tracking.CommandRule;
import com.actiontracker.tracking.Lifecycle;
import com.actiontracker.tracking.SourceLocation;
import com.actiontracker.tracking.StatusTransition;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The report's JSON shape, which scripts rely on: field names are a contract (add fields, never rename), pinned by
 * {@code JsonContractTest}. Each shape is a record serialised by the one {@link #MAPPER}, its components in the
 * order they are written; the domain's enums become the lower-case words of the contract here, at the edge.
 */
public final class ReportJson {

    /** The mapper of the report, the HTTP API and the CLI's JSON. */
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ReportJson() {}

    record Report(
            String asOf,
            List<Owner> owners,
            Triage triage,
            List<Finding> decisions,
            List<Finding> risks,
            List<Finding> questions,
            List<DeadLetter> deadLetters) {}

    /**
     * {@code suggestions} (the contract's name since before triage): this owner's actions awaiting triage. {@code
     * dueSoon} counts as {@code GET /owners} does.
     */
    record Owner(
            String owner,
            int open,
            int overdue,
            int dueSoon,
            int done,
            int cancelled,
            List<Action> items,
            List<Action> suggestions) {}

    record Triage(List<Action> needsOwner, List<Action> needsDate) {}

    record DeadLetter(String path, String stage, String reason) {}

    /** One action, as the report and {@code GET /actions/{id}} show it. */
    record Action(
            String id,
            String text,
            String owner,
            String ownerWarning,
            String status,
            boolean reopened,
            String due,
            String done,
            String cancelled,
            boolean overdue,
            int daysOverdue,
            String priority,
            List<String> tags,
            String origin,
            double confidence,
            String commitment,
            String triage,
            boolean needsOwner,
            boolean needsDate,
            String meetingDate,
            List<Source> sources,
            List<Transition> history,
            String snoozedUntil) {

        static Action of(ActionView item) {
            return new Action(
                    item.actionId(),
                    item.text(),
                    item.owner(),
                    item.ownerWarning(),
                    ReportJson.status(item.status()),
                    item.reopened(),
                    ReportJson.date(item.due()),
                    ReportJson.date(item.doneDate()),
                    ReportJson.date(item.cancelledDate()),
                    item.overdue(),
                    item.daysOverdue(),
                    ReportJson.lower(item.priority()),
                    item.tags(),
                    ReportJson.lower(item.origin()),
                    item.confidence(),
                    item.commitment() == null ? null : ReportJson.commitment(item.commitment()),
                    ReportJson.lower(item.triage()),
                    item.needsOwner(),
                    item.needsDate(),
                    ReportJson.date(item.meetingDate()),
                    Source.of(item.sources()),
                    item.history().stream().map(Transition::of).toList(),
                    ReportJson.date(item.snoozedUntil()));
        }
    }

    /** A step of an action's history; {@code source} only when a note revision made it. */
    record Transition(
            String from,
            String to,
            String at,
            String date,
            String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) Source source,
            String commandId) {

        static Transition of(StatusTransition t) {
            return new Transition(
                    ReportJson.lower(t.from()),
                    ReportJson.lower(t.to()),
                    t.at().toString(),
                    ReportJson.date(t.effectiveDate()),
                    t.reason(),
                    t.sourcePath() == null ? null : new Source(t.sourcePath(), t.sourceLine()),
                    t.commandId());
        }
    }

    record Finding(
            String id,
            String text,
            String date,
            String meeting,
            String origin,
            double confidence,
            List<Source> sources) {

        static List<Finding> of(List<LedgerReport.Finding> findings) {
            return findings.stream()
                    .map(f -> new Finding(
                            f.id(),
                            f.text(),
                            ReportJson.date(f.date()),
                            f.meetingTitle(),
                            ReportJson.lower(f.origin()),
                            f.confidence(),
                            Source.of(f.sources())))
                    .toList();
        }
    }

    /** Where an item was written or said. */
    public record Source(String path, int line) {

        static List<Source> of(List<SourceLocation> sources) {
            return sources.stream().map(s -> new Source(s.path(), s.line())).toList();
        }
    }

    /** @param dueSoonDays what "due soon" means ({@code tracker.alerts.due-soon.days}) */
    public static String write(LedgerReport report, int dueSoonDays) {
        Report json = new Report(
                report.asOf().toString(),
                report.owners().stream()
                        .map(o -> new Owner(
                                o.owner(),
                                o.open(),
                                o.overdue(),
                                o.dueSoon(report.asOf(), dueSoonDays),
                                o.done(),
                                o.cancelled(),
                                o.items().stream().map(Action::of).toList(),
                                o.awaiting().stream().map(Action::of).toList()))
                        .toList(),
                new Triage(
                        report.triage().needsOwner().stream().map(Action::of).toList(),
                        report.triage().needsDate().stream().map(Action::of).toList()),
                Finding.of(report.decisions()),
                Finding.of(report.risks()),
                Finding.of(report.questions()),
                report.deadLetters().stream()
                        .map(d -> new DeadLetter(d.path(), d.stage(), d.reason()))
                        .toList());
        return write(json, true);
    }

    /** Records of strings, numbers and lists, as JSON: they always serialise. */
    public static String write(Object json, boolean indented) {
        try {
            return indented
                    ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json)
                    : MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record of strings and numbers always serialises", e);
        }
    }

    /** JSON text from elsewhere (an Avro record's own JSON) as a tree, to embed in a record of this mapper. */
    public static JsonNode tree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    /** How firmly an action was said, in the report's words; "-" for a written task. */
    public static String commitment(Commitment commitment) {
        return commitment == null ? "-" : commitment.name().toLowerCase(Locale.ROOT);
    }

    /**
     * What {@link CommandRule} needs of an action read back from its own JSON (the instance
     * holding it may be another one), through the inverse of this class's vocabulary.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommandTarget(
            String status,
            String origin,
            String owner,
            String due,
            String snoozedUntil,
            String done,
            String cancelled) {

        CommandRule.Target target() {
            String closedOn = done != null ? done : cancelled;
            return new CommandRule.Target(
                    lifecycle(status),
                    ItemOrigin.valueOf(origin.toUpperCase(Locale.ROOT)),
                    owner,
                    due == null ? null : LocalDate.parse(due),
                    snoozedUntil == null ? null : LocalDate.parse(snoozedUntil),
                    closedOn == null ? null : LocalDate.parse(closedOn));
        }
    }

    /** An {@link Action} read back, as far as a command's verdict needs it. */
    static CommandRule.Target commandTarget(byte[] actionJson) throws IOException {
        return MAPPER.readValue(actionJson, CommandTarget.class).target();
    }

    /** The inverse of {@link #status(Lifecycle)}: "open" is OPEN, reopened or not. */
    static Lifecycle lifecycle(String status) {
        return status.equals("open") ? Lifecycle.OPEN : Lifecycle.valueOf(status.toUpperCase(Locale.ROOT));
    }

    /** The report's status vocabulary: reopened actions are open (with "reopened": true). */
    public static String status(Lifecycle status) {
        return switch (status) {
            case OPEN, REOPENED -> "open";
            case IN_PROGRESS -> "in_progress";
            case DONE -> "done";
            case CANCELLED -> "cancelled";
            case RETIRED -> "retired";
        };
    }

    /** An enum constant as the contract writes it: lower case; null stays null. */
    public static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** A date as the contract writes it (ISO); null stays null. */
    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
