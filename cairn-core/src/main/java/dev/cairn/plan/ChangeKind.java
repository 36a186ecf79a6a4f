package dev.cairn.plan;

/** The kind of object a change concerns, as a plan summary groups it; {@link #label} is the summary's (and JSON's) key. */
public enum ChangeKind {
    SCHEMA("schema"), EXTENSION("extension"), TYPE("type"), DOMAIN("domain"), SEQUENCE("sequence"), TABLE("table"),
    COLUMN("column"), CONSTRAINT("constraint"), INDEX("index"), TRIGGER("trigger"), POLICY("policy"), VIEW("view"),
    MATERIALIZED_VIEW("materialized view"), FUNCTION("function"), PROCEDURE("procedure"), AGGREGATE("aggregate"),
    COMMENT("comment"), OWNER("owner"), PRIVILEGE("privilege"),
    // defined objects: named like their dev.cairn.catalog.DefinedKind
    COLLATION("collation"), CAST("cast"), RULE("rule"), EVENT_TRIGGER("event trigger"), STATISTICS("statistics object"),
    TEXT_SEARCH_DICTIONARY("text search dictionary"), TEXT_SEARCH_CONFIGURATION("text search configuration"),
    /** A defined object of a kind without its own entry here. */
    OTHER("other object");

    /** The entry of a {@link dev.cairn.catalog.DefinedKind}: the constant of the same name, else {@link #OTHER}. */
    public static ChangeKind ofDefined(dev.cairn.catalog.DefinedKind kind) {
        for (ChangeKind k : values()) {
            if (k.name().equals(kind.name())) {
                return k;
            }
        }
        return OTHER;
    }

    public final String label;

    ChangeKind(String label) {
        this.label = label;
    }
}
