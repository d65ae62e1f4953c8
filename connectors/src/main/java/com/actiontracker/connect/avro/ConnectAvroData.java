package com.actiontracker.connect.avro;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * Maps between Avro records and Connect's data model, for the subset of Avro our schemas use: records, primitives,
 * enums (as strings), arrays, optional unions {@code [null, X]}, and the date and timestamp-millis logical types.
 *
 * <p>Written here because the general-purpose mapper (Confluent's AvroData) is not on Maven Central; ours is
 * deliberately narrow and fails loudly on anything outside that subset.
 */
public final class ConnectAvroData {

    private static final Map<org.apache.avro.Schema, Schema> CONNECT_SCHEMAS = new ConcurrentHashMap<>();

    private ConnectAvroData() {}

    /** The Connect schema of an Avro record schema; named after the Avro full name so it can be mapped back. */
    public static Schema toConnectSchema(org.apache.avro.Schema avro) {
        // Not computeIfAbsent: converting a record converts its nested records, which would update the map recursively.
        Schema known = CONNECT_SCHEMAS.get(avro);
        if (known == null) {
            known = builderFor(avro).build();
            CONNECT_SCHEMAS.putIfAbsent(avro, known);
        }
        return known;
    }

    private static SchemaBuilder builderFor(org.apache.avro.Schema avro) {
        LogicalType logical = avro.getLogicalType();
        if (logical instanceof LogicalTypes.Date) {
            return Date.builder();
        }
        if (logical instanceof LogicalTypes.TimestampMillis) {
            return Timestamp.builder();
        }
        return switch (avro.getType()) {
            case RECORD -> {
                SchemaBuilder struct = SchemaBuilder.struct().name(avro.getFullName());
                if (avro.getDoc() != null) {
                    struct.doc(avro.getDoc());
                }
                for (org.apache.avro.Schema.Field field : avro.getFields()) {
                    struct.field(field.name(), builderFor(field.schema()).build());
                }
                yield struct;
            }
            case UNION -> builderFor(nonNullBranch(avro)).optional();
            case ARRAY -> SchemaBuilder.array(builderFor(avro.getElementType()).build());
            case STRING -> SchemaBuilder.string();
            case ENUM -> SchemaBuilder.string().parameter("avro.enum", avro.getFullName());
            case BYTES -> SchemaBuilder.bytes();
            case INT -> SchemaBuilder.int32();
            case LONG -> SchemaBuilder.int64();
            case DOUBLE -> SchemaBuilder.float64();
            case FLOAT -> SchemaBuilder.float32();
            case BOOLEAN -> SchemaBuilder.bool();
            default -> throw new DataException("Avro type " + avro.getType() + " is not supported: " + avro);
        };
    }

    /** Connect value (Struct, List, String...) to an Avro value of the given schema. */
    public static Object toAvro(org.apache.avro.Schema avro, Object value) {
        if (value == null) {
            if (avro.getType() == org.apache.avro.Schema.Type.UNION
                    || avro.getType() == org.apache.avro.Schema.Type.NULL) {
                return null;
            }
            throw new DataException("Missing value for non-optional Avro type " + avro);
        }
        LogicalType logical = avro.getLogicalType();
        if (logical instanceof LogicalTypes.Date) {
            return Date.fromLogical(Date.SCHEMA, (java.util.Date) value);
        }
        if (logical instanceof LogicalTypes.TimestampMillis) {
            return ((java.util.Date) value).getTime();
        }
        return switch (avro.getType()) {
            case RECORD -> {
                Struct struct = (Struct) value;
                GenericRecord record = new GenericData.Record(avro);
                for (org.apache.avro.Schema.Field field : avro.getFields()) {
                    Field connectField = struct.schema().field(field.name());
                    Object fieldValue = connectField == null
                            ? GenericData.get().getDefaultValue(field)
                            : toAvro(field.schema(), struct.get(connectField));
                    record.put(field.name(), fieldValue);
                }
                yield record;
            }
            case UNION -> toAvro(nonNullBranch(avro), value);
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (Object item : (Collection<?>) value) {
                    items.add(toAvro(avro.getElementType(), item));
                }
                yield items;
            }
            case ENUM -> new GenericData.EnumSymbol(avro, value.toString());
            case BYTES -> value instanceof ByteBuffer buffer ? buffer : ByteBuffer.wrap((byte[]) value);
            case STRING -> value.toString();
            default -> value;
        };
    }

    /** An Avro record (from a generic reader) as a Connect Struct of {@link #toConnectSchema its Connect schema}. */
    public static Struct toConnect(GenericRecord record) {
        return (Struct) toConnect(record.getSchema(), toConnectSchema(record.getSchema()), record);
    }

    // The Connect schema is passed down rather than derived again: an optional nested struct must be built with
    // the optional schema of its field, or Struct validation rejects it.
    private static Object toConnect(org.apache.avro.Schema avro, Schema connect, Object value) {
        if (value == null) {
            return null;
        }
        LogicalType logical = avro.getLogicalType();
        if (logical instanceof LogicalTypes.Date) {
            return Date.toLogical(Date.SCHEMA, ((Number) value).intValue());
        }
        if (logical instanceof LogicalTypes.TimestampMillis) {
            return new java.util.Date(((Number) value).longValue());
        }
        return switch (avro.getType()) {
            case RECORD -> {
                GenericRecord record = (GenericRecord) value;
                Struct struct = new Struct(connect);
                for (org.apache.avro.Schema.Field field : avro.getFields()) {
                    struct.put(
                            field.name(),
                            toConnect(
                                    field.schema(), connect.field(field.name()).schema(), record.get(field.pos())));
                }
                yield struct;
            }
            case UNION -> toConnect(nonNullBranch(avro), connect, value);
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (Object item : (Collection<?>) value) {
                    items.add(toConnect(avro.getElementType(), connect.valueSchema(), item));
                }
                yield items;
            }
            case ENUM, STRING -> value.toString();
            case BYTES -> {
                ByteBuffer buffer = ((ByteBuffer) value).duplicate();
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                yield bytes;
            }
            default -> value;
        };
    }

    private static org.apache.avro.Schema nonNullBranch(org.apache.avro.Schema union) {
        List<org.apache.avro.Schema> branches = union.getTypes().stream()
                .filter(s -> s.getType() != org.apache.avro.Schema.Type.NULL)
                .toList();
        if (branches.size() != 1 || union.getTypes().size() != 2) {
            throw new DataException("Only [null, X] unions are supported: " + union);
        }
        return branches.get(0);
    }
}
