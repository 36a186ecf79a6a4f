package dev.cairn.generate;

import dev.cairn.sql.Token;
import dev.cairn.dialect.Dialects;
import dev.cairn.migrate.Checksums;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A hash of the schema sources that ignores comments and whitespace: what the SQL says, not how it is
 * laid out. Stored in each snapshot, so that a later check can tell whether the schema changed since
 * the last {@code generate}.
 */
public final class SchemaFingerprint {
    private SchemaFingerprint() {}

    /** @param files file name → content, in load order */
    public static String of(Map<String, String> files) {
        StringBuilder all = new StringBuilder();
        files.forEach((name, content) -> {
            all.append("== ").append(name).append('\n');
            for (Token t : Dialects.current().statements().significantTokens(content, name)) {
                all.append(t.text()).append(' ');
            }
            all.append('\n');
        });
        return Checksums.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
