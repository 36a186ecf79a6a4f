package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.DomainType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Constraints ({@code constraints.sql}) of the tables and domains already read, except partitions' copies of their
 * parent's, inherited NOT NULLs (the column's NOT NULL carries them), and the NOT NULLs PostgreSQL 18 named {@code <table>_<column>_not_null} (validated, inheritable): every other
 * NOT NULL constraint is kept with its real name, and the differ decides which names matter
 * ({@link dev.cairn.postgres.PostgresNames}).
 */
final class ConstraintReader {
    private static final InspectSql SQL = InspectSql.load("constraints.sql");

    private ConstraintReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            char type = rs.getString("type").charAt(0);
            String name = rs.getString("name");
            TypeBuilder domain = state.types.get(rs.getLong("domain"));
            if (domain != null) {
                if (type == 'c') {
                    domain.checks.add(new DomainType.Check(name, rs.getString("definition")));
                }
                return; // a domain's NOT NULL is DomainType.notNull
            }
            TableBuilder table = state.tables.get(rs.getLong("relation"));
            if (table == null || !rs.getBoolean("is_local") && (table.partitionOf != null || type == 'n')) {
                return; // a partition's copy of its parent's, an inherited NOT NULL (Column.notNull): the parent's business
            }
            boolean validated = rs.getBoolean("validated");
            List<String> columns = InspectSql.strings(rs, "columns");
            if (type == 'n' && validated && !rs.getBoolean("no_inherit") && columns.size() == 1
                    && PgNames.isDefaultNotNullName(name, table.name, columns.get(0))) {
                return; // PostgreSQL 18 names every NOT NULL; Column.notNull carries those named exactly by default
            }
            Constraint.Type kind = kind(type);
            if (kind == null) {
                return;
            }
            String referencedTable = rs.getString("referenced_table");
            String referenced = referencedTable == null ? null : rs.getString("referenced_schema") + "." + referencedTable;
            table.constraints.add(new Constraint(name, kind, rs.getString("definition"), columns, referenced, validated,
                    rs.getString("comment"), rs.getBoolean("inherited") && table.partitionOf == null));
        });
    }

    /** The kind of a pg_constraint.contype; null for one Cairn does not model. */
    private static Constraint.Type kind(char contype) {
        return switch (contype) {
            case 'p' -> Constraint.Type.PRIMARY_KEY;
            case 'u' -> Constraint.Type.UNIQUE;
            case 'f' -> Constraint.Type.FOREIGN_KEY;
            case 'c' -> Constraint.Type.CHECK;
            case 'x' -> Constraint.Type.EXCLUSION;
            case 'n' -> Constraint.Type.NOT_NULL;
            default -> null;
        };
    }
}
