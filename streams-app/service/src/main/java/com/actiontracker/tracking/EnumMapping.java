package com.actiontracker.tracking;

/**
 * Domain enums and their Avro twins share their constant names (EnumPairsTest checks every pair): this is the one
 * place that relies on it, so the domain never sees an Avro type and no mapping is written twice.
 */
public final class EnumMapping {

    private EnumMapping() {}

    /** The constant of the other enum with the same name; null for null. */
    public static <E extends Enum<E>> E convert(Enum<?> value, Class<E> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }
}
