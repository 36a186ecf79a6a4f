package dev.cairn.diff;

/**
 * A dropped and an added object of the same kind in the same schema (tables) or table (columns):
 * possibly a rename. {@link #toRename()} turns the user's "yes" into a {@link DiffOptions.Rename}.
 */
public record RenameCandidate(DiffOptions.Rename.Kind kind, String schema, String table, String from, String to) {

    public DiffOptions.Rename toRename() {
        return kind == DiffOptions.Rename.Kind.TABLE ? DiffOptions.Rename.table(schema, from, to)
                : DiffOptions.Rename.column(schema, table, from, to);
    }

    /** {@code public.users -> public.accounts} or {@code public.users.name -> full_name}. */
    public String describe() {
        return kind == DiffOptions.Rename.Kind.TABLE ? schema + "." + from + " -> " + schema + "." + to
                : schema + "." + table + "." + from + " -> " + to;
    }
}
