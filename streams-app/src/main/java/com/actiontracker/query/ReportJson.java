package com.actiontracker.query;

import com.actiontracker.tracking.ActionView;
import com.actiontracker.tracking.Lifecycle;
import com.actiontracker.tracking.SourceLocation;
import com.actiontracker.tracking.StatusTransition;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The report's JSON shape, which scripts rely on: field names are a contract (add fields, never rename). */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static String write(LedgerReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("asOf", report.asOf().toString());
        ArrayNode owners = root.putArray("owners");
        report.owners().forEach(section -> {
            ObjectNode o = owners.addObject();
            o.put("owner", section.owner());
            o.put("open", section.open());
            o.put("overdue", section.overdue());
            o.put("done", section.done());
            o.put("cancelled", section.cancelled());
            ArrayNode items = o.putArray("items");
            section.items().forEach(item -> action(items.addObject(), item));
            // "suggestions" (the contract's name since before triage): this owner's actions awaiting triage.
            ArrayNode awaiting = o.putArray("suggestions");
            section.awaiting().forEach(item -> action(awaiting.addObject(), item));
        });
        ObjectNode triage = root.putObject("triage");
        ArrayNode needsOwner = triage.putArray("needsOwner");
        report.triage().needsOwner().forEach(item -> action(needsOwner.addObject(), item));
        ArrayNode needsDate = triage.putArray("needsDate");
        report.triage().needsDate().forEach(item -> action(needsDate.addObject(), item));
        findings(root.putArray("decisions"), report.decisions());
        findings(root.putArray("risks"), report.risks());
        findings(root.putArray("questions"), report.questions());
        ArrayNode letters = root.putArray("deadLetters");
        report.deadLetters().forEach(d -> letters.addObject().put("path", d.path()).put("stage", d.stage()).put("reason", d.reason()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serialises", e);
        }
    }

    /** The JSON of one action, shared by the report and the HTTP API. */
    public static ObjectNode action(ObjectNode node, ActionView item) {
        node.put("id", item.actionId());
        node.put("text", item.text());
        node.put("owner", item.owner());
        node.put("ownerWarning", item.ownerWarning());
        node.put("status", status(item.status()));
        node.put("reopened", item.reopened());
        node.put("due", date(item.due()));
        node.put("done", date(item.doneDate()));
        node.put("cancelled", date(item.cancelledDate()));
        node.put("overdue", item.overdue());
        node.put("daysOverdue", item.daysOverdue());
        node.put("priority", item.priority() == null ? null : item.priority().name().toLowerCase(Locale.ROOT));
        node.put("origin", item.origin().name().toLowerCase(Locale.ROOT));
        node.put("confidence", item.confidence());
        node.put("commitment", item.commitment() == null ? null : commitment(item.commitment()));
        node.put("triage", item.triage().name().toLowerCase(Locale.ROOT));
        node.put("needsOwner", item.needsOwner());
        node.put("needsDate", item.needsDate());
        node.put("meetingDate", date(item.meetingDate()));
        sources(node.putArray("sources"), item.sources());
        ArrayNode history = node.putArray("history");
        for (StatusTransition t : item.history()) {
            ObjectNode h = history.addObject();
            h.put("from", t.from() == null ? null : t.from().name().toLowerCase(Locale.ROOT));
            h.put("to", t.to().name().toLowerCase(Locale.ROOT));
            h.put("at", t.at().toString());
            h.put("date", date(t.effectiveDate()));
            h.put("reason", t.reason());
            if (t.sourcePath() != null) {
                h.putObject("source").put("path", t.sourcePath()).put("line", t.sourceLine());
            }
            h.put("commandId", t.commandId());
        }
        return node;
    }

    /** How firmly an action was said, in the report's words; "-" for a written task. */
    public static String commitment(com.actiontracker.parse.Commitment commitment) {
        return commitment == null ? "-" : commitment.name().toLowerCase(Locale.ROOT);
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

    static void findings(ArrayNode array, List<LedgerReport.Finding> findings) {
        findings.forEach(f -> {
            ObjectNode node = array.addObject();
            node.put("id", f.id());
            node.put("text", f.text());
            node.put("date", date(f.date()));
            node.put("meeting", f.meetingTitle());
            node.put("origin", f.origin().name().toLowerCase(Locale.ROOT));
            node.put("confidence", f.confidence());
            sources(node.putArray("sources"), f.sources());
        });
    }

    static void sources(ArrayNode array, List<SourceLocation> sources) {
        sources.forEach(s -> array.addObject().put("path", s.path()).put("line", s.line()));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
