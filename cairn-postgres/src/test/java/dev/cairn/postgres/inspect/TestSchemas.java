package dev.cairn.postgres.inspect;

import dev.cairn.postgres.sql.ScriptSplitter;
import dev.cairn.sql.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Loads test schemas statement by statement. */
final class TestSchemas {
    private TestSchemas() {}

    static String resource(String name) {
        try (InputStream in = TestSchemas.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void load(Connection c, String script) throws SQLException {
        for (SqlStatement st : ScriptSplitter.split(script, "test.sql")) {
            try (Statement s = c.createStatement()) {
                s.execute(st.sql());
            } catch (SQLException e) {
                throw new SQLException("line " + st.line() + ": " + e.getMessage(), e);
            }
        }
    }

    /** SQL for n tables shaped like bench/anchors/gen-wide.sh: 9 columns, PK, an index, an FK on every second one. */
    static String wide(int n) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            String fk = i % 2 == 0 ? " REFERENCES w_" + (i - 1) + "(id)" : "";
            sql.append("CREATE TABLE w_").append(i).append(" (id bigint PRIMARY KEY, code varchar(32) NOT NULL, name text NOT NULL,"
                    + " amount numeric(12,2) DEFAULT 0, qty integer, active boolean NOT NULL DEFAULT true, payload jsonb,"
                    + " created_at timestamptz NOT NULL DEFAULT now(), prev_id bigint").append(fk).append(");\n");
            sql.append("CREATE INDEX w_").append(i).append("_code_idx ON w_").append(i).append("(code);\n");
        }
        return sql.toString();
    }
}
