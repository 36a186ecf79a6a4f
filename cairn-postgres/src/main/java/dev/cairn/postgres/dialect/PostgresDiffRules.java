package dev.cairn.postgres.dialect;

import dev.cairn.diff.DiffRules;
import dev.cairn.postgres.PostgresNames;
import dev.cairn.postgres.PostgresTypes;
import java.util.List;

/** PostgreSQL's answers to the differ's type questions: {@link PostgresTypes}. */
public final class PostgresDiffRules implements DiffRules {

    @Override
    public List<String> parts(String name) {
        return PostgresTypes.parts(name);
    }

    @Override
    public boolean isArray(String type) {
        return PostgresTypes.isArray(type);
    }

    @Override
    public String element(String type) {
        return PostgresTypes.element(type);
    }

    @Override
    public boolean assignable(String from, String to) {
        return PostgresTypes.assignable(from, to);
    }

    @Override
    public Conversion conversion(String from, String to, boolean fromCastless, boolean toCastless) {
        return switch (PostgresTypes.conversion(from, to, fromCastless, toCastless)) {
            case DIRECT -> Conversion.DIRECT;
            case ARRAY_WRAP -> Conversion.ARRAY_WRAP;
            case FIRST_ELEMENT -> Conversion.FIRST_ELEMENT;
            case THROUGH_INTEGER -> Conversion.THROUGH_INTEGER;
            case THROUGH_TEXT -> Conversion.THROUGH_TEXT;
        };
    }

    @Override
    public String defaultNotNullName(String table, String column) {
        return PostgresNames.defaultNotNullName(table, column);
    }

    @Override
    public boolean generatedNotNullName(String name, String table) {
        return PostgresNames.isGeneratedNotNullName(name, table);
    }
}
