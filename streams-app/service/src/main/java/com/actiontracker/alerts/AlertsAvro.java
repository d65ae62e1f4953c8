package com.actiontracker.alerts;

import com.actiontracker.avro.AlertCandidate;
import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.avro.OwnerDigest;
import com.actiontracker.avro.SourceRef;
import com.actiontracker.tracking.EnumMapping;
import com.actiontracker.tracking.SourceLocation;
import com.actiontracker.tracking.TrackingAvro;
import java.util.List;

/** The edge between alerting and its Avro events and store values. */
public final class AlertsAvro {

    private AlertsAvro() {}

    public static OverdueAlert toAvro(Alert a) {
        return OverdueAlert.newBuilder()
                .setEventId(a.eventId())
                .setAlertId(a.alertId())
                .setType(EnumMapping.convert(a.type(), com.actiontracker.avro.AlertType.class))
                .setActionId(a.actionId())
                .setOwner(a.owner())
                .setText(a.text())
                .setDue(a.due())
                .setDaysOverdue(a.daysOverdue())
                .setEpisode(a.episode())
                .setSequence(a.sequence())
                .setResolution(a.resolution() == null ? null : a.resolution().word())
                .setResolvedAs(EnumMapping.convert(a.resolution(), AlertResolution.class))
                .setRaisedAt(a.raisedAt())
                .setSources(refs(a.sources()))
                .build();
    }

    public static Alert fromAvro(OverdueAlert a) {
        return new Alert(
                a.getEventId(),
                a.getAlertId(),
                EnumMapping.convert(a.getType(), AlertType.class),
                a.getActionId(),
                a.getOwner(),
                a.getText(),
                a.getDue(),
                a.getDaysOverdue(),
                a.getEpisode(),
                a.getSequence(),
                resolution(a),
                a.getRaisedAt(),
                locations(a.getSources()));
    }

    // Alerts written before v2 of the schema carry only the word; a replay of the alert history still reads them.
    private static Resolution resolution(OverdueAlert a) {
        return a.getResolvedAs() != null
                ? EnumMapping.convert(a.getResolvedAs(), Resolution.class)
                : Resolution.ofWord(a.getResolution());
    }

    public static AlertCandidate toAvro(WatchedAction w) {
        return new AlertCandidate(w.actionId(), w.owner(), w.text(), w.due(), refs(w.sources()), w.snoozedUntil());
    }

    public static WatchedAction fromAvro(AlertCandidate a) {
        return new WatchedAction(
                a.getActionId(), a.getOwner(), a.getText(), a.getDue(), locations(a.getSources()), a.getSnoozedUntil());
    }

    public static OwnerDigest toAvro(Digest d) {
        return new OwnerDigest(
                d.digestId(),
                d.owner(),
                d.date(),
                d.overdue().stream().map(TrackingAvro::toAvro).toList(),
                d.dueSoon().stream().map(TrackingAvro::toAvro).toList(),
                d.generatedAt());
    }

    private static List<SourceRef> refs(List<SourceLocation> locations) {
        return locations.stream().map(l -> new SourceRef(l.path(), l.line())).toList();
    }

    private static List<SourceLocation> locations(List<SourceRef> refs) {
        return refs.stream()
                .map(r -> new SourceLocation(r.getPath(), r.getLine()))
                .toList();
    }
}
