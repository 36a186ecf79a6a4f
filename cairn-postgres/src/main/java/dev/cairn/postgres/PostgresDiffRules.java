package dev.cairn.postgres;

import dev.cairn.dialect.DiffRules;
import java.util.List;

/** PostgreSQL's type rules for the differ, from {@link PostgresTypes}. */
final class PostgresDiffRules implements DiffRules {

    @Override
    public boolean isArray(String type) {
        return PostgresTypes.isArray(type);
    }

    @Override
    public String element(String type) {
        return PostgresTypes.element(type);
    }

    @Override
    public List<String> parts(String name) {
        return PostgresTypes.parts(name);
    }

    @Override
    public boolean assignable(String from, String to) {
        return PostgresTypes.assignable(from, to);
    }

    @Override
    public Conversion conversion(String from, String to, boolean fromCastless, boolean toCastless) {
        return Conversion.valueOf(PostgresTypes.conversion(from, to, fromCastless, toCastless).name());
    }
}
