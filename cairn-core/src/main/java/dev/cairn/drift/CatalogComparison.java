package dev.cairn.drift;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.DefinedKind;
import dev.cairn.catalog.DefinedObject;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.Extension;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Privilege;
import dev.cairn.catalog.RangeType;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Schema;
import dev.cairn.catalog.SequenceOptions;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.View;
import dev.cairn.drift.Difference.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two catalogs object by object and says how the second ({@code actual}) differs from the first
 * ({@code expected}), one {@link Difference} per missing object, unexpected object or differing attribute.
 * Unlike {@link dev.cairn.diff.Differ}, which plans how to get from one to the other (dropping and
 * recreating dependants), this reports only what differs, in the words of the catalog: the lines
 * {@code cairn drift} and {@code cairn check --replay} print.
 */
public final class CatalogComparison {
    private final List<Difference> out = new ArrayList<>();

    private CatalogComparison() {}

    /** The differences of {@code actual} from {@code expected}, sorted by object and attribute. */
    public static List<Difference> compare(Catalog expected, Catalog actual) {
        CatalogComparison c = new CatalogComparison();
        c.run(expected, actual);
        return c.out.stream().sorted(Comparator.comparing(Difference::object).thenComparing(Difference::objectType)
                .thenComparing(d -> d.attribute() == null ? "" : d.attribute())).toList();
    }

    private void run(Catalog e, Catalog a) {
        match("schema", e.schemas(), a.schemas(), Schema::name, (x, y) -> {
            attr("schema", x.name(), "comment", quoted(x.comment()), quoted(y.comment()));
            attr("schema", x.name(), "owner", x.owner(), y.owner());
        });
        match("extension", e.extensions(), a.extensions(), Extension::name, (x, y) -> {
            attr("extension", x.name(), "schema", x.schema(), y.schema());
            attr("extension", x.name(), "version", x.version(), y.version());
            attr("extension", x.name(), "comment", quoted(x.comment()), quoted(y.comment()));
        });
        match("enum type", e.enums(), a.enums(), t -> q(t.schema(), t.name()), (x, y) -> {
            String n = q(x.schema(), x.name());
            attr("enum type", n, "values", labels(x.labels()), labels(y.labels()));
            attr("enum type", n, "comment", quoted(x.comment()), quoted(y.comment()));
            attr("enum type", n, "owner", x.owner(), y.owner());
        });
        match("domain", e.domains(), a.domains(), t -> q(t.schema(), t.name()), (x, y) -> domain(x, y));
        match("composite type", e.composites(), a.composites(), t -> q(t.schema(), t.name()), (x, y) -> {
            String n = q(x.schema(), x.name());
            attr("composite type", n, "attributes", attributes(x.attributes()), attributes(y.attributes()));
            attr("composite type", n, "comment", quoted(x.comment()), quoted(y.comment()));
            attr("composite type", n, "owner", x.owner(), y.owner());
        });
        match("range type", e.ranges(), a.ranges(), t -> q(t.schema(), t.name()), (x, y) -> {
            String n = q(x.schema(), x.name());
            attr("range type", n, "subtype", x.subtype(), y.subtype());
            attr("range type", n, "subtype operator class", x.subtypeOpClass(), y.subtypeOpClass());
            attr("range type", n, "collation", x.collation(), y.collation());
            attr("range type", n, "canonical function", x.canonical(), y.canonical());
            attr("range type", n, "subtype_diff function", x.subtypeDiff(), y.subtypeDiff());
            attr("range type", n, "multirange type", x.multirangeTypeName(), y.multirangeTypeName());
            attr("range type", n, "comment", quoted(x.comment()), quoted(y.comment()));
            attr("range type", n, "owner", x.owner(), y.owner());
        });
        match("sequence", e.sequences(), a.sequences(), s -> q(s.schema(), s.name()), (x, y) -> {
            String n = q(x.schema(), x.name());
            options("sequence", n, "", x.options(), y.options());
            attr("sequence", n, "owned by", x.ownedBy(), y.ownedBy());
            attr("sequence", n, "comment", quoted(x.comment()), quoted(y.comment()));
            attr("sequence", n, "owner", x.owner(), y.owner());
        });
        match("table", e.tables(), a.tables(), Table::qualifiedName, this::table);
        match(null, e.views(), a.views(), View::qualifiedName, this::view, v -> v.materialized() ? "materialized view" : "view");
        match(null, e.routines(), a.routines(), r -> q(r.schema(), r.signature()), this::routine, CatalogComparison::routineKind);
        match("privilege", e.privileges(), a.privileges(), CatalogComparison::privilege, (x, y) ->
                attr("privilege", privilege(x), "grant option", x.grantable() ? "WITH GRANT OPTION" : "without grant option",
                        y.grantable() ? "WITH GRANT OPTION" : "without grant option"));
        for (DefinedKind k : DefinedKind.values()) {
            match(k.refKind(), ofKind(e, k), ofKind(a, k), DefinedObject::qualifiedName, this::defined);
        }
    }

    private static List<DefinedObject> ofKind(Catalog c, DefinedKind kind) {
        return c.defined().stream().filter(d -> d.kind() == kind).toList();
    }

    /** A defined object: its definition, each setting, comment and owner. */
    private void defined(DefinedObject x, DefinedObject y) {
        String type = x.kind().refKind();
        String n = x.qualifiedName();
        attr(type, n, "definition", String.join(";\n", x.create()), String.join(";\n", y.create()));
        java.util.Set<String> settings = new java.util.TreeSet<>();
        x.settings().forEach(s -> settings.add(s.name()));
        y.settings().forEach(s -> settings.add(s.name()));
        for (String s : settings) {
            DefinedObject.Setting xs = x.setting(s);
            DefinedObject.Setting ys = y.setting(s);
            attr(type, n, s, xs == null ? null : xs.value(), ys == null ? null : ys.value());
        }
        attr(type, n, "comment", quoted(x.comment()), quoted(y.comment()));
        attr(type, n, "owner", x.owner(), y.owner());
    }

    private void domain(DomainType x, DomainType y) {
        String n = q(x.schema(), x.name());
        attr("domain", n, "base type", x.baseType(), y.baseType());
        attr("domain", n, "collation", orDefault(x.collation()), orDefault(y.collation()));
        attr("domain", n, "", notNull(x.notNull()), notNull(y.notNull()));
        attr("domain", n, "default", x.defaultExpr(), y.defaultExpr());
        match("domain check", x.checks(), y.checks(), c -> n + "." + c.name(), (c, d) ->
                attr("domain check", n + "." + c.name(), "", c.definition(), d.definition()));
        attr("domain", n, "comment", quoted(x.comment()), quoted(y.comment()));
        attr("domain", n, "owner", x.owner(), y.owner());
    }

    /**
     * The constraints to compare by name. A valid NOT NULL constraint is the column's NOT NULL, compared
     * there; only its name could differ (PostgreSQL 18 keeps the old name when a column is renamed),
     * which the differ does not count as a change either.
     */
    private static List<Constraint> namedConstraints(Table t) {
        return t.constraints().stream().filter(c -> c.type() != Constraint.Type.NOT_NULL || !c.validated()).toList();
    }

    private void table(Table x, Table y) {
        String n = x.qualifiedName();
        attr("table", n, "", x.unlogged() ? "UNLOGGED" : "LOGGED", y.unlogged() ? "UNLOGGED" : "LOGGED");
        attr("table", n, "row level security", enabled(x.rowSecurity()), enabled(y.rowSecurity()));
        attr("table", n, "forced row level security", enabled(x.forceRowSecurity()), enabled(y.forceRowSecurity()));
        attr("table", n, "partition key", x.partitionKey(), y.partitionKey());
        attr("table", n, "partition of", x.partitionOf(), y.partitionOf());
        attr("table", n, "partition bound", x.partitionBound(), y.partitionBound());
        attr("table", n, "comment", quoted(x.comment()), quoted(y.comment()));
        attr("table", n, "owner", x.owner(), y.owner());
        match("column", x.columns(), y.columns(), c -> n + "." + c.name(), (c, d) -> column(n + "." + c.name(), c, d));
        match("constraint", namedConstraints(x), namedConstraints(y), c -> q(x.schema(), c.name()), (c, d) -> {
            String cn = q(x.schema(), c.name());
            if (!c.definition().equals(d.definition())
                    && stripNotValid(c.definition()).equals(stripNotValid(d.definition()))) {
                attr("constraint", cn, "", c.validated() ? "valid" : "NOT VALID", d.validated() ? "valid" : "NOT VALID");
            } else {
                attr("constraint", cn, "", c.definition(), d.definition());
            }
            attr("constraint", cn, "comment", quoted(c.comment()), quoted(d.comment()));
        });
        indexes(x.schema(), x.indexes(), y.indexes());
        match("trigger", x.triggers(), y.triggers(), t -> n + "." + t.name(), (t, u) -> {
            String tn = n + "." + t.name();
            attr("trigger", tn, "", t.definition(), u.definition());
            attr("trigger", tn, "", t.enabled().toLowerCase(java.util.Locale.ROOT),
                    u.enabled().toLowerCase(java.util.Locale.ROOT));
            attr("trigger", tn, "comment", quoted(t.comment()), quoted(u.comment()));
        });
        match("policy", x.policies(), y.policies(), p -> n + "." + p.name(), (p, r) -> policy(n + "." + p.name(), p, r));
    }

    private void column(String n, Column x, Column y) {
        attr("column", n, "type", x.type(), y.type());
        attr("column", n, "collation", orDefault(x.collation()), orDefault(y.collation()));
        attr("column", n, "", notNull(x.notNull()), notNull(y.notNull()));
        attr("column", n, "default", x.defaultExpr(), y.defaultExpr());
        if (x.identity() == null || y.identity() == null) {
            attr("column", n, "identity", identity(x.identity()), identity(y.identity()));
        } else {
            attr("column", n, "identity", x.identity().always() ? "GENERATED ALWAYS" : "GENERATED BY DEFAULT",
                    y.identity().always() ? "GENERATED ALWAYS" : "GENERATED BY DEFAULT");
            options("column", n, "identity ", x.identity().options(), y.identity().options());
        }
        attr("column", n, "generated expression", generated(x), generated(y));
        attr("column", n, "comment", quoted(x.comment()), quoted(y.comment()));
    }

    private void indexes(String schema, List<Index> x, List<Index> y) {
        match("index", x, y, i -> q(schema, i.name()), (i, j) -> {
            attr("index", q(schema, i.name()), "", i.definition(), j.definition());
            attr("index", q(schema, i.name()), "comment", quoted(i.comment()), quoted(j.comment()));
        });
    }

    private void policy(String n, Policy x, Policy y) {
        attr("policy", n, "command", x.command(), y.command());
        attr("policy", n, "", x.permissive() ? "PERMISSIVE" : "RESTRICTIVE", y.permissive() ? "PERMISSIVE" : "RESTRICTIVE");
        attr("policy", n, "roles", String.join(", ", x.roles()), String.join(", ", y.roles()));
        attr("policy", n, "USING", x.using(), y.using());
        attr("policy", n, "WITH CHECK", x.withCheck(), y.withCheck());
        attr("policy", n, "comment", quoted(x.comment()), quoted(y.comment()));
    }

    private void view(View x, View y) {
        String t = x.materialized() ? "materialized view" : "view";
        String n = x.qualifiedName();
        attr(t, n, "columns", "(" + String.join(", ", x.columns()) + ")", "(" + String.join(", ", y.columns()) + ")");
        attr(t, n, "query", x.definition(), y.definition());
        attr(t, n, "options", String.join(", ", x.options()), String.join(", ", y.options()));
        attr(t, n, "comment", quoted(x.comment()), quoted(y.comment()));
        attr(t, n, "owner", x.owner(), y.owner());
        if (x.materialized()) {
            attr(t, n, "", x.withNoData() ? "WITH NO DATA" : "populated", y.withNoData() ? "WITH NO DATA" : "populated");
        }
        for (String c : x.columns()) {
            if (y.columns().contains(c)) {
                View.ColumnSetting xs = x.columnSetting(c);
                View.ColumnSetting ys = y.columnSetting(c);
                attr("column", n + "." + c, "comment", quoted(xs == null ? null : xs.comment()), quoted(ys == null ? null : ys.comment()));
                attr("column", n + "." + c, "default", xs == null ? null : xs.defaultExpr(), ys == null ? null : ys.defaultExpr());
            }
        }
        indexes(x.schema(), x.indexes(), y.indexes());
    }

    private void routine(Routine x, Routine y) {
        String t = routineKind(x);
        String n = q(x.schema(), x.signature());
        int before = out.size();
        attr(t, n, "returns", x.returnType(), y.returnType());
        attr(t, n, "language", x.language(), y.language());
        attr(t, n, "volatility", x.volatility(), y.volatility());
        attr(t, n, "security", x.securityDefiner() ? "DEFINER" : "INVOKER", y.securityDefiner() ? "DEFINER" : "INVOKER");
        if (out.size() == before) {
            attr(t, n, "definition", x.definition(), y.definition());
        }
        attr(t, n, "comment", quoted(x.comment()), quoted(y.comment()));
        attr(t, n, "owner", x.owner(), y.owner());
    }

    private void options(String type, String n, String prefix, SequenceOptions x, SequenceOptions y) {
        if (x == null || y == null) {
            attr(type, n, prefix.isEmpty() ? "options" : prefix.strip(), x == null ? null : x.toString(),
                    y == null ? null : y.toString());
            return;
        }
        attr(type, n, prefix + "data type", x.dataType(), y.dataType());
        attr(type, n, prefix + "start", x.start() + "", y.start() + "");
        attr(type, n, prefix + "increment", x.increment() + "", y.increment() + "");
        attr(type, n, prefix + "minvalue", x.minValue() + "", y.minValue() + "");
        attr(type, n, prefix + "maxvalue", x.maxValue() + "", y.maxValue() + "");
        attr(type, n, prefix + "cache", x.cache() + "", y.cache() + "");
        attr(type, n, prefix.strip(), x.cycle() ? "CYCLE" : "NO CYCLE", y.cycle() ? "CYCLE" : "NO CYCLE");
    }

    // matching

    private <T> void match(String type, List<T> expected, List<T> actual, Function<T, String> key, BiConsumer<T, T> same) {
        match(type, expected, actual, key, same, t -> type);
    }

    private <T> void match(String fixedType, List<T> expected, List<T> actual, Function<T, String> key,
            BiConsumer<T, T> same, Function<T, String> type) {
        Map<String, T> a = actual.stream().collect(Collectors.toMap(key, t -> t, (p, r) -> p, LinkedHashMap::new));
        Map<String, T> e = expected.stream().collect(Collectors.toMap(key, t -> t, (p, r) -> p, LinkedHashMap::new));
        for (Map.Entry<String, T> x : e.entrySet()) {
            T y = a.get(x.getKey());
            if (y == null) {
                out.add(new Difference(Kind.MISSING, type.apply(x.getValue()), x.getKey(), null, null, null));
            } else {
                same.accept(x.getValue(), y);
            }
        }
        for (Map.Entry<String, T> y : a.entrySet()) {
            if (!e.containsKey(y.getKey())) {
                out.add(new Difference(Kind.UNEXPECTED, type.apply(y.getValue()), y.getKey(), null, null, null));
            }
        }
    }

    private void attr(String type, String object, String attribute, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(new Difference(Kind.CHANGED, type, object, attribute, expected == null ? "none" : expected,
                    actual == null ? "none" : actual));
        }
    }

    // formatting

    private static String q(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    private static String routineKind(Routine r) {
        return r.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String privilege(Privilege p) {
        if (p.ofOwner()) { // compared regardless of the owner's name, as the differ does
            return (p.grantable() ? "grant option for " : "revoked ") + p.privilege() + " on " + p.object() + " (its owner's)";
        }
        return p.privilege() + " on " + p.object() + " to " + p.grantee();
    }

    private static String quoted(String s) {
        return s == null ? null : "'" + s.replace("'", "''") + "'";
    }

    private static String orDefault(String collation) {
        return collation == null ? "default" : collation;
    }

    private static String notNull(boolean notNull) {
        return notNull ? "NOT NULL" : "nullable";
    }

    private static String enabled(boolean on) {
        return on ? "enabled" : "disabled";
    }

    private static String labels(List<String> labels) {
        return "(" + labels.stream().map(CatalogComparison::quoted).collect(Collectors.joining(", ")) + ")";
    }

    private static String attributes(List<CompositeType.Attribute> attributes) {
        return "(" + attributes.stream().map(a -> a.name() + " " + a.type() + (a.collation() == null ? "" : " COLLATE "
                + a.collation())).collect(Collectors.joining(", ")) + ")";
    }

    private static String identity(Column.Identity identity) {
        return identity == null ? null : identity.always() ? "GENERATED ALWAYS AS IDENTITY" : "GENERATED BY DEFAULT AS IDENTITY";
    }

    private static String generated(Column c) {
        return c.generatedExpr() == null ? null : c.generatedExpr() + (c.generatedVirtual() ? " VIRTUAL" : " STORED");
    }

    private static String stripNotValid(String definition) {
        return definition.endsWith(" NOT VALID") ? definition.substring(0, definition.length() - " NOT VALID".length())
                : definition;
    }
}
