package com.actiontracker.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;

/**
 * Every version of every event schema that has ever been published, read from the classpath
 * ({@code schemas/published/<full name>/v<n>.avsc}). A message carries the fingerprint of the schema it was
 * written with; this store is how a reader finds that schema again, however old the message.
 */
public final class PublishedSchemas implements SchemaStore {

    static final String RESOURCE_ROOT = "com/actiontracker/schemas/published/";

    private static final PublishedSchemas INSTANCE = load();

    private final Map<String, List<Schema>> versionsByName;
    private final Map<Long, Schema> byFingerprint;

    private PublishedSchemas(Map<String, List<Schema>> versionsByName) {
        this.versionsByName = versionsByName;
        Map<Long, Schema> index = new LinkedHashMap<>();
        versionsByName.values().forEach(versions -> versions.forEach(s -> index.put(fingerprint(s), s)));
        // The running code's own versions are always readable, published or not (a development build).
        TrackerSchemas.EVENTS.forEach(s -> index.putIfAbsent(fingerprint(s), s));
        this.byFingerprint = Collections.unmodifiableMap(index);
    }

    public static PublishedSchemas get() {
        return INSTANCE;
    }

    /** Published versions of one schema, oldest first; empty when it was never published. */
    public List<Schema> versions(String fullName) {
        return versionsByName.getOrDefault(fullName, List.of());
    }

    @Override
    public Schema findByFingerprint(long fingerprint) {
        return byFingerprint.get(fingerprint);
    }

    /** The 64-bit Rabin fingerprint of the canonical form, as Avro's single-object encoding writes it. */
    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    private static PublishedSchemas load() {
        Map<String, List<Schema>> versions = new LinkedHashMap<>();
        for (Schema current : TrackerSchemas.EVENTS) {
            List<Schema> found = new ArrayList<>();
            for (int v = 1; ; v++) {
                String resource = RESOURCE_ROOT + current.getFullName() + "/v" + v + ".avsc";
                try (InputStream in = PublishedSchemas.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        break;
                    }
                    found.add(new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read published schema " + resource, e);
                }
            }
            versions.put(current.getFullName(), List.copyOf(found));
        }
        return new PublishedSchemas(versions);
    }
}
