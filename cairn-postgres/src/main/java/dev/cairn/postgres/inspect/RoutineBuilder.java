package dev.cairn.postgres.inspect;

import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Routine;
import java.util.ArrayList;
import java.util.List;

/** A function, procedure or aggregate as read so far. */
final class RoutineBuilder {
    String schema;
    String name;
    String identityArguments;
    Routine.Kind kind;
    String language;
    String returnType;
    String volatility;
    boolean securityDefiner;
    String definition;
    String comment;
    String owner;
    final List<ObjectRef> dependsOn = new ArrayList<>();
}
