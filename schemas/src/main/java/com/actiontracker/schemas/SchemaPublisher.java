package com.actiontracker.schemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Checks the current schemas against the published history, and publishes a changed schema as its next version.
 *
 * <pre>./mvnw -q -pl schemas compile exec:java   # writes schemas/published/&lt;name&gt;/v&lt;n+1&gt;.avsc</pre>
 *
 * A new version is published only if it can read every earlier one, so a replay of old topics keeps working.
 */
public final class SchemaPublisher {

    private SchemaPublisher() {}

    /** What is wrong with the current schemas relative to what was published; empty when all is well. */
    public static List<String> problems(PublishedSchemas published) {
        List<String> problems = new ArrayList<>();
        for (Schema current : TrackerSchemas.EVENTS) {
            List<Schema> versions = published.versions(current.getFullName());
            problems.addAll(incompatibilities(current, versions));
            if (!isPublished(current, versions)) {
                problems.add(current.getFullName() + " differs from its latest published version (v" + versions.size()
                        + "); publish it with ./mvnw -q -pl schemas compile exec:java");
            }
        }
        return problems;
    }

    static List<String> incompatibilities(Schema current, List<Schema> versions) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            var result = SchemaCompatibility.checkReaderWriterCompatibility(current, versions.get(i))
                    .getResult();
            if (result.getCompatibility() != SchemaCompatibilityType.COMPATIBLE) {
                found.add(current.getFullName() + " cannot read published v" + (i + 1) + ": "
                        + result.getIncompatibilities());
            }
        }
        return found;
    }

    private static boolean isPublished(Schema current, List<Schema> versions) {
        return !versions.isEmpty() && versions.get(versions.size() - 1).equals(current);
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "published");
        PublishedSchemas published = PublishedSchemas.get();
        for (Schema current : TrackerSchemas.EVENTS) {
            List<Schema> versions = published.versions(current.getFullName());
            if (isPublished(current, versions)) {
                continue;
            }
            List<String> incompatible = incompatibilities(current, versions);
            if (!incompatible.isEmpty()) {
                throw new IllegalStateException("Refusing to publish: " + incompatible);
            }
            Path file = root.resolve(current.getFullName()).resolve("v" + (versions.size() + 1) + ".avsc");
            Files.createDirectories(file.getParent());
            Files.writeString(file, pretty(current) + "\n", StandardCharsets.UTF_8);
            System.out.println("published " + file);
        }
    }

    // Schema.toString(true) is deprecated for SchemaFormatter, whose pretty JSON is not proven to match, byte for byte,
    // the published history this method wrote; a published version is never rewritten, so the old format stays.
    @SuppressWarnings("deprecation")
    private static String pretty(Schema schema) {
        return schema.toString(true);
    }
}
