package dev.cairn.postgres.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One introspection query, kept as a resource next to this class ({@code <name>.sql}) and read once per
 * JVM (each reader holds its query in a static field).
 *
 * <p>The resource's conventions:
 * <ul>
 * <li>Lines that are only a {@code --} comment describe the query and are not sent.
 * <li>A line ending in {@code -- only: version >= N} (or {@code < N}) is sent only to servers whose
 *     {@code server_version_num} satisfies the test, so one file holds every variant (e.g. multiranges,
 *     PostgreSQL 14+); the text for a version is built once and kept.
 * <li>Every {@code ?} is a parameter receiving the included schemas' oids as an {@code oid[]} literal;
 *     comments therefore never contain one.
 * <li>Every result column has a label, and readers read by label, never by position.
 * </ul>
 */
final class InspectSql {
    private static final Pattern ONLY = Pattern.compile("\\s*--\\s*only:\\s*version\\s*(>=|<)\\s*(\\d+)\\s*$");
    private static final int FETCH_SIZE = 2000;

    private final String name; // for toString: which query
    private final List<String> lines;
    private final Map<Integer, String> byVersion = new ConcurrentHashMap<>();

    private InspectSql(String name, List<String> lines) {
        this.name = name;
        this.lines = lines;
    }

    /** Reads the resource {@code name} (e.g. {@code "tables.sql"}); a missing one is a build error. */
    static InspectSql load(String name) {
        try (InputStream in = InspectSql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The introspection query " + name + " is not on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new InspectSql(name, text.lines().filter(l -> !l.strip().startsWith("--")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query as sent to a server of {@code version} (server_version_num). */
    String text(int version) {
        return byVersion.computeIfAbsent(version, this::render);
    }

    private String render(int version) {
        StringBuilder sql = new StringBuilder();
        for (String line : lines) {
            Matcher only = ONLY.matcher(line);
            if (only.find()) {
                int bound = Integer.parseInt(only.group(2));
                boolean atLeast = version >= bound;
                if (atLeast != only.group(1).equals(">=")) {
                    continue;
                }
                line = line.substring(0, only.start());
            }
            sql.append(line).append('\n');
        }
        return sql.toString();
    }

    /** Reads one row of a result. */
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs the query for {@code state}'s server and schemas, handing each row to {@code reader}. */
    void run(Connection c, InspectState state, RowReader reader) throws SQLException {
        String sql = text(state.version());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) {
                ps.setString(i, state.namespaces());
            }
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** A text[] column as strings; null is the empty list. */
    static List<String> strings(ResultSet rs, String label) throws SQLException {
        Array array = rs.getArray(label);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
