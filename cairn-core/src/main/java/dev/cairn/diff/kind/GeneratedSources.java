package dev.cairn.diff.kind;

import dev.cairn.catalog.Column;
import dev.cairn.sql.Identifiers;
import java.util.regex.Pattern;

/** Which columns of its table a generated column is computed from. */
final class GeneratedSources {
    private GeneratedSources() {}

    /**
     * Whether generated column {@code g} reads column {@code column} of its table (false for a plain column): as the
     * catalog's dependencies say, else (not known) as the expression's text names it.
     */
    static boolean reads(Column g, String column) {
        if (g.generatedExpr() == null) {
            return false;
        }
        if (g.generatedFrom() != null) {
            return g.generatedFrom().contains(column);
        }
        // the expression as pg_get_expr prints it names the column, quoted where needed
        String ident = Pattern.quote(Identifiers.quoteIfNeeded(column));
        return Pattern.compile("(?<![\\w.\"$])" + ident + "(?![\\w\"$])").matcher(g.generatedExpr()).find();
    }
}
