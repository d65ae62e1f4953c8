package com.actiontracker.topology;

import com.actiontracker.schemas.AvroSerde;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A Serde of a domain value stored as an Avro record: the domain stays free of Avro, the bytes stay versioned. */
public final class MappedSerde<D, A extends SpecificRecord> implements Serde<D> {

    private final AvroSerde<A> avro;
    private final Function<D, A> toAvro;
    private final Function<A, D> fromAvro;

    public MappedSerde(Class<A> avroType, Function<D, A> toAvro, Function<A, D> fromAvro) {
        this.avro = AvroSerde.of(avroType);
        this.toAvro = toAvro;
        this.fromAvro = fromAvro;
    }

    @Override
    public Serializer<D> serializer() {
        return (topic, value) -> value == null ? null : avro.encode(toAvro.apply(value));
    }

    @Override
    public Deserializer<D> deserializer() {
        return (topic, bytes) -> bytes == null ? null : fromAvro.apply(avro.decode(bytes));
    }
}
