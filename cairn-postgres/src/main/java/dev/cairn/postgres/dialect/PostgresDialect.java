package dev.cairn.postgres.dialect;

import dev.cairn.dialect.Dialect;
import dev.cairn.diff.DiffRules;
import dev.cairn.dialect.Introspector;
import dev.cairn.dialect.Renderer;
import dev.cairn.dialect.Safety;
import dev.cairn.postgres.PostgresSafety;
import dev.cairn.dialect.StatementRules;
import dev.cairn.postgres.inspect.PostgresIntrospector;
import dev.cairn.postgres.render.PostgresRenderer;
import dev.cairn.sql.ServerError;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** PostgreSQL 13–18, registered in META-INF/services/dev.cairn.dialect.Dialect. */
public final class PostgresDialect implements Dialect {
    private static final DiffRules DIFF_RULES = new PostgresDiffRules();
    private static final StatementRules STATEMENTS = new PostgresStatementRules();

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public String driverLogger() {
        return "org.postgresql";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public Introspector introspector() {
        return PostgresIntrospector.INTROSPECTOR;
    }

    @Override
    public DiffRules diffRules() {
        return DIFF_RULES;
    }

    @Override
    public Renderer renderer() {
        return PostgresRenderer.RENDERER;
    }

    @Override
    public Safety safety() {
        return PostgresSafety.INSTANCE;
    }

    @Override
    public dev.cairn.plan.OnlineForms onlineForms() {
        return dev.cairn.postgres.PostgresOnlineForms.INSTANCE;
    }

    @Override
    public StatementRules statements() {
        return STATEMENTS;
    }

    @Override
    public int serverMajor(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public Optional<ServerError> serverError(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            return Optional.of(new ServerError(m.getMessage(), m.getDetail(), m.getHint(), m.getSQLState(), m.getPosition()));
        }
        return Optional.empty();
    }

    @Override
    public boolean transactionEnded(Connection c) throws SQLException {
        if (c.getAutoCommit() || !c.isWrapperFor(BaseConnection.class)) {
            return false;
        }
        return c.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE;
    }
}
