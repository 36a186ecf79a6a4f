package dev.cairn.lint;

/** Where a finding comes from: the statement's text (static rules) or running it on a scratch database (executed). */
public enum Layer {
    STATIC, EXECUTED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
