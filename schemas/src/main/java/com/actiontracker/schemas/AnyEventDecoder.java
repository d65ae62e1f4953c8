package com.actiontracker.schemas;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MessageEncoder;

/**
 * Decodes any of our events without knowing its type in advance: the fingerprint in the message names the writer
 * schema, and the current version of the schema with the same name is used to read it. For tools (tail) and for
 * Connect converters, which see bytes from several topics.
 */
public final class AnyEventDecoder {

    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;
    private static final int HEADER_LENGTH = 10;

    private final PublishedSchemas store = PublishedSchemas.get();

    /** The schema a message was written with, if it is a single-object-encoded message we know. */
    public Optional<Schema> writerSchema(byte[] message) {
        if (message == null || message.length < HEADER_LENGTH || message[0] != MARKER_0 || message[1] != MARKER_1) {
            return Optional.empty();
        }
        long fingerprint =
                ByteBuffer.wrap(message, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        return Optional.ofNullable(store.findByFingerprint(fingerprint));
    }

    /** Reads a message as the current version of its schema. */
    public GenericRecord decode(byte[] message) {
        Schema writer = writerSchema(message)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Not an Action Tracker event: no single-object header with a known schema fingerprint"));
        Schema reader = TrackerSchemas.current(writer.getFullName()).orElse(writer);
        BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(), reader, store);
        try {
            return decoder.decode(message);
        } catch (IOException | AvroRuntimeException e) {
            throw new IllegalArgumentException("Corrupt " + writer.getName() + " message: " + e.getMessage(), e);
        }
    }

    /** Encodes a generic record of one of our schemas, byte-for-byte what the generated class would write. */
    public static byte[] encode(GenericRecord record) {
        MessageEncoder<GenericRecord> encoder = new BinaryMessageEncoder<>(GenericData.get(), record.getSchema());
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | AvroRuntimeException e) {
            throw new IllegalArgumentException(
                    "Cannot encode " + record.getSchema().getName() + ": " + e.getMessage(), e);
        }
    }
}
