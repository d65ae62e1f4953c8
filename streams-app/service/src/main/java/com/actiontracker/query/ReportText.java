package com.actiontracker.query;

import com.actiontracker.tracking.ActionView;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The report as a table a person reads in a terminal. Each action shows the short id the commands take ({@code
 * tracker done ID}): the shortest prefix, at least eight characters, that no other action of the report shares.
 */
public final class ReportText {

    /** No limit: the whole text of every item, for a pipe or a file. */
    public static final int UNLIMITED = 0;

    private static final int MIN_ID = 8;
    private static final int MIN_TEXT = 30;

    private final int lineWidth;
    private final int idWidth;

    private ReportText(LedgerReport report, int lineWidth) {
        this.lineWidth = lineWidth;
        this.idWidth = shortIdLength(report.owners().stream()
                .flatMap(o -> Stream.concat(o.items().stream(), o.awaiting().stream()))
                .map(ActionView::actionId)
                .toList());
    }

    /** The report with nothing cut. */
    public static String write(LedgerReport report) {
        return write(report, UNLIMITED);
    }

    /** @param lineWidth the terminal's width: item texts are cut to fit it; {@link #UNLIMITED} cuts nothing */
    public static String write(LedgerReport report, int lineWidth) {
        return new ReportText(report, lineWidth).render(report);
    }

    private String render(LedgerReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Action ledger as of ").append(report.asOf()).append("\n\n");
        out.append(ownerTable(report));
        for (LedgerReport.OwnerSection owner : report.owners()) {
            out.append("\n").append(name(owner.owner())).append("\n");
            if (!owner.items().isEmpty()) {
                out.append(String.format(
                        "  %-" + idWidth + "s %-12s %-10s %-10s %s%n", "ID", "STATUS", "DUE", "DONE", "ACTION"));
            }
            owner.items().forEach(item -> line(out, item));
            if (!owner.awaiting().isEmpty()) {
                out.append("  inferred from transcripts, awaiting triage (tracker accept|dismiss ID; not counted):\n");
                triageHeader(out);
                owner.awaiting().forEach(item -> triageLine(out, item));
            }
        }
        if (!report.triage().needsOwner().isEmpty()) {
            out.append("\nNeeds an owner (tracker assign ID OWNER)\n");
            triageHeader(out);
            report.triage().needsOwner().forEach(item -> triageLine(out, item));
        }
        if (!report.triage().needsDate().isEmpty()) {
            out.append("\nNeeds a date (tracker redate ID DATE; no date was said, so it cannot become overdue)\n");
            triageHeader(out);
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

    private void line(StringBuilder out, ActionView item) {
        String flag = item.overdue() ? "OVERDUE " + item.daysOverdue() + "d" : ReportJson.status(item.status());
        String head = String.format(
                "  %-" + idWidth + "s %-12s %-10s %-10s ",
                shortId(item),
                flag,
                item.due() == null ? "-" : item.due(),
                item.doneDate() == null ? "" : item.doneDate());
        out.append(head).append(fit(item.text(), head.length())).append('\n');
    }

    private void triageHeader(StringBuilder out) {
        out.append(String.format("  %-" + idWidth + "s %4s %-9s %-10s %s%n", "ID", "CONF", "SAID AS", "DUE", "ACTION"));
    }

    /** An inferred action with what a person needs to judge it: its id, confidence and how firmly it was said. */
    private void triageLine(StringBuilder out, ActionView item) {
        String head = String.format(
                Locale.ROOT,
                "  %-" + idWidth + "s %4.2f %-9s %-10s ",
                shortId(item),
                item.confidence(),
                ReportJson.commitment(item.commitment()),
                item.due() == null ? "-" : item.due());
        out.append(head).append(fit(item.text(), head.length())).append('\n');
    }

    private String shortId(ActionView item) {
        return item.actionId().substring(0, Math.min(idWidth, item.actionId().length()));
    }

    /** The text, cut to what is left of the line after {@code used} characters (never below a readable width). */
    private String fit(String text, int used) {
        return lineWidth == UNLIMITED ? text : truncate(text, Math.max(MIN_TEXT, lineWidth - used));
    }

    /** The shortest prefix length (at least {@value #MIN_ID}) at which no two of these ids are the same. */
    static int shortIdLength(Collection<String> all) {
        Set<String> ids = new HashSet<>(all);
        int longest = ids.stream().mapToInt(String::length).max().orElse(MIN_ID);
        for (int length = MIN_ID; length < longest; length++) {
            int n = length;
            if (ids.stream()
                            .map(id -> id.substring(0, Math.min(n, id.length())))
                            .distinct()
                            .count()
                    == ids.size()) {
                return length;
            }
        }
        return Math.max(MIN_ID, longest);
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

    private void section(StringBuilder out, String title, List<LedgerReport.Finding> findings) {
        out.append("\n").append(title).append(" (").append(findings.size()).append(")\n");
        findings.forEach(f -> out.append("  ")
                .append(f.date() == null ? "          " : f.date())
                .append("  ")
                .append(fit(f.text(), 14))
                .append("\n"));
    }

    private static String name(String owner) {
        return owner == null ? "(no owner)" : owner;
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
