package com.actiontracker.query;

import com.actiontracker.identity.OwnerLookup;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import com.actiontracker.tracking.ActionView;
import com.actiontracker.tracking.Deadlines;
import com.actiontracker.tracking.SourceLocation;
import com.actiontracker.tracking.StatusTransition;
import com.actiontracker.tracking.Triage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The web page: server-rendered HTML, no build step; the live page keeps itself current through one small script
 * (and a plain refresh without script). Owners with their counts, overdue items
 * in red with how late they are, what is due soon, decisions and risks by meeting date; every item links to the line
 * of the note it comes from.
 */
public final class LedgerPage {

    private static final int REFRESH_SECONDS = 15;
    /** The live page's one script, served by this server: the Content-Security-Policy allows no other. */
    public static final String LIVE_SCRIPT = "/live.js";

    private LedgerPage() {}

    /**
     * @param live whether the page shows today (it then refreshes itself) rather than a chosen day
     */
    public static String render(LedgerReport report, int dueSoonDays, boolean live) {
        return render(report, dueSoonDays, live, Optional.empty());
    }

    /**
     * @param lookBack when nothing is open on the page's day, the latest day something was overdue: the page says so
     *                 and links to it, rather than showing a newcomer empty tables
     */
    public static String render(LedgerReport report, int dueSoonDays, boolean live, Optional<LocalDate> lookBack) {
        return render(report, dueSoonDays, live, new Extras(lookBack, LedgerFilter.NONE, List.of(), List.of()));
    }

    /**
     * What the page shows beside the report.
     *
     * @param lookBack see {@link #render(LedgerReport, int, boolean, java.util.Optional)}
     * @param filter   what the page was asked to show; the page's filter form holds it and says how to clear it
     * @param everyone every owner of the day, for the filter form's suggestions and to say whom a typed owner missed
     * @param trend    on one owner's page, their open and overdue counts of each of the last weeks; else empty
     * @param byPriority each table's rows highest priority first ({@code ?sort=priority}), else in the usual order
     */
    public record Extras(
            Optional<LocalDate> lookBack,
            LedgerFilter filter,
            List<String> everyone,
            List<OwnerTrend.Point> trend,
            boolean byPriority) {

        public Extras(
                Optional<LocalDate> lookBack,
                LedgerFilter filter,
                List<String> everyone,
                List<OwnerTrend.Point> trend) {
            this(lookBack, filter, everyone, trend, false);
        }
    }

    /**
     * What the tables need of the page: whether they are sorted by priority, the address that sorts them the other
     * way, the page's filter and order as a query ({@code ?owner=...}, or empty) that a button's post returns to, and
     * the page's day, and whether it is today's page (its links then stay on today, whatever day it becomes).
     */
    private record PageState(boolean byPriority, String toggle, String view, LocalDate day, boolean live) {

        /** The day a link from this page shows: none (today) on the live page. */
        LocalDate linkDay() {
            return live ? null : day;
        }

        /** A button's {@code back}: the section, and the filtered page it sits on. */
        String back(String section) {
            return section + view;
        }
    }

    /** Highest first, then what has none; ties keep the table's usual order (the sort is stable). */
    private static final Comparator<Row> BY_PRIORITY = Comparator.comparingInt(r -> r.item.priority() == null
            ? Priority.values().length
            : r.item.priority().ordinal());

    /** @param report what the filter kept of the day's report */
    public static String render(LedgerReport report, int dueSoonDays, boolean live, Extras extras) {
        Optional<LocalDate> lookBack = extras.lookBack();
        LedgerFilter filter = extras.filter();
        List<String> everyone = extras.everyone();
        LocalDate day = report.asOf();
        StringBuilder toggle = new StringBuilder("/?");
        filter.fields()
                .forEach(f -> toggle.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                        .append('&'));
        if (!live) {
            toggle.append("asOf=").append(day).append('&');
        }
        StringBuilder view = new StringBuilder(toggle);
        toggle.append("sort=").append(extras.byPriority() ? "due" : "priority");
        if (extras.byPriority()) {
            view.append("sort=priority");
        }
        String kept = view.toString().replaceFirst("&$", "").substring(1);
        PageState state =
                new PageState(extras.byPriority(), toggle.toString(), kept.equals("?") ? "" : kept, day, live);
        List<Row> rows = report.owners().stream()
                .flatMap(o -> o.items().stream().map(i -> new Row(o.owner(), i)))
                .toList();
        List<Row> overdue = rows.stream()
                .filter(r -> r.item.overdue())
                .sorted(Comparator.comparingInt((Row r) -> r.item.daysOverdue()).reversed())
                .toList();
        List<Row> dueSoon = rows.stream()
                .filter(r -> Deadlines.dueSoon(r.item.status(), r.item.due(), day, dueSoonDays))
                .sorted(Comparator.comparing((Row r) -> r.item.due()))
                .toList();
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        if (live) {
            // The script swaps the ledger in place (an open section stays open); without script, a plain refresh.
            html.append("<noscript><meta http-equiv=\"refresh\" content=\"")
                    .append(REFRESH_SECONDS)
                    .append("\"></noscript><script src=\"")
                    .append(LIVE_SCRIPT)
                    .append("\" defer></script>");
        }
        html.append("<title>Action Tracker — ")
                .append(day)
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        html.append("<header><h1>Action Tracker</h1><form method=\"get\" action=\"/\">")
                .append("<label>Ledger as of <input type=\"date\" name=\"asOf\" value=\"")
                .append(day)
                .append("\"></label> ")
                .append("<button type=\"submit\">Show</button> <a href=\"/\">today</a>");
        for (Map.Entry<String, String> field : filter.fields()) {
            hidden(html, field.getKey(), field.getValue());
        }
        if (extras.byPriority()) {
            hidden(html, "sort", "priority");
        }
        html.append("</form>");
        filterForm(html, filter, live ? null : day, everyone, extras.byPriority());
        html.append(
                        live
                                ? "<p class=\"muted\" id=\"live-status\" aria-live=\"polite\">Updates every "
                                        + REFRESH_SECONDS + " s.</p>"
                                : "")
                .append("</header><main id=\"ledger\"")
                .append(live ? " data-refresh-seconds=\"" + REFRESH_SECONDS + "\"" : "")
                .append('>');
        if (filter.owner() != null && report.owners().isEmpty() && !everyone.isEmpty()) {
            OwnerLookup.Match match = OwnerLookup.find(filter.owner(), everyone);
            html.append("<p class=\"hint\" id=\"no-owner\">")
                    .append(
                            match.owner().isPresent()
                                    ? esc(match.owner().get()) + " has nothing this filter keeps."
                                    : match.candidates().isEmpty()
                                            ? "No owner is called " + esc(filter.owner()) + "."
                                            : esc(filter.owner()) + " could be "
                                                    + esc(String.join(", ", match.candidates()))
                                                    + ": type more of the name.")
                    .append("</p>");
        }
        lookBack.ifPresent(then -> html.append("<p class=\"hint\" id=\"look-back\">Nothing is open on ")
                .append(day)
                .append(": every action in these notes is done or cancelled. The latest day something was overdue")
                .append(" was <a href=\"/?asOf=")
                .append(then)
                .append("\">")
                .append(then)
                .append("</a>.</p>"));

        html.append("<section id=\"owners\"><h2>Owners</h2><div class=\"scroll\"><table><thead><tr><th>Owner</th>")
                .append("<th>Open</th>")
                .append("<th>Overdue</th><th>Due soon</th><th>Done</th><th>Cancelled</th></tr></thead><tbody>");
        for (LedgerReport.OwnerSection owner : report.owners()) {
            if (owner.items().isEmpty()) {
                continue;
            }
            long soon = dueSoon.stream()
                    .filter(r -> Objects.equals(r.owner, owner.owner()))
                    .count();
            html.append("<tr class=\"owner\"><td><a href=\"")
                    .append(
                            owner.owner() == null
                                    ? "#owner-none"
                                    : esc(filteredPage(
                                            "owner=" + URLEncoder.encode(owner.owner(), StandardCharsets.UTF_8),
                                            live ? null : day)))
                    .append("\" title=\"Only their actions\">")
                    .append(esc(name(owner.owner())))
                    .append("</a></td><td>")
                    .append(owner.open())
                    .append("</td><td")
                    .append(owner.overdue() > 0 ? " class=\"late\"" : "")
                    .append('>')
                    .append(owner.overdue())
                    .append("</td><td>")
                    .append(soon)
                    .append("</td><td>")
                    .append(owner.done())
                    .append("</td><td>")
                    .append(owner.cancelled())
                    .append("</td></tr>");
        }
        html.append("</tbody></table></div></section>");
        if (!extras.trend().isEmpty() && report.owners().size() == 1) {
            trendChart(html, name(report.owners().get(0).owner()), extras.trend());
        }
        calendar(html, rows, day, live);

        html.append("<section id=\"overdue\"><h2>Overdue (")
                .append(overdue.size())
                .append(")</h2>");
        itemTable(html, overdue, "overdue", live, state);
        html.append("</section><section id=\"due-soon\"><h2>Due in the next ")
                .append(dueSoonDays)
                .append(" days (")
                .append(dueSoon.size())
                .append(")</h2>");
        itemTable(html, dueSoon, "due-soon", live, state);
        html.append("</section>");

        html.append("<section id=\"by-owner\"><h2>Open items by owner</h2>");
        for (LedgerReport.OwnerSection owner : report.owners()) {
            List<ActionView> open =
                    owner.items().stream().filter(i -> i.status().isPending()).toList();
            html.append("<h3 id=\"owner-")
                    .append(slug(owner.owner()))
                    .append("\">")
                    .append(esc(name(owner.owner())))
                    .append("</h3>");
            if (open.isEmpty()) {
                html.append("<p class=\"muted\">Nothing open.</p>");
            } else {
                itemTable(
                        html,
                        open.stream().map(i -> new Row(owner.owner(), i)).toList(),
                        "owner-" + slug(owner.owner()),
                        live,
                        state);
            }
        }
        html.append("</section>");

        List<Row> closed = rows.stream()
                .filter(r -> r.item.closedOn() != null)
                .sorted(Comparator.comparing((Row r) -> r.item.closedOn()).reversed())
                .toList();
        html.append("<section id=\"closed\"><h2>Done and cancelled (")
                .append(closed.size())
                .append(")</h2>");
        if (closed.isEmpty()) {
            html.append("<p class=\"muted\">None.</p>");
        } else {
            // Collapsed: over a long history the list is long, and the open work above is what a person came for.
            html.append("<details id=\"closed-list\"><summary>Show them, latest first</summary>");
            closedTable(html, closed, live, state);
            html.append("</details>");
        }
        html.append("</section>");

        List<Row> awaiting = report.owners().stream()
                .flatMap(o -> o.awaiting().stream().map(i -> new Row(o.owner(), i)))
                .toList();
        html.append("<section id=\"triage\"><h2>Inferred from transcripts, awaiting triage (")
                .append(awaiting.size())
                .append(")</h2><p class=\"muted\">Not counted and never alerting until accepted.</p>");
        triageTable(html, awaiting, live, state);
        html.append("<h3 id=\"needs-owner\">Needs an owner (")
                .append(report.triage().needsOwner().size())
                .append(")</h3>");
        triageTable(
                html,
                report.triage().needsOwner().stream().map(i -> new Row(null, i)).toList(),
                false,
                state);
        html.append("<h3 id=\"needs-date\">Needs a date (")
                .append(report.triage().needsDate().size())
                .append(")</h3>");
        triageTable(
                html,
                report.triage().needsDate().stream()
                        .map(i -> new Row(i.owner(), i))
                        .toList(),
                false,
                state);
        html.append("</section>");

        findings(html, "decisions", "Decisions", report.decisions());
        findings(html, "risks", "Risks", report.risks());
        if (!report.deadLetters().isEmpty()) {
            html.append("<section id=\"dead-letters\"><h2>Notes that could not be read (")
                    .append(report.deadLetters().size())
                    .append(")</h2><ul>");
            report.deadLetters()
                    .forEach(d -> html.append("<li>")
                            .append(esc(String.valueOf(d.path())))
                            .append(": ")
                            .append(esc(d.reason()))
                            .append("</li>"));
            html.append("</ul></section>");
        }
        return html.append("</main></body></html>").toString();
    }

    /**
     * @param back the section the table stands in, where the page returns after a button's post
     * @param buttons whether to offer the buttons that change an open action (the live page only)
     */
    private static void itemTable(StringBuilder html, List<Row> rows, String back, boolean buttons, PageState state) {
        if (rows.isEmpty()) {
            html.append("<p class=\"muted\">None.</p>");
            return;
        }
        if (state.byPriority()) {
            rows = rows.stream().sorted(BY_PRIORITY).toList();
        }
        html.append("<table><thead><tr><th>Owner</th><th>Action</th><th>Due</th><th>Status</th>")
                .append("<th><a class=\"sort\" href=\"")
                .append(esc(state.toggle()))
                .append("\" title=\"")
                .append(state.byPriority() ? "Sort as usual" : "Highest priority first")
                .append("\">Priority")
                .append(state.byPriority() ? " ▼" : "")
                .append("</a></th>")
                .append("<th>Source</th>")
                .append(buttons ? "<th>Change</th>" : "")
                .append("</tr></thead><tbody>");
        for (Row row : rows) {
            ActionView item = row.item;
            html.append("<tr class=\"item")
                    .append(item.overdue() ? " late" : "")
                    .append("\" data-action=\"")
                    .append(esc(item.actionId()))
                    .append("\"><td>")
                    .append(esc(name(row.owner)))
                    .append("</td><td>")
                    .append("<a href=\"/actions/")
                    .append(esc(item.actionId()))
                    .append("\">")
                    .append(esc(item.text()))
                    .append("</a>");
            tags(html, item.tags(), state.linkDay());
            html.append("</td><td class=\"date\">")
                    .append(item.due() == null ? "" : item.due())
                    .append("</td><td>")
                    .append(
                            item.overdue()
                                    ? item.daysOverdue() + (item.daysOverdue() == 1 ? " day" : " days") + " overdue"
                                    : ReportJson.status(item.status()))
                    .append(
                            item.snoozedUntil() == null
                                    ? ""
                                    : "<br><span class=\"snoozed\">reminders snoozed until " + item.snoozedUntil()
                                            + "</span>")
                    .append("</td><td class=\"priority\">")
                    .append(priority(item.priority()))
                    .append("</td><td>");
            sources(html, item.sources());
            html.append("</td>");
            if (buttons) {
                html.append("<td class=\"change\">");
                button(html, item.actionId(), "done", "Done", state.back(back));
                button(html, item.actionId(), "cancel", "Cancel", state.back(back));
                form(
                        html,
                        item.actionId(),
                        "assign",
                        "Assign",
                        state.back(back),
                        "<input name=\"owner\" required size=\"12\" placeholder=\"new owner\" aria-label=\"New owner\"> ");
                dated(html, item.actionId(), "redate", "due", "Redate", "New due date", state.back(back));
                if (item.overdue()) {
                    form(
                            html,
                            item.actionId(),
                            "snooze",
                            "Snooze",
                            state.back(back),
                            // The API refuses a snooze that is already over: the browser says so before posting.
                            "<input type=\"date\" name=\"until\" required min=\""
                                    + state.day().plusDays(1) + "\" aria-label=\"No reminder before\"> ");
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** Done and cancelled actions, each with its date and, on the live page, a button to reopen it. */
    private static void closedTable(StringBuilder html, List<Row> rows, boolean buttons, PageState state) {
        html.append("<table><thead><tr><th>Owner</th><th>Action</th><th>Status</th><th>Source</th>")
                .append(buttons ? "<th>Change</th>" : "")
                .append("</tr></thead><tbody>");
        for (Row row : rows) {
            ActionView item = row.item;
            LocalDate on = item.closedOn();
            html.append("<tr class=\"closed\" data-action=\"")
                    .append(esc(item.actionId()))
                    .append("\"><td>")
                    .append(esc(name(row.owner)))
                    .append("</td><td><a href=\"/actions/")
                    .append(esc(item.actionId()))
                    .append("\">")
                    .append(esc(item.text()))
                    .append("</a></td><td class=\"date\">")
                    .append(ReportJson.status(item.status()))
                    .append(on == null ? "" : " " + on)
                    .append("</td><td>");
            sources(html, item.sources());
            html.append("</td>");
            if (buttons) {
                html.append("<td class=\"change\">");
                button(html, item.actionId(), "reopen", "Reopen", state.back("closed"));
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** A form that sends a verb with a date: a new due date. */
    private static void dated(
            StringBuilder html, String actionId, String verb, String field, String label, String aria, String back) {
        form(
                html,
                actionId,
                verb,
                label,
                back,
                "<input type=\"date\" name=\"" + field + "\" required aria-label=\"" + aria + "\"> ");
    }

    /** A plain form post, since the page runs no script: the verb is the CLI's command of the same name. */
    private static void button(StringBuilder html, String actionId, String verb, String label, String back) {
        form(html, actionId, verb, label, back, "");
    }

    /**
     * @param back  the page section the post returns to
     * @param field the form's own input, as HTML; empty for a bare button
     */
    private static void form(
            StringBuilder html, String actionId, String verb, String label, String back, String field) {
        html.append("<form method=\"post\" action=\"/actions/")
                .append(esc(actionId))
                .append('/')
                .append(verb)
                .append("\"><input type=\"hidden\" name=\"back\" value=\"")
                .append(esc(back))
                .append("\">")
                .append(field)
                .append("<button type=\"submit\" name=\"verb\" value=\"")
                .append(verb)
                .append("\">")
                .append(label)
                .append("</button></form>");
    }

    /**
     * Inferred actions with what a person judges them by (what was said, how firmly, how sure the model is) and, on
     * the live page, the two buttons: plain form posts, which work without script.
     */
    private static void triageTable(StringBuilder html, List<Row> rows, boolean buttons, PageState state) {
        if (rows.isEmpty()) {
            html.append("<p class=\"muted\">None.</p>");
            return;
        }
        html.append("<table><thead><tr><th>Owner</th><th>Action</th><th>Due</th><th>Said as</th><th>Confidence</th>")
                .append("<th>Source</th>")
                .append(buttons ? "<th></th>" : "")
                .append("</tr></thead><tbody>");
        for (Row row : rows) {
            ActionView item = row.item;
            String id = esc(item.actionId());
            html.append("<tr class=\"inferred\" data-action=\"")
                    .append(id)
                    .append("\"><td>")
                    .append(esc(name(row.owner)))
                    .append("</td><td><a href=\"/actions/")
                    .append(id)
                    .append("\">")
                    .append(esc(item.text()))
                    .append("</a></td><td>")
                    .append(item.due() == null ? "" : item.due())
                    .append("</td><td>")
                    .append(ReportJson.commitment(item.commitment()))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", item.confidence()))
                    .append("</td><td>");
            sources(html, item.sources());
            html.append("</td>");
            if (buttons) {
                html.append("<td class=\"verdict\">");
                button(html, item.actionId(), "accept", "Accept", state.back("triage"));
                button(html, item.actionId(), "dismiss", "Dismiss", state.back("triage"));
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void findings(StringBuilder html, String id, String title, List<LedgerReport.Finding> findings) {
        html.append("<section id=\"")
                .append(id)
                .append("\"><h2>")
                .append(title)
                .append(" (")
                .append(findings.size())
                .append(")</h2>");
        Map<String, List<LedgerReport.Finding>> byMeeting = new TreeMap<>(Comparator.reverseOrder());
        findings.forEach(f -> byMeeting
                .computeIfAbsent(
                        (f.date() == null ? "undated" : f.date().toString())
                                + (f.meetingTitle() == null ? "" : " — " + f.meetingTitle()),
                        d -> new ArrayList<>())
                .add(f));
        byMeeting.forEach((meeting, list) -> {
            html.append("<h3>").append(esc(meeting)).append("</h3><ul>");
            list.forEach(f -> {
                html.append("<li>").append(esc(f.text())).append(' ');
                sources(html, f.sources());
                html.append("</li>");
            });
            html.append("</ul>");
        });
        html.append("</section>");
    }

    private static void sources(StringBuilder html, List<SourceLocation> sources) {
        for (SourceLocation source : sources) {
            html.append("<a class=\"source\" href=\"/notes/")
                    .append(esc(path(source.path())))
                    .append("#L")
                    .append(source.line())
                    .append("\">")
                    .append(esc(source.path()))
                    .append(':')
                    .append(source.line())
                    .append("</a> ");
        }
    }

    /**
     * One action as a person reads it: what it is, who owes it and by when, where it was written or said, and every
     * change of its status with the reason and the note or command that made it.
     */
    public static String action(ActionView item) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(item.text()))
                .append("</title><style>")
                .append(STYLE)
                .append(" dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em} dt{color:#555}")
                .append(" dd{margin:0}</style></head><body><p><a href=\"/\">← ledger</a></p><h1>")
                .append(esc(item.text()))
                .append("</h1><dl id=\"facts\">");
        fact(
                html,
                "Owner",
                esc(name(item.owner()))
                        + (item.ownerWarning() == null
                                ? ""
                                : " <span class=\"muted\">(" + esc(item.ownerWarning()) + ")</span>"));
        fact(
                html,
                "Status",
                item.overdue()
                        ? "<span class=\"late\">" + item.daysOverdue() + (item.daysOverdue() == 1 ? " day" : " days")
                                + " overdue</span>"
                        : ReportJson.status(item.status()) + (item.closedOn() == null ? "" : " " + item.closedOn()));
        fact(
                html,
                "Due",
                item.due() == null
                        ? "<span class=\"muted\">no date</span>"
                        : item.due().toString());
        fact(
                html,
                "Priority",
                item.priority() == null ? "<span class=\"muted\">none</span>" : priority(item.priority()));
        if (item.snoozedUntil() != null) {
            fact(html, "Reminders", "snoozed until " + item.snoozedUntil());
        }
        fact(
                html,
                "From",
                item.origin() == ItemOrigin.TRANSCRIPT
                        ? "said in a transcript (confidence " + item.confidence()
                                + (item.commitment() == null
                                        ? ""
                                        : ", " + item.commitment().name().toLowerCase(Locale.ROOT))
                                + "; " + triage(item.triage()) + ")"
                        : "written in a note");
        if (item.meetingDate() != null) {
            fact(html, "Meeting", item.meetingDate().toString());
        }
        StringBuilder where = new StringBuilder();
        sources(where, item.sources());
        fact(html, "Sources", where.toString());
        fact(html, "Id", "<code>" + esc(item.actionId()) + "</code>");
        html.append("</dl><section id=\"history\"><h2>History</h2>");
        if (item.history().isEmpty()) {
            html.append("<p class=\"muted\">No change of status yet.</p>");
        } else {
            html.append("<table><thead><tr><th>Day</th><th>Change</th><th>Why</th><th>By</th></tr></thead><tbody>");
            for (StatusTransition change : item.history()) {
                html.append("<tr><td class=\"date\">")
                        .append(change.day())
                        .append("</td><td>")
                        .append(change.from() == null ? "" : ReportJson.status(change.from()) + " → ")
                        .append(ReportJson.status(change.to()))
                        .append("</td><td>")
                        .append(change.reason() == null ? "" : esc(change.reason()))
                        .append("</td><td>");
                if (change.commandId() != null) {
                    html.append("a command");
                } else if (change.sourcePath() != null) {
                    sources(html, List.of(new SourceLocation(change.sourcePath(), change.sourceLine())));
                }
                html.append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("</section><p class=\"muted\">As JSON: send <code>Accept: application/json</code>.</p>")
                .append("</body></html>")
                .toString();
    }

    private static void fact(StringBuilder html, String term, String valueHtml) {
        html.append("<dt>").append(term).append("</dt><dd>").append(valueHtml).append("</dd>");
    }

    private static String triage(Triage triage) {
        return switch (triage) {
            case ACCEPTED -> "accepted";
            case AWAITING -> "awaiting triage";
            case DISMISSED -> "dismissed";
        };
    }

    /** A note's text with numbered lines; {@code #L12} in the address marks line 12. */
    public static String note(String path, String text) {
        StringBuilder html = new StringBuilder(text.length() * 2);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(path))
                .append("</title><style>")
                .append(STYLE)
                .append(
                        " pre{margin:0;white-space:pre-wrap;overflow-wrap:anywhere} .line:target{background:#fff3bf} .n{color:#999;user-select:none;display:inline-block;width:4em}")
                .append("</style></head><body><p><a href=\"/\">← ledger</a></p><h1>")
                .append(esc(path))
                .append("</h1><pre>");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            html.append("<span class=\"line\" id=\"L")
                    .append(i + 1)
                    .append("\"><span class=\"n\">")
                    .append(i + 1)
                    .append("</span>")
                    .append(esc(lines[i]))
                    .append("</span>\n");
        }
        return html.append("</pre></body></html>").toString();
    }

    /**
     * The form a browser without a session is shown when {@code tracker.http.token} is set: the token is posted in the
     * body (never in the address, which browsers keep in their history) and answered with a session cookie.
     */
    public static String login(String back, Optional<String> problem) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Action Tracker: sign in</title><style>" + STYLE
                + "</style></head><body><h1>Action Tracker</h1>"
                + problem.map(p -> "<p class=\"hint\" role=\"alert\">" + esc(p) + "</p>")
                        .orElse("")
                + "<p>This tracker asks for its access token (<code>tracker.http.token</code>).</p>"
                + "<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"back\" value=\"" + esc(back)
                + "\"><label>Access token <input type=\"password\" name=\"token\" autocomplete=\"current-password\""
                + " required autofocus></label> <button type=\"submit\">Sign in</button></form></body></html>";
    }

    private record Row(String owner, ActionView item) {}

    /** Days the due-date strip shows, from the page's day on. */
    static final int CALENDAR_DAYS = 14;

    /**
     * Open and overdue over the last weeks as two lines of an inline SVG (no script, no library): one point a day,
     * the first and last day and the highest count written beside it.
     */
    private static void trendChart(StringBuilder html, String owner, List<OwnerTrend.Point> points) {
        int width = 560;
        int height = 120;
        int max = Math.max(
                1,
                points.stream()
                        .mapToInt(p -> Math.max(p.open(), p.overdue()))
                        .max()
                        .orElse(1));
        html.append("<section id=\"trend\"><h2>")
                .append(esc(owner))
                .append(": open and overdue, last ")
                .append(points.size() / 7)
                .append(" weeks</h2><div class=\"scroll\"><svg class=\"trend\" viewBox=\"0 0 ")
                .append(width + 40)
                .append(' ')
                .append(height + 24)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"Open and overdue actions of ")
                .append(esc(owner))
                .append(" each day from ")
                .append(points.get(0).day())
                .append(" to ")
                .append(points.get(points.size() - 1).day())
                .append("\"><line x1=\"0\" y1=\"")
                .append(height)
                .append("\" x2=\"")
                .append(width)
                .append("\" y2=\"")
                .append(height)
                .append("\" stroke=\"#ccc\"/>");
        line(html, points, "open", "#1558b0", width, height, max, OwnerTrend.Point::open);
        line(html, points, "overdue", "#b00020", width, height, max, OwnerTrend.Point::overdue);
        html.append("<text x=\"")
                .append(width + 4)
                .append("\" y=\"10\" font-size=\"11\">")
                .append(max)
                .append("</text><text x=\"0\" y=\"")
                .append(height + 16)
                .append("\" font-size=\"11\">")
                .append(points.get(0).day())
                .append("</text><text x=\"")
                .append(width)
                .append("\" y=\"")
                .append(height + 16)
                .append("\" font-size=\"11\" text-anchor=\"end\">")
                .append(points.get(points.size() - 1).day())
                .append("</text></svg></div><p class=\"muted\"><span style=\"color:#1558b0\">━ open</span> ")
                .append("<span style=\"color:#b00020\">━ overdue</span></p></section>");
    }

    private static void line(
            StringBuilder html,
            List<OwnerTrend.Point> points,
            String name,
            String colour,
            int width,
            int height,
            int max,
            ToIntFunction<OwnerTrend.Point> value) {
        html.append("<polyline class=\"")
                .append(name)
                .append("\" fill=\"none\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"2\" points=\"");
        double step = points.size() == 1 ? 0 : (double) width / (points.size() - 1);
        for (int i = 0; i < points.size(); i++) {
            double x = i * step;
            double y = height - (double) value.applyAsInt(points.get(i)) * (height - 4) / max;
            html.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        html.append("\"/>");
    }

    /**
     * The next two weeks as a strip of days, each with how many owed actions (of what the page shows) fall due on
     * it; a busy day links to the page filtered to it.
     */
    private static void calendar(StringBuilder html, List<Row> rows, LocalDate day, boolean live) {
        Map<LocalDate, Long> due = rows.stream()
                .filter(r -> r.item.status().isPending() && r.item.due() != null)
                .collect(Collectors.groupingBy(r -> r.item.due(), Collectors.counting()));
        html.append("<section id=\"calendar\"><h2>Falling due, next ")
                .append(CALENDAR_DAYS)
                .append(" days</h2><ol class=\"calendar\">");
        for (int i = 1; i <= CALENDAR_DAYS; i++) {
            LocalDate on = day.plusDays(i);
            long count = due.getOrDefault(on, 0L);
            html.append("<li data-day=\"")
                    .append(on)
                    .append('"')
                    .append(count > 0 ? " class=\"busy\"" : "")
                    .append("><span class=\"muted\">")
                    .append(on.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .append("</span> ")
                    .append(on.getDayOfMonth());
            if (count > 0) {
                html.append(" <a href=\"")
                        .append(esc(filteredPage("due=on:" + on, live ? null : day)))
                        .append("\">")
                        .append(count)
                        .append("</a>");
            }
            html.append("</li>");
        }
        html.append("</ol></section>");
    }

    /** Obsidian Tasks' sign of a priority, and its word. */
    private static String priority(Priority priority) {
        if (priority == null) {
            return "";
        }
        String sign = switch (priority) {
            case HIGHEST -> "🔺";
            case HIGH -> "⏫";
            case MEDIUM -> "🔼";
            case LOW -> "🔽";
            case LOWEST -> "⏬";
        };
        return sign + " " + priority.name().toLowerCase(Locale.ROOT);
    }

    /** Each tag as a link to the actions that carry it, on the page's day. */
    private static void tags(StringBuilder html, List<String> tags, LocalDate day) {
        for (String tag : tags) {
            html.append(" <a class=\"tag\" href=\"")
                    .append(esc(
                            filteredPage("tag=" + URLEncoder.encode(tag.substring(1), StandardCharsets.UTF_8), day)))
                    .append("\">")
                    .append(esc(tag))
                    .append("</a>");
        }
    }

    /**
     * The page filtered by one field ({@code owner=...}, {@code due=on:...}, {@code tag=...}, its value already
     * encoded), on a day; a null day (links from the live page) stays on today, whatever day it becomes.
     */
    private static String filteredPage(String field, LocalDate day) {
        return "/?" + field + (day == null ? "" : "&asOf=" + day);
    }

    private static void hidden(StringBuilder html, String name, String value) {
        html.append("<input type=\"hidden\" name=\"")
                .append(esc(name))
                .append("\" value=\"")
                .append(esc(value))
                .append("\">");
    }

    /**
     * The filter a person can change and bookmark: a GET form, so the address holds it. Its fields are those
     * {@link LedgerFilter#parse} reads.
     */
    private static void filterForm(
            StringBuilder html, LedgerFilter filter, LocalDate day, List<String> everyone, boolean byPriority) {
        html.append("<form method=\"get\" action=\"/\" id=\"filter\" class=\"filter\">");
        if (day != null) {
            hidden(html, "asOf", day.toString());
        }
        if (byPriority) {
            hidden(html, "sort", "priority");
        }
        html.append("<label>Owner <input name=\"owner\" list=\"owner-names\" size=\"14\" value=\"")
                .append(esc(filter.owner() == null ? "" : filter.owner()))
                .append("\"></label> <datalist id=\"owner-names\">");
        for (String name : everyone) {
            html.append("<option value=\"").append(esc(name)).append("\">");
        }
        html.append("</datalist> <label>Status <select name=\"status\">");
        for (ApiJson.StatusFilter status : ApiJson.StatusFilter.values()) {
            String word = status.name().toLowerCase(Locale.ROOT);
            html.append("<option value=\"")
                    .append(word)
                    .append('"')
                    .append(status == filter.status() ? " selected" : "")
                    .append('>')
                    .append(word)
                    .append("</option>");
        }
        html.append("</select></label> <label>Due <input name=\"due\" size=\"14\" placeholder=\"before:today\"")
                .append(" value=\"")
                .append(esc(filter.due() == null ? "" : filter.due().asTyped()))
                .append("\"></label> <label>Priority <select name=\"priority\"><option value=\"\">any</option>");
        String chosen = filter.fields().stream()
                .filter(f -> f.getKey().equals("priority"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
        for (String word : List.of("highest", "high", "medium", "low", "lowest", "none")) {
            html.append("<option value=\"")
                    .append(word)
                    .append('"')
                    .append(word.equals(chosen) ? " selected" : "")
                    .append('>')
                    .append(word)
                    .append("</option>");
        }
        if (!chosen.isEmpty()
                && !List.of("highest", "high", "medium", "low", "lowest", "none")
                        .contains(chosen)) {
            html.append("<option value=\"")
                    .append(esc(chosen))
                    .append("\" selected>")
                    .append(esc(chosen))
                    .append("</option>");
        }
        html.append("</select></label> <label>Tag <input name=\"tag\" size=\"10\" placeholder=\"#task\" value=\"")
                .append(esc(filter.tag() == null ? "" : filter.tag()))
                .append("\"></label> <label>Note <input name=\"path\" size=\"12\" value=\"")
                .append(esc(filter.path() == null ? "" : filter.path()))
                .append("\"></label> <button type=\"submit\">Filter</button>");
        if (!filter.isEmpty()) {
            html.append(" <a id=\"clear-filter\" href=\"/")
                    .append(day == null ? "" : "?asOf=" + day)
                    .append("\">clear</a>");
        }
        html.append("</form>");
    }

    private static String name(String owner) {
        return owner == null ? "(no owner)" : owner;
    }

    private static String slug(String owner) {
        return owner == null ? "none" : owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String path(String notePath) {
        return URLEncoder.encode(notePath, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%2F", "/");
    }

    // Not commons-text's escapeHtml4: it leaves ' as it is, and an owner or a task text written into an attribute must
    // not close it whichever quote the attribute uses.
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:72em;padding:0 1em;color:#222}
            h1{margin:0 0 .3em} h2{margin-top:1.6em;border-bottom:1px solid #ddd} h3{margin:1em 0 .3em;font-size:1em}
            table{border-collapse:collapse;width:100%} th,td{text-align:left;padding:.3em .6em;border-bottom:1px solid #eee;vertical-align:top}
            th{font-weight:600;color:#555} td.late,tr.late td{color:#b00020} tr.late{background:#fff0f0}
            .muted{color:#888} a{color:#1558b0} a.source{font-size:.85em;color:#777}
            form{margin:.5em 0} header p{margin:.2em 0} td.verdict form,td.change form{display:inline;margin:0 .2em 0 0}
            td.date{white-space:nowrap} .snoozed{color:#777;font-size:.85em} summary{cursor:pointer;color:#1558b0}
            td{overflow-wrap:anywhere} .hint{background:#eef5ff;border:1px solid #c9dcf5;padding:.5em .8em} .scroll{overflow-x:auto} input{max-width:100%} form.filter label{display:inline-block;margin:.15em .5em .15em 0} .calendar{display:flex;flex-wrap:wrap;gap:.3em;list-style:none;padding:0;margin:.4em 0} .calendar li{border:1px solid #ddd;padding:.15em .4em;min-width:3.2em;text-align:center;white-space:nowrap} .calendar li.busy{background:#fff3bf} svg.trend{max-width:40em} td.priority{white-space:nowrap}
            @media (max-width:40em){body{margin:.8em auto;padding:0 .6em}
             section>table,section>details>table,section>table tbody,section>details>table tbody,section>table tr,section>details>table tr,section>table td,section>details>table td{display:block}
             section>table thead,section>details>table thead{display:none}
             section>table tr,section>details>table tr{border-bottom:1px solid #ddd;padding:.4em 0}
             section>table td,section>details>table td{border:0;padding:.1em 0}}
            """;
}
