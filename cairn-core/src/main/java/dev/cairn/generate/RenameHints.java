package dev.cairn.generate;

import dev.cairn.sql.Token;
import dev.cairn.dialect.Dialects;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.source.SchemaFilesSource;
import dev.cairn.diff.DiffOptions.Rename;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code -- cairn:renamed-from <old>} comments in schema files: the user's way of saying that a
 * table or column was renamed, so that {@code generate} keeps its data instead of dropping it.
 * <pre>
 * CREATE TABLE accounts (            -- cairn:renamed-from users
 *     id bigint PRIMARY KEY,
 *     full_name text NOT NULL,       -- cairn:renamed-from name
 *     -- cairn:renamed-from mail     (a comment alone on its line applies to the next column)
 *     email text
 * );
 * </pre>
 * A comment at the statement level (before the column list, or on the line before the statement) renames
 * the table; inside the column list it renames the column it sits on. Only tokens are read, never DDL.
 */
public final class RenameHints {
    private static final Pattern HINT = Pattern.compile("--\\s*cairn:renamed-from\\s+(\\S+)\\s*", Pattern.CASE_INSENSITIVE);

    private RenameHints() {}

    /**
     * The hints in the schema files (file name to text) that rename something of {@code current} into
     * {@code desired}: the renames {@code cairn generate} uses, and {@code cairn diff} with them.
     */
    public static List<Rename> applicable(Map<String, String> sources, String defaultSchema, Catalog current, Catalog desired) {
        List<Rename> out = new ArrayList<>();
        sources.forEach((file, sql) -> scan(sql, file, defaultSchema).stream()
                .filter(r -> applies(r, current, desired))
                .forEach(out::add));
        return List.copyOf(out);
    }

    /** The schema files' text by file name, in load order. */
    public static Map<String, String> read(SchemaFilesSource schema) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : schema.files()) {
            try {
                files.put(name, Files.readString(schema.dir().resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + schema.dir().resolve(name), e);
            }
        }
        return files;
    }

    /**
     * A hint applies while the old name exists and the new one does not; once the rename has been
     * generated the hint stays in the file harmlessly.
     */
    static boolean applies(Rename r, Catalog current, Catalog desired) {
        if (r.kind() == Rename.Kind.TABLE) {
            return current.table(r.schema(), r.table()).isPresent() && current.table(r.schema(), r.to()).isEmpty()
                    && desired.table(r.schema(), r.to()).isPresent();
        }
        return current.tables().stream()
                .filter(t -> t.schema().equals(r.schema()))
                .filter(t -> t.name().equals(r.table()) || desired.table(r.schema(), r.table()).isPresent())
                .anyMatch(t -> t.columns().stream().anyMatch(c -> c.name().equals(r.column()))
                        && t.columns().stream().noneMatch(c -> c.name().equals(r.to())));
    }

    /** The rename the other way round: what undoes {@code r}. */
    public static Rename reverse(Rename r) {
        return r.kind() == Rename.Kind.TABLE ? Rename.table(r.schema(), r.to(), r.table())
                : Rename.column(r.schema(), r.table(), r.to(), r.column());
    }

    public static List<Rename> scan(String sql, String fileName, String defaultSchema) {
        List<Rename> renames = new ArrayList<>();
        List<Token> statement = new ArrayList<>();
        List<Token> hints = new ArrayList<>();
        int depth = 0;
        for (Token t : Dialects.current().statements().tokenize(sql, fileName)) {
            if (t.kind() == Token.Kind.LINE_COMMENT && HINT.matcher(t.text()).matches()) {
                hints.add(t);
                continue;
            }
            if (t.isComment()) {
                continue;
            }
            if (t.isPunct(';') && depth == 0) {
                resolve(statement, hints, defaultSchema, renames);
                statement.clear();
                hints.clear();
                continue;
            }
            depth += t.isPunct('(') ? 1 : t.isPunct(')') ? -1 : 0;
            statement.add(t);
        }
        resolve(statement, hints, defaultSchema, renames);
        return renames;
    }

    private static void resolve(List<Token> st, List<Token> hints, String defaultSchema, List<Rename> out) {
        if (hints.isEmpty()) {
            return;
        }
        int i = 0;
        if (i < st.size() && st.get(i).isWord("CREATE")) {
            i++;
        }
        while (i < st.size() && (st.get(i).isWord("UNLOGGED") || st.get(i).isWord("TEMP") || st.get(i).isWord("TEMPORARY"))) {
            i++;
        }
        if (i >= st.size() || !st.get(i).isWord("TABLE")) {
            return;
        }
        i++;
        if (i + 2 < st.size() && st.get(i).isWord("IF") && st.get(i + 1).isWord("NOT") && st.get(i + 2).isWord("EXISTS")) {
            i += 3;
        }
        if (i >= st.size()) {
            return;
        }
        String schema = defaultSchema;
        String table = name(st.get(i));
        if (i + 2 < st.size() && st.get(i + 1).isPunct('.')) {
            schema = table;
            table = name(st.get(i + 2));
            i += 2;
        }
        int open = i + 1;
        if (open >= st.size() || !st.get(open).isPunct('(')) {
            open = -1;
        }
        List<Token> elementStarts = elementStarts(st, open);
        for (Token hint : hints) {
            Matcher m = HINT.matcher(hint.text());
            m.matches();
            String old = lastPart(m.group(1));
            boolean insideList = open >= 0 && hint.offset() > st.get(open).offset() && hint.offset() < closeOffset(st, open);
            if (!insideList) {
                out.add(Rename.table(schema, old, table));
                continue;
            }
            Token element = elementFor(hint, elementStarts, st);
            if (element != null && !isConstraintKeyword(element)) {
                out.add(Rename.column(schema, table, old, name(element)));
            }
        }
    }

    /** First token of each comma-separated element of the column list opened at {@code open}. */
    private static List<Token> elementStarts(List<Token> st, int open) {
        List<Token> starts = new ArrayList<>();
        if (open < 0) {
            return starts;
        }
        int depth = 0;
        boolean expectStart = true;
        for (int i = open + 1; i < st.size(); i++) {
            Token t = st.get(i);
            if (depth == 0 && expectStart) {
                starts.add(t);
                expectStart = false;
            }
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (t.isPunct(',') && depth == 0) {
                expectStart = true;
            }
        }
        return starts;
    }

    private static int closeOffset(List<Token> st, int open) {
        int depth = 0;
        for (int i = open; i < st.size(); i++) {
            depth += st.get(i).isPunct('(') ? 1 : st.get(i).isPunct(')') ? -1 : 0;
            if (depth == 0) {
                return st.get(i).offset();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The element on the hint's line; or, for a hint alone on its line, the next element. */
    private static Token elementFor(Token hint, List<Token> starts, List<Token> st) {
        boolean aloneOnLine = st.stream().noneMatch(t -> t.line() == hint.line() && t.offset() < hint.offset());
        if (aloneOnLine) {
            return starts.stream().filter(t -> t.offset() > hint.offset()).findFirst().orElse(null);
        }
        Token found = null;
        for (Token s : starts) {
            if (s.offset() < hint.offset()) {
                found = s;
            }
        }
        return found;
    }

    private static boolean isConstraintKeyword(Token t) {
        return switch (t.keyword()) {
            case "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE", "LIKE" -> true;
            default -> false;
        };
    }

    /** An identifier as PostgreSQL stores it: unquoted folds to lower case, quoted keeps its text. */
    private static String name(Token t) {
        if (t.kind() == Token.Kind.QUOTED_IDENT) {
            String body = t.text().substring(1, t.text().length() - 1);
            return body.replace("\"\"", "\"");
        }
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static String lastPart(String qualified) {
        String q = qualified.endsWith(",") ? qualified.substring(0, qualified.length() - 1) : qualified;
        int dot = q.lastIndexOf('.');
        String last = dot < 0 ? q : q.substring(dot + 1);
        return last.startsWith("\"") && last.endsWith("\"") && last.length() > 1
                ? last.substring(1, last.length() - 1) : last.toLowerCase(Locale.ROOT);
    }
}
