package com.actiontracker.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.NoteFile;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.avro.OwnerDigest;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.junit.jupiter.api.Test;

/** The build gate for schema changes: it fails when a schema changed without being published compatibly. */
class PublishedSchemasTest {

    private final PublishedSchemas published = PublishedSchemas.get();

    @Test
    void everyCurrentSchemaIsPublishedAndReadsEveryEarlierVersion() {
        assertThat(SchemaPublisher.problems(published)).isEmpty();
    }

    @Test
    void everyEventHasAtLeastOnePublishedVersionOnTheClasspath() {
        for (Schema current : TrackerSchemas.EVENTS) {
            assertThat(published.versions(current.getFullName()))
                    .as(current.getFullName())
                    .isNotEmpty();
            assertThat(published.findByFingerprint(PublishedSchemas.fingerprint(current)))
                    .isEqualTo(current);
        }
    }

    /**
     * The events other services subscribe to (alerts, digests, dead letters) are read by consumers built with an
     * earlier version, a Slack worker not yet upgraded among them: each published version must read the current one.
     * Events only the tracker reads (commands, observations) need not, since the service is upgraded first.
     */
    @Test
    void everyPublishedVersionOfAnEventOthersConsumeReadsTheCurrentSchema() {
        for (Schema current :
                List.of(OverdueAlert.getClassSchema(), OwnerDigest.getClassSchema(), DeadLetter.getClassSchema())) {
            List<Schema> versions = published.versions(current.getFullName());
            for (int i = 0; i < versions.size(); i++) {
                assertThat(SchemaCompatibility.checkReaderWriterCompatibility(versions.get(i), current)
                                .getType())
                        .as("%s v%d reading the current schema", current.getFullName(), i + 1)
                        .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
            }
        }
    }

    @Test
    void aSchemaThatAddsARequiredFieldCannotBePublished() {
        Schema current = NoteFile.getClassSchema();
        Schema breaking = withExtraField(current, false);
        assertThat(SchemaPublisher.incompatibilities(breaking, published.versions(current.getFullName())))
                .singleElement()
                .asString()
                .contains("cannot read published v1");
    }

    @Test
    void aNewerReaderDecodesMessagesWrittenWithAnOlderPublishedVersion() throws Exception {
        Schema current = NoteFile.getClassSchema();
        GenericRecord old = new GenericData.Record(current);
        old.put("path", "a.md");
        old.put("content", ByteBuffer.wrap(new byte[] {1, 2}));
        old.put("sha256", "ab");
        old.put("sizeBytes", 2L);
        old.put("modifiedAt", 1L);
        old.put("observedAt", 2L);
        byte[] message = AnyEventDecoder.encode(old);

        Schema evolved = withExtraField(current, true);
        assertThat(SchemaPublisher.incompatibilities(evolved, List.of(current))).isEmpty();
        GenericRecord read =
                new BinaryMessageDecoder<GenericRecord>(GenericData.get(), evolved, published).decode(message, null);
        assertThat(read.get("path")).hasToString("a.md");
        assertThat(read.get("vault")).hasToString("default");
    }

    private static Schema withExtraField(Schema schema, boolean withDefault) {
        var fields = SchemaBuilder.record(schema.getName())
                .namespace(schema.getNamespace())
                .fields();
        for (Schema.Field f : schema.getFields()) {
            fields = fields.name(f.name()).type(f.schema()).noDefault();
        }
        var extra = fields.name("vault").type().stringType();
        return withDefault
                ? extra.stringDefault("default").endRecord()
                : extra.noDefault().endRecord();
    }
}
