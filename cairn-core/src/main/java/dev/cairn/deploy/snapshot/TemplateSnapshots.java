package dev.cairn.deploy.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.db.ConnectionSource;
import dev.cairn.sql.Identifiers;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code provider: template}: a snapshot is a database on the same server, {@code CREATE DATABASE "<db>_snap_<stamp>"
 * TEMPLATE "<db>"}, marked as Cairn's by a JSON comment ({@code COMMENT ON DATABASE}) naming the source database and
 * the environment. Fast (a file copy on the server) but needs the source to have no other session while it is copied.
 */
final class TemplateSnapshots implements SnapshotProvider {
    static final String PROVIDER = "template";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectionSource db;
    private final String env;
    private final Clock clock;
    private DatabaseAdmin admin;

    TemplateSnapshots(ConnectionSource db, String env, Clock clock) {
        this.db = db;
        this.env = env;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    /** Connects lazily: opening a provider must not need the database yet. */
    private DatabaseAdmin admin() {
        if (admin == null) {
            admin = DatabaseAdmin.of(db);
        }
        return admin;
    }

    @Override
    public Snapshot create(String label) {
        String source = admin().database();
        Instant now = clock.instant();
        try (Connection c = admin().maintenance()) {
            String name = DatabaseAdmin.unusedName(c, source, "_snap_" + SnapshotProviders.stamp(now));
            DatabaseAdmin.copy(c, source, name, "Cannot snapshot database " + source + " of environment '" + env
                    + "' (" + admin().describe() + ")", "Stop those applications or their connection pools (or wait"
                    + " for them to disconnect) and run cairn snapshot create again; or use snapshot provider pg_dump in"
                    + " cairn.yaml, which works while the database is in use.");
            try {
                DatabaseAdmin.execute(c, "COMMENT ON DATABASE " + Identifiers.quote(name) + " IS "
                        + Identifiers.literal(marker(source, now, label)));
            } catch (SQLException e) {
                DatabaseAdmin.Quiet.run(() -> DatabaseAdmin.execute(c, "DROP DATABASE " + Identifiers.quote(name)));
                throw e;
            }
            return new Snapshot(name, PROVIDER, now, name);
        } catch (SQLException e) {
            throw failure("Cannot snapshot database " + source + " of environment '" + env + "'", e,
                    "42501".equals(e.getSQLState()) ? "The environment's user needs the CREATEDB privilege to copy it"
                            + " (ALTER ROLE … CREATEDB), or use snapshot provider pg_dump." : "No snapshot was made.");
        }
    }

    private String marker(String source, Instant created, String label) {
        ObjectNode n = JSON.createObjectNode().put("cairn", "snapshot").put("source", source).put("env", env)
                .put("created", created.toString());
        if (label != null && !label.isBlank()) {
            n.put("label", label);
        }
        return n.toString();
    }

    @Override
    public List<Snapshot> list() {
        String source = admin().database();
        List<Snapshot> found = new ArrayList<>();
        try (Connection c = admin().maintenance(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT datname AS name, shobj_description(oid, 'pg_database') AS comment"
                        + " FROM pg_database WHERE shobj_description(oid, 'pg_database') LIKE '{%'")) {
            while (rs.next()) {
                JsonNode m = parse(rs.getString("comment"));
                if (m != null && "snapshot".equals(m.path("cairn").asText()) && source.equals(m.path("source").asText())
                        && env.equals(m.path("env").asText())) {
                    try {
                        found.add(new Snapshot(rs.getString("name"), PROVIDER, Instant.parse(m.path("created").asText()),
                                rs.getString("name")));
                    } catch (DateTimeParseException ignored) {
                        // a marker Cairn did not write: not one of its snapshots
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("Cannot list the snapshots of database " + source, e, "");
        }
        found.sort(Comparator.comparing(Snapshot::createdAt).thenComparing(Snapshot::id).reversed());
        return found;
    }

    private static JsonNode parse(String comment) {
        try {
            return JSON.readTree(comment);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void restore(String id) {
        SnapshotProviders.find(this, id, env);
        String target = admin().database();
        String what = "Cannot restore database " + target + " of environment '" + env + "' from snapshot " + id;
        try (Connection c = admin().maintenance()) {
            String copy = DatabaseAdmin.unusedName(c, target, "_cairn_restore");
            DatabaseAdmin.copy(c, id, copy, what, "Nothing was changed. Disconnect them from the snapshot and try again.");
            String warning;
            try {
                warning = admin().replaceWith(c, copy);
            } catch (SQLException | RuntimeException e) {
                DatabaseAdmin.Quiet.run(() -> {
                    if (DatabaseAdmin.exists(c, copy)) {
                        DatabaseAdmin.execute(c, "DROP DATABASE " + Identifiers.quote(copy));
                    }
                });
                throw e;
            }
            if (warning != null) {
                throw new CairnException(ExitCode.DATABASE, "Restored database " + target + " of environment '" + env
                        + "' from snapshot " + id + ", but: " + warning);
            }
        } catch (SQLException e) {
            throw failure(what, e, "The snapshot " + id + " is unchanged.");
        }
    }

    @Override
    public void delete(String id) {
        SnapshotProviders.find(this, id, env);
        try (Connection c = admin().maintenance()) {
            DatabaseAdmin.execute(c, "DROP DATABASE " + Identifiers.quote(id));
        } catch (SQLException e) {
            String why = "55006".equals(e.getSQLState()) ? " Disconnect the sessions using it and try again." : "";
            throw failure("Cannot delete snapshot " + id + " of environment '" + env + "'", e, why.trim());
        }
    }

    private CairnException failure(String what, SQLException e, String advice) {
        return CairnException.database(what + " (" + admin().describe() + "): " + e.getMessage()
                + (advice.isEmpty() ? "." : ". " + advice), e);
    }
}
