package dev.cairn.catalog.source;

import dev.cairn.dialect.Dialects;
import dev.cairn.CairnException;
import dev.cairn.catalog.Catalog;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.exec.Deadline;
import dev.cairn.exec.Outcome;
import dev.cairn.exec.ScriptRunner;
import dev.cairn.migrate.SqlErrors;
import dev.cairn.sql.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code schema}: the desired schema. Loads the schema directory's {@code .sql} files into a fresh
 * scratch database, statement by statement (in auto-commit, so a statement that cannot run in a
 * transaction works), then reads the catalog back. The files listed in {@code schemaFiles:} load first,
 * in that order; the others follow in file-name order (paths relative to the directory, subfolders
 * included, hidden ones skipped).
 *
 * @param dir        the schema directory
 * @param order      {@code schemaFiles:} (relative paths), maybe empty
 * @param options    what to read back
 * @param major      the PostgreSQL major of the scratch server ({@link DevDatabases#DEFAULT_MAJOR}: the default)
 */
public record SchemaFilesSource(Path dir, List<String> order, IntrospectOptions options, int major)
        implements CatalogSource {

    public SchemaFilesSource {
        order = List.copyOf(order);
    }

    public SchemaFilesSource(Path dir, List<String> order, IntrospectOptions options) {
        this(dir, order, options, DevDatabases.DEFAULT_MAJOR);
    }

    @Override
    public SchemaFilesSource onMajor(int major) {
        return new SchemaFilesSource(dir, order, options, major);
    }

    /** The files in load order, relative to {@link #dir()}. */
    public List<String> files() {
        if (!Files.isDirectory(dir)) {
            throw CairnException.usage("The schema directory " + dir + " does not exist: create it and put the desired"
                    + " schema in .sql files there, or point 'schema:' in cairn.yaml at the right folder.");
        }
        List<String> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .forEach(all::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return SchemaFileOrder.of(dir, order, all);
    }

    @Override
    public Catalog load() {
        List<String> files = files();
        List<Script> scripts = new ArrayList<>();
        for (String name : files) {
            String sql = read(name);
            List<SqlStatement> statements = Dialects.current().statements().split(sql, name);
            scripts.add(new Script(name, statements, Dialects.current().statements().transactional(sql, statements)));
        }
        try (ScratchDatabase db = DevDatabases.createDatabase(major); Connection c = db.connect()) {
            ScriptRunner runner = new ScriptRunner(c, Deadline.NONE);
            for (Script script : scripts) {
                // One transaction per file (a commit per statement costs seconds on big schemas), unless the
                // file has a statement PostgreSQL refuses inside one. A failure is reported either way.
                Outcome outcome = script.transactional() ? runner.inTransactionCarryingOn(script.file())
                        : runner.autocommit(script.file());
                if (outcome.status() == Outcome.Status.COMMIT_FAILED) {
                    throw outcome.error();
                }
                if (!outcome.done()) {
                    throw failed(script.name(), outcome);
                }
            }
            return Dialects.current().introspector().introspect(c, options);
        } catch (SQLException e) {
            throw CairnException.database("The scratch database for the schema files failed: "
                    + SqlErrors.describe(e).summary() + ".", e);
        }
    }

    private record Script(String name, List<SqlStatement> statements, boolean transactional) {
        dev.cairn.exec.Script file() {
            return new dev.cairn.exec.Script(name, statements);
        }
    }

    private CairnException failed(String file, Outcome outcome) {
        dev.cairn.sql.ServerError server = SqlErrors.describe(outcome.error());
        return CairnException.usage(schemaPath(file) + ":" + outcome.position() + ": " + server.summary() + " in statement '"
                + outcome.statement().firstLine() + "'. Cairn loads the schema files into a scratch database, in "
                + (order.isEmpty() ? "file-name order" : "the order schemaFiles lists them, then file-name order")
                + "; fix the statement" + (server.sqlState() != null && server.sqlState().startsWith("42P01")
                        || "42704".equals(server.sqlState()) || "3F000".equals(server.sqlState())
                        ? ", or load the file that creates what it needs first (schemaFiles: in cairn.yaml)" : "")
                + ".");
    }

    private String schemaPath(String file) {
        Path parent = dir.getFileName();
        return (parent == null ? "" : parent + "/") + file;
    }

    private String read(String name) {
        Path file = dir.resolve(name);
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw CairnException.usage(schemaPath(name) + " is not valid UTF-8: save it as UTF-8.");
        } catch (IOException e) {
            throw CairnException.usage(schemaPath(name) + " cannot be read: " + e.getMessage() + ".");
        }
    }

    @Override
    public String describe() {
        return "schema";
    }
}
