package dev.cairn.postgres.inspect;

import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.ObjectRef;
import java.util.ArrayList;
import java.util.List;

/** An enum, domain, composite or range type as read so far ({@link #kind} is pg_type.typtype). */
final class TypeBuilder {
    String schema;
    String name;
    char kind;
    String owner;
    String comment;
    List<String> labels;
    String baseType;
    boolean notNull;
    String defaultExpr;
    String collation;
    String subtype;
    String subtypeOpClass;
    String canonical;
    String subtypeDiff;
    String multirange;
    final List<DomainType.Check> checks = new ArrayList<>();
    final List<CompositeType.Attribute> attributes = new ArrayList<>();
    final List<ObjectRef> dependsOn = new ArrayList<>();
}
