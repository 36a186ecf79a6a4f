package dev.cairn.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * How to compare two catalogs. {@code renames} are the explicit renames (never guessed): a table
 * rename {@code public.users=public.accounts} or a column rename {@code public.users.name=full_name}.
 * {@code ownership} and {@code privileges} say whether owners and grants are compared. {@code serverMajor} is the
 * PostgreSQL major the changes will run on (0: not known, taken as the oldest supported), which decides whether
 * newer statements may be used ({@code ALTER COLUMN … SET EXPRESSION} from 17).
 */
public record DiffOptions(List<Rename> renames, boolean ownership, boolean privileges, int serverMajor) {

    public DiffOptions {
        renames = List.copyOf(renames);
    }

    /** Options for a server of unknown major. */
    public DiffOptions(List<Rename> renames, boolean ownership, boolean privileges) {
        this(renames, ownership, privileges, 0);
    }

    /** The same options for changes that run on PostgreSQL {@code major}. */
    public DiffOptions withServerMajor(int major) {
        return new DiffOptions(renames, ownership, privileges, major);
    }

    /** Whether the target server is known to be PostgreSQL {@code major} or newer. */
    public boolean serverAtLeast(int major) {
        return serverMajor >= major;
    }

    public static DiffOptions defaults() {
        return new DiffOptions(List.of(), false, false);
    }

    /** Adds a rename given as {@code schema.table=schema.newtable} or {@code schema.table.column=newcolumn}. */
    public DiffOptions withRename(String spec) {
        List<Rename> all = new ArrayList<>(renames);
        all.add(Rename.parse(spec));
        return new DiffOptions(all, ownership, privileges, serverMajor);
    }

    public DiffOptions withRenames(List<Rename> more) {
        List<Rename> all = new ArrayList<>(renames);
        all.addAll(more);
        return new DiffOptions(all, ownership, privileges, serverMajor);
    }

    public DiffOptions withOwnership(boolean on) {
        return new DiffOptions(renames, on, privileges, serverMajor);
    }

    public DiffOptions withPrivileges(boolean on) {
        return new DiffOptions(renames, ownership, on, serverMajor);
    }

    /**
     * An explicit rename. For a {@link Kind#TABLE} rename {@code table} is the old name and {@code to} the
     * new table name (same schema); for a {@link Kind#COLUMN} rename {@code table} is the table as named
     * in the target catalog, {@code column} the old column name and {@code to} the new one.
     */
    public record Rename(Kind kind, String schema, String table, String column, String to) {
        public enum Kind { TABLE, COLUMN }

        public static Rename table(String schema, String from, String to) {
            return new Rename(Kind.TABLE, schema, from, null, to);
        }

        public static Rename column(String schema, String table, String from, String to) {
            return new Rename(Kind.COLUMN, schema, table, from, to);
        }

        /** Parses {@code public.users=public.accounts}, {@code public.users=accounts} or {@code public.users.name=full_name}. */
        public static Rename parse(String spec) {
            int eq = spec.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("rename '" + spec + "' must be old=new, e.g. public.users=public.accounts or public.users.name=full_name");
            }
            String[] left = spec.substring(0, eq).trim().split("\\.");
            String[] right = spec.substring(eq + 1).trim().split("\\.");
            if (left.length == 2) {
                if (right.length == 2 && !right[0].equals(left[0])) {
                    throw new IllegalArgumentException("rename '" + spec + "': moving a table to another schema is not supported");
                }
                return table(left[0], left[1], right[right.length - 1]);
            }
            if (left.length == 3 && right.length == 1) {
                return column(left[0], left[1], left[2], right[0]);
            }
            throw new IllegalArgumentException("rename '" + spec + "' must be schema.table=schema.newtable or schema.table.column=newcolumn");
        }

        @Override
        public String toString() {
            return kind == Kind.TABLE ? schema + "." + table + "=" + schema + "." + to
                    : schema + "." + table + "." + column + "=" + to;
        }
    }
}
