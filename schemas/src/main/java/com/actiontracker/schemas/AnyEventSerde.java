package com.actiontracker.schemas;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for any of our generated records on one topic: each message is written with its own type's schema, and read
 * back as the generated class its fingerprint names. For sinks that route several event types.
 */
public final class AnyEventSerde
        implements Serde<SpecificRecord>, Serializer<SpecificRecord>, Deserializer<SpecificRecord> {

    private final Map<Class<?>, AvroSerde<SpecificRecord>> serdes = new ConcurrentHashMap<>();
    private final AnyEventDecoder decoder = new AnyEventDecoder();

    @Override
    public byte[] serialize(String topic, SpecificRecord record) {
        return record == null ? null : serde(record.getClass()).encode(record);
    }

    @Override
    public SpecificRecord deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        Schema writer = decoder.writerSchema(bytes)
                .orElseThrow(() -> new SerializationException(
                        "Not an Action Tracker event on " + topic + ": unknown schema fingerprint"));
        Schema current = TrackerSchemas.current(writer.getFullName()).orElse(writer);
        Class<?> type = SpecificData.get().getClass(current);
        if (type == null) {
            throw new SerializationException("No generated class for " + writer.getFullName());
        }
        return serde(type).decode(bytes);
    }

    @SuppressWarnings("unchecked")
    private AvroSerde<SpecificRecord> serde(Class<?> type) {
        return serdes.computeIfAbsent(type, c -> AvroSerde.of((Class<SpecificRecord>) c));
    }

    @Override
    public Serializer<SpecificRecord> serializer() {
        return this;
    }

    @Override
    public Deserializer<SpecificRecord> deserializer() {
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // Nothing to configure.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
