package dev.cairn.postgres.render;

import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Privilege;
import dev.cairn.diff.Change.Grant;
import dev.cairn.diff.Change.Revoke;
import dev.cairn.diff.Change.SetComment;
import dev.cairn.diff.Change.SetOwner;
import dev.cairn.diff.Target;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import java.util.List;

/**
 * Comments, owners and privileges. A comment or owner change does not carry what it replaces, so only grants and revokes
 * have a reverse.
 */
final class AccessRenderer {
    private AccessRenderer() {}

    /** How COMMENT ON and ALTER … OWNER TO name the object. */
    static String target(Target t) {
        return switch (t.kind()) {
            case SCHEMA, EXTENSION -> Sql.ident(t.name());
            case COLUMN -> Sql.qualified(t.schema(), t.table()) + "." + Sql.ident(t.name());
            case CONSTRAINT, TRIGGER, POLICY -> Sql.ident(t.name()) + " ON " + Sql.qualified(t.schema(), t.table());
            case FUNCTION, PROCEDURE -> Sql.qualified(t.schema(), t.name()) + "(" + t.args() + ")";
            case AGGREGATE -> Sql.qualified(t.schema(), t.name()) + "(" + RoutineRenderer.aggregateArgs(t.args()) + ")";
            default -> Sql.qualified(t.schema(), t.name());
        };
    }

    static List<PlannedStatement> comment(SetComment c, SafetyFacts f) {
        Target t = c.target();
        Sql sql = Sql.of("COMMENT ON").kw(t.kind().sql).kw(target(t)).kw("IS");
        sql = c.comment() == null ? sql.kw("NULL") : sql.lit(c.comment());
        return Statements.one(sql, (c.comment() == null ? "Remove comment on " : "Comment on ") + t.kind().sql.toLowerCase() + " " + t.displayName(),
                t.displayName(), f, null);
    }

    static List<PlannedStatement> owner(SetOwner c, SafetyFacts f) {
        Target t = c.target();
        return Statements.one(Sql.of("ALTER").kw(t.kind().sql).kw(target(t)).kw("OWNER TO").kw(Sql.role(c.owner())),
                "Make " + c.owner() + " owner of " + t.kind().sql.toLowerCase() + " " + t.displayName(), t.displayName(), f, null);
    }

    /** {@code PRIVILEGE (column) ON KIND name}. */
    private static String onObject(Privilege p) {
        ObjectRef o = p.object();
        return switch (o.kind()) {
            case ObjectRef.KIND_SCHEMA -> p.privilege() + " ON SCHEMA " + Sql.ident(o.name());
            case ObjectRef.KIND_SEQUENCE -> p.privilege() + " ON SEQUENCE " + Sql.qualified(o.schema(), o.name());
            case ObjectRef.KIND_TYPE -> p.privilege() + " ON TYPE " + Sql.qualified(o.schema(), o.name());
            case ObjectRef.KIND_ROUTINE -> {
                int paren = o.name().indexOf('(');
                yield p.privilege() + " ON ROUTINE " + Sql.qualified(o.schema(), paren < 0 ? o.name() : o.name().substring(0, paren))
                        + (paren < 0 ? "()" : o.name().substring(paren));
            }
            case ObjectRef.KIND_COLUMN -> {
                int dot = o.name().lastIndexOf('.');
                yield p.privilege() + " (" + Sql.ident(o.name().substring(dot + 1)) + ") ON TABLE "
                        + Sql.qualified(o.schema(), o.name().substring(0, dot));
            }
            default -> p.privilege() + " ON TABLE " + Sql.qualified(o.schema(), o.name());
        };
    }

    private static String grantSql(Privilege p) {
        if (p.privilege().startsWith(Privilege.GRANT_OPTION_FOR)) { // the reverse of revoking only the grant option
            p = new Privilege(p.object(), p.grantee(), p.privilege().substring(Privilege.GRANT_OPTION_FOR.length()), true);
        }
        if (p.object().kind().equals(ObjectRef.KIND_IDENTITY_SEQUENCE)) {
            return onIdentitySequence(p, "GRANT", "TO", p.grantable() ? " WITH GRANT OPTION" : "");
        }
        if (p.object().kind().equals(ObjectRef.KIND_DEFAULT_PRIVILEGES)) {
            return alterDefaults(p.object()) + " GRANT " + p.privilege() + " ON " + p.object().defaultObjects() + " TO "
                    + Sql.role(p.grantee()) + (p.grantable() ? " WITH GRANT OPTION" : "");
        }
        return Sql.of("GRANT").kw(onObject(p)).kw("TO").kw(Sql.role(p.grantee())) + (p.grantable() ? " WITH GRANT OPTION" : "");
    }

    private static String revokeSql(Privilege p) {
        if (p.object().kind().equals(ObjectRef.KIND_IDENTITY_SEQUENCE)) {
            return onIdentitySequence(p, "REVOKE", "FROM", "");
        }
        if (p.object().kind().equals(ObjectRef.KIND_DEFAULT_PRIVILEGES)) {
            return alterDefaults(p.object()) + " REVOKE " + p.privilege() + " ON " + p.object().defaultObjects() + " FROM "
                    + Sql.role(p.grantee());
        }
        return Sql.of("REVOKE").kw(onObject(p)).kw("FROM").kw(Sql.role(p.grantee())).toString();
    }

    /** {@code ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s]}. */
    private static String alterDefaults(ObjectRef o) {
        return "ALTER DEFAULT PRIVILEGES FOR ROLE " + Sql.role(o.defaultRole()) + (o.schema() == null ? "" : " IN SCHEMA " + Sql.ident(o.schema()));
    }

    /**
     * An identity column's sequence is named by PostgreSQL when the identity is added (maybe with a suffix), so the
     * statement finds it with {@code pg_get_serial_sequence} at run time; it fails if the column has none.
     */
    private static String onIdentitySequence(Privilege p, String verb, String preposition, String suffix) {
        String name = p.object().name();
        int dot = name.lastIndexOf('.');
        String table = Sql.qualified(p.object().schema(), name.substring(0, dot));
        String statement = verb + " " + p.privilege() + " ON SEQUENCE %s " + preposition + " "
                + Sql.role(p.grantee()).replace("%", "%%") + suffix;
        return "DO $cairn$ BEGIN EXECUTE format(" + Sql.literal(statement) + ", pg_get_serial_sequence(" + Sql.literal(table)
                + ", " + Sql.literal(name.substring(dot + 1)) + ")); END $cairn$";
    }

    static List<PlannedStatement> grant(Grant c, SafetyFacts f) {
        Privilege p = c.privilege();
        return Statements.one(grantSql(p), "Grant " + p.privilege() + " on " + p.object() + " to " + p.grantee(), p.object().toString(), f,
                revokeSql(p));
    }

    static List<PlannedStatement> revoke(Revoke c, SafetyFacts f) {
        Privilege p = c.privilege();
        return Statements.one(revokeSql(p), "Revoke " + p.privilege() + " on " + p.object() + " from " + p.grantee(), p.object().toString(), f,
                grantSql(p));
    }
}
