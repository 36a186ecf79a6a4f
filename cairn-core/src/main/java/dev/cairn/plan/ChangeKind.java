package dev.cairn.plan;

/** The kind of object a change concerns, as a plan summary groups it; {@link #label} is the summary's (and JSON's) key. */
public enum ChangeKind {
    SCHEMA("schema"), EXTENSION("extension"), TYPE("type"), DOMAIN("domain"), SEQUENCE("sequence"), TABLE("table"),
    COLUMN("column"), CONSTRAINT("constraint"), INDEX("index"), TRIGGER("trigger"), POLICY("policy"), VIEW("view"),
    MATERIALIZED_VIEW("materialized view"), FUNCTION("function"), PROCEDURE("procedure"), AGGREGATE("aggregate"),
    COMMENT("comment"), OWNER("owner"), PRIVILEGE("privilege");

    public final String label;

    ChangeKind(String label) {
        this.label = label;
    }
}
