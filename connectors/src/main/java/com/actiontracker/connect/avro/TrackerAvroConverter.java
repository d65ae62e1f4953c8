package com.actiontracker.connect.avro;

import com.actiontracker.schemas.AnyEventDecoder;
import com.actiontracker.schemas.TrackerSchemas;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;

/**
 * Connect converter for Action Tracker events in Avro single-object encoding (schema fingerprint in every message).
 * Writing: a Struct named after one of our Avro schemas becomes that event. Reading: the fingerprint names the
 * writer's schema, and the event is read as the current version of that schema.
 */
public final class TrackerAvroConverter implements Converter {

    private final AnyEventDecoder decoder = new AnyEventDecoder();

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // No settings: the schemas travel with the plugin.
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef();
    }

    @Override
    public byte[] fromConnectData(String topic, org.apache.kafka.connect.data.Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        if (schema == null || schema.name() == null || !(value instanceof Struct struct)) {
            throw new DataException("Topic " + topic + ": expected a Struct named after an Action Tracker schema");
        }
        Schema avro = TrackerSchemas.current(schema.name())
                .orElseThrow(() -> new DataException(
                        "Topic " + topic + ": " + schema.name() + " is not an Action Tracker event schema"));
        return AnyEventDecoder.encode((GenericRecord) ConnectAvroData.toAvro(avro, struct));
    }

    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        if (value == null) {
            return SchemaAndValue.NULL;
        }
        GenericRecord record;
        try {
            record = decoder.decode(value);
        } catch (IllegalArgumentException e) {
            throw new DataException("Topic " + topic + ": " + e.getMessage(), e);
        }
        return new SchemaAndValue(
                ConnectAvroData.toConnectSchema(record.getSchema()), ConnectAvroData.toConnect(record));
    }
}
