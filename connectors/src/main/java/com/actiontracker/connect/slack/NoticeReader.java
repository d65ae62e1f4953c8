package com.actiontracker.connect.slack;

import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.AlertType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/** Reads the Connect form of our Avro events (as {@code TrackerAvroConverter} produces it) into notices. */
final class NoticeReader {

    static final String ALERT_SCHEMA = "com.actiontracker.avro.OverdueAlert";
    static final String DIGEST_SCHEMA = "com.actiontracker.avro.OwnerDigest";

    private NoticeReader() {}

    static Notice read(Object value) {
        if (!(value instanceof Struct struct)) {
            throw new DataException("Expected an OverdueAlert or OwnerDigest (use the TrackerAvroConverter), got "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        String schema = struct.schema().name();
        if (ALERT_SCHEMA.equals(schema)) {
            return new Notice.Alert(
                    struct.getString("eventId"),
                    struct.getString("alertId"),
                    struct.getInt32("episode"),
                    AlertType.valueOf(struct.getString("type")),
                    struct.getInt32("sequence"),
                    struct.getString("owner"),
                    struct.getString("text"),
                    date(struct.get("due")),
                    struct.getInt32("daysOverdue"),
                    resolution(struct),
                    sources(struct));
        }
        if (DIGEST_SCHEMA.equals(schema)) {
            return new Notice.Digest(
                    struct.getString("digestId"),
                    struct.getString("owner"),
                    date(struct.get("date")),
                    items(struct.getArray("overdue")),
                    items(struct.getArray("dueSoon")));
        }
        throw new DataException("Schema " + schema + " is not an alert or a digest");
    }

    // Alerts written before v2 of the schema carry only the lower-case word.
    private static AlertResolution resolution(Struct alert) {
        String symbol = alert.getString("resolvedAs");
        if (symbol != null) {
            return AlertResolution.valueOf(symbol);
        }
        String word = alert.getString("resolution");
        return word == null
                ? null
                : Arrays.stream(AlertResolution.values())
                        .filter(r -> r.name().equalsIgnoreCase(word))
                        .findFirst()
                        .orElse(AlertResolution.UNKNOWN);
    }

    private static List<Notice.Item> items(List<Object> items) {
        return items.stream()
                .map(Struct.class::cast)
                .map(item -> new Notice.Item(item.getString("text"), date(item.get("due")), sources(item)))
                .toList();
    }

    private static List<Notice.Source> sources(Struct struct) {
        return struct.getArray("sources").stream()
                .map(Struct.class::cast)
                .map(s -> new Notice.Source(s.getString("path"), s.getInt32("line")))
                .toList();
    }

    private static LocalDate date(Object value) {
        return value == null
                ? null
                : ((Date) value).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
