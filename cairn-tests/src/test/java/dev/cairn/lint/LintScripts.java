package dev.cairn.lint;

import dev.cairn.dialect.Dialects;
import dev.cairn.migrate.Checksums;
import dev.cairn.migrate.MigrationKind;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.Version;

/** Migration scripts built from text, as the migration directory would read them. */
final class LintScripts {
    private LintScripts() {}

    static MigrationScript versioned(int version, String content) {
        String name = "V" + version + "__case.sql";
        return new MigrationScript(MigrationKind.VERSIONED, Version.parse(Integer.toString(version)), "case", name, null,
                Checksums.ofContent(content), content, Dialects.current().statements().split(content, name));
    }
}
