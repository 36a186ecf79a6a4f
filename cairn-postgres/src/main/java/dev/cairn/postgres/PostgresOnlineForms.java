package dev.cairn.postgres;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Table;
import dev.cairn.plan.OnlineForms;
import dev.cairn.sql.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's online forms ({@link OnlineForms}): {@code CREATE [UNIQUE] INDEX CONCURRENTLY}, {@code NOT VALID} foreign
 * keys and checks, {@code ADD CONSTRAINT … USING INDEX}, and a {@code CHECK (col IS NOT NULL) NOT VALID} that lets
 * {@code SET NOT NULL} skip its scan once validated (PostgreSQL 12+).
 *
 * <p>A partitioned table cannot be indexed concurrently, nor take a NOT VALID foreign key (before 18) or check: its
 * changes keep the plain form. So do indexes attached to a partitioned index, and unique or primary keys whose
 * definition is more than a column list (an index built for them could not become the constraint).
 */
public final class PostgresOnlineForms implements OnlineForms {
    public static final PostgresOnlineForms INSTANCE = new PostgresOnlineForms();

    private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE (UNIQUE )?INDEX (?!CONCURRENTLY )");
    /** {@code UNIQUE [NULLS NOT DISTINCT] (cols) [INCLUDE (cols)]} or {@code PRIMARY KEY (cols) [INCLUDE (cols)]}. */
    private static final Pattern KEY = Pattern.compile(
            "^(UNIQUE|PRIMARY KEY)( NULLS NOT DISTINCT)? \\(([^()]+)\\)(?: INCLUDE \\(([^()]+)\\))?$");

    /** The referenced column list of {@code pg_get_constraintdef}'s foreign key (names without commas or parentheses). */
    private static final Pattern REFERENCES = Pattern.compile(" REFERENCES (?:\"(?:[^\"]|\"\")*\"|[^ (])+\\(([^()]+)\\)");

    private PostgresOnlineForms() {}

    @Override
    public Index concurrently(Table table, Index index) {
        if (partitioned(table) || index.attachedTo() != null || index.definition().contains(" ON ONLY ")) {
            return null;
        }
        Matcher m = CREATE_INDEX.matcher(index.definition());
        if (!m.find()) {
            return null;
        }
        String definition = "CREATE " + (m.group(1) == null ? "" : m.group(1)) + "INDEX CONCURRENTLY "
                + index.definition().substring(m.end());
        return new Index(index.name(), definition, index.unique(), index.comment(), index.attachedTo());
    }

    @Override
    public Constraint notValid(Table table, Constraint c) {
        if (partitioned(table) || c.inherited() || !c.validated() || c.definition().endsWith("NOT VALID")
                || c.type() != Constraint.Type.FOREIGN_KEY && c.type() != Constraint.Type.CHECK) {
            return null;
        }
        return new Constraint(c.name(), c.type(), c.definition() + " NOT VALID", c.columns(), c.referencedTable(), false,
                c.comment(), c.inherited());
    }

    @Override
    public Index constraintIndex(Table table, Constraint c) {
        Matcher m = KEY.matcher(c.definition());
        if (partitioned(table) || !m.matches() || m.group(3).contains(" WITHOUT OVERLAPS")) {
            return null;
        }
        String definition = "CREATE UNIQUE INDEX CONCURRENTLY " + Identifiers.quoteIfNeeded(c.name()) + " ON "
                + Identifiers.qualified(table.schema(), table.name()) + " USING btree (" + m.group(3) + ")"
                + (m.group(4) == null ? "" : " INCLUDE (" + m.group(4) + ")") + (m.group(2) == null ? "" : m.group(2));
        return new Index(c.name(), definition, true, null);
    }

    @Override
    public Constraint usingIndex(Constraint c) {
        String kind = c.type() == Constraint.Type.PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE";
        return new Constraint(c.name(), c.type(), kind + " USING INDEX " + Identifiers.quoteIfNeeded(c.name()), c.columns(),
                null, true, c.comment(), c.inherited());
    }

    @Override
    public Constraint notNullCheck(Table table, Column column) {
        if (partitioned(table)) {
            return null;
        }
        String base = PostgresNames.makeObjectName(table.name(), column.name(), "not_null_check");
        String name = base;
        for (int i = 1; taken(table, name); i++) {
            name = PostgresNames.makeObjectName(table.name(), column.name(), "not_null_check" + i);
        }
        return new Constraint(name, Constraint.Type.CHECK, "CHECK (" + Identifiers.quoteIfNeeded(column.name())
                + " IS NOT NULL) NOT VALID", List.of(column.name()), null, false, null);
    }

    @Override
    public List<String> referencedColumns(Constraint foreignKey) {
        Matcher m = REFERENCES.matcher(foreignKey.definition());
        if (!m.find()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String part : m.group(1).split(",")) {
            String p = part.strip();
            out.add(p.startsWith("\"") && p.endsWith("\"") ? p.substring(1, p.length() - 1).replace("\"\"", "\"") : p);
        }
        return out;
    }

    /** Whether {@code definition} is an {@code ADD CONSTRAINT … USING INDEX} form (the index exists: nothing is built). */
    public static boolean usesIndex(String definition) {
        return definition.matches("^(UNIQUE|PRIMARY KEY) USING INDEX (?!TABLESPACE ).*");
    }

    private static boolean taken(Table table, String name) {
        return table.constraints().stream().anyMatch(k -> k.name().equals(name))
                || table.indexes().stream().anyMatch(i -> i.name().equals(name));
    }

    private static boolean partitioned(Table table) {
        return table != null && table.partitionKey() != null;
    }
}
