package com.actiontracker.query;

import com.actiontracker.tracking.ActionView;
import java.util.List;

/** The report as a table a person reads in a terminal. */
public final class ReportText {

    private static final int TEXT_WIDTH = 70;

    private ReportText() {}

    public static String write(LedgerReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Action ledger as of ").append(report.asOf()).append("\n\n");
        out.append(ownerTable(report));
        for (LedgerReport.OwnerSection owner : report.owners()) {
            out.append("\n").append(name(owner.owner())).append("\n");
            owner.items().forEach(item -> line(out, item));
            if (!owner.awaiting().isEmpty()) {
                out.append("  inferred from transcripts, awaiting triage (tracker accept|dismiss ID; not counted):\n");
                owner.awaiting().forEach(item -> triageLine(out, item));
            }
        }
        if (!report.triage().needsOwner().isEmpty()) {
            out.append("\nNeeds an owner (tracker assign ID OWNER)\n");
            report.triage().needsOwner().forEach(item -> triageLine(out, item));
        }
        if (!report.triage().needsDate().isEmpty()) {
            out.append("\nNeeds a date (no date was said; it cannot become overdue)\n");
            report.triage().needsDate().forEach(item -> triageLine(out, item));
        }
        section(out, "Decisions", report.decisions());
        section(out, "Risks", report.risks());
        section(out, "Open questions", report.questions());
        if (!report.deadLetters().isEmpty()) {
            out.append("\nDead letters\n");
            report.deadLetters()
                    .forEach(d -> out.append("  ")
                            .append(d.path())
                            .append(": ")
                            .append(d.reason())
                            .append("\n"));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, ActionView item) {
        String flag = item.overdue() ? "OVERDUE " + item.daysOverdue() + "d" : ReportJson.status(item.status());
        out.append(String.format(
                "  %-12s %-10s %-10s %s%n",
                flag,
                item.due() == null ? "-" : item.due(),
                item.doneDate() == null ? "" : item.doneDate(),
                truncate(item.text(), TEXT_WIDTH)));
    }

    /** An inferred action with what a person needs to judge it: its id, confidence and how firmly it was said. */
    private static void triageLine(StringBuilder out, ActionView item) {
        out.append(String.format(
                java.util.Locale.ROOT,
                "  %-20s %4.2f %-9s %-10s %s%n",
                item.actionId(),
                item.confidence(),
                ReportJson.commitment(item.commitment()),
                item.due() == null ? "-" : item.due(),
                truncate(item.text(), TEXT_WIDTH - 12)));
    }

    /** One line per owner with their counts. */
    public static String ownerTable(LedgerReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-28s %5s %8s %5s %10s%n", "OWNER", "OPEN", "OVERDUE", "DONE", "CANCELLED"));
        report.owners()
                .forEach(o -> out.append(String.format(
                        "%-28s %5d %8d %5d %10d%n",
                        truncate(name(o.owner()), 28), o.open(), o.overdue(), o.done(), o.cancelled())));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<LedgerReport.Finding> findings) {
        out.append("\n").append(title).append(" (").append(findings.size()).append(")\n");
        findings.forEach(f -> out.append("  ")
                .append(f.date() == null ? "          " : f.date())
                .append("  ")
                .append(truncate(f.text(), TEXT_WIDTH + 10))
                .append("\n"));
    }

    private static String name(String owner) {
        return owner == null ? "(no owner)" : owner;
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
