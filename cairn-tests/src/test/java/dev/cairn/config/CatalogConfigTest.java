package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schemaFiles:, catalog: and pull: keys. */
class CatalogConfigTest {
    @TempDir
    Path dir;

    private CairnConfig load(String yaml) throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), yaml);
        return ConfigLoader.load(dir, Map.of());
    }

    private void fails(String yaml, String... fragments) {
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(CairnException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }

    @Test
    void defaults() throws IOException {
        CairnConfig c = load("");
        assertThat(c.schemaFiles()).isEmpty();
        assertThat(c.catalog()).isEqualTo(CatalogSettings.DEFAULT);
        assertThat(c.pullLayout()).isEqualTo("schema");
    }

    @Test
    void allKeys() throws IOException {
        CairnConfig c = load("""
                schemaFiles: [types.sql, tables/orders.sql]
                catalog:
                  schemas: [public, app]
                  excludeSchemas:
                    - audit
                  ownership: true
                  privileges: false
                pull:
                  layout: table
                """);
        assertThat(c.schemaFiles()).containsExactly("types.sql", "tables/orders.sql");
        assertThat(c.catalog()).isEqualTo(new CatalogSettings(List.of("public", "app"), List.of("audit"), true, false));
        assertThat(c.pullLayout()).isEqualTo("table");
    }

    @Test
    void aSingleNameIsAListOfOne() throws IOException {
        assertThat(load("catalog:\n  schemas: app\n").catalog().schemas()).containsExactly("app");
    }

    @Test
    void errorsNameTheLine() {
        fails("catalog:\n  schema: [a]\n", "cairn.yaml:2:3", "unknown key catalog.schema", "did you mean schemas?");
        fails("catalog:\n  ownership: yes please\n", "cairn.yaml:2:14", "catalog.ownership must be true or false");
        fails("catalog:\n  schemas: [a, 3]\n", "cairn.yaml:2:16", "catalog.schemas must be a list of names");
        fails("catalog: [a]\n", "cairn.yaml:1:10", "catalog must be a map");
        fails("pull:\n  layout: tables\n", "cairn.yaml:2:11", "pull.layout must be schema or table", "did you mean table?");
        fails("pull:\n  style: table\n", "unknown key pull.style");
        fails("schemaFiles: [a.sql, ./a.sql]\n", "cairn.yaml:1:22", "lists './a.sql' twice");
        fails("schemaFiles: [../outside.sql]\n", "must be a path inside the schema directory");
        fails("schemaFiles: [/etc/x.sql]\n", "must be a path inside the schema directory");
    }
}
