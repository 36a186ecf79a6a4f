package dev.cairn.catalog;

/** The options of a sequence or an identity column: data type, START, INCREMENT, MIN/MAXVALUE, CACHE, CYCLE. */
public record SequenceOptions(String dataType, long start, long increment, long minValue, long maxValue, long cache,
        boolean cycle) {}
