package dev.cairn.migrate;

/** PostgreSQL identifier quoting. */
public final class Identifiers {
    private Identifiers() {}

    /** Always quotes: safe for any name, including mixed case and reserved words. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
