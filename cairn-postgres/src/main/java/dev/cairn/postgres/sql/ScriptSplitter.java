package dev.cairn.postgres.sql;

import dev.cairn.sql.Token;import dev.cairn.sql.LineCounter;
import dev.cairn.sql.SqlStatement;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PostgreSQL migration script into statements, the way psql would.
 *
 * <p>A {@code ;} ends a statement unless it is inside a string, quoted identifier, dollar quote,
 * comment, parentheses (as in {@code CREATE RULE ... DO (a; b)}), or a SQL-standard function body
 * ({@code BEGIN ATOMIC ... END}). The script is read in one pass; psql-only input (meta-commands,
 * inline {@code COPY} data) is rejected with a message that says what to do instead.
 */
public final class ScriptSplitter {

    private ScriptSplitter() {
    }

    /**
     * @param fileName used in error messages only
     * @throws CairnException with {@link ExitCode#USAGE} for psql meta-commands, {@code COPY ...
     *     FROM STDIN}, and strings, identifiers or comments that are never closed
     */
    public static List<SqlStatement> split(String script, String fileName) {
        String file = fileName == null ? "<script>" : fileName;
        return new Run(script, file).split();
    }

    /** The state of one split; the tracking of routine bodies mirrors psql's psqlscan.l. */
    private static final class Run {
        private final String script;
        private final String file;
        private final SqlLexer lexer;
        private final List<SqlStatement> statements = new ArrayList<>();

        /** Significant (non-comment) tokens of the statement being read. */
        private final List<Token> current = new ArrayList<>();
        private int parenDepth;
        /** Open BEGIN ATOMIC / CASE blocks inside a CREATE FUNCTION or PROCEDURE. */
        private int beginDepth;

        Run(String script, String file) {
            this.script = script;
            this.file = file;
            this.lexer = new SqlLexer(script, file);
        }

        List<SqlStatement> split() {
            for (Token t = lexer.next(); t != null; t = lexer.next()) {
                if (t.isComment()) {
                    continue;
                }
                if (t.kind() == Kind.META_COMMAND) {
                    throw metaCommand(t);
                }
                if (t.isPunct(';') && parenDepth == 0 && beginDepth == 0) {
                    // Checked before reading on: after COPY ... FROM stdin come data lines.
                    finishStatement();
                    continue;
                }
                track(t);
                current.add(t);
            }
            finishStatement();
            return List.copyOf(statements);
        }

        private void track(Token t) {
            if (t.isPunct('(')) {
                parenDepth++;
            } else if (t.isPunct(')')) {
                if (parenDepth > 0) {
                    parenDepth--;
                }
            } else if (t.kind() == Kind.WORD && parenDepth == 0 && isRoutineDefinition()) {
                // Like psql, but a body opens only at BEGIN ATOMIC rather than at any BEGIN, so a
                // routine or parameter named "begin" does not swallow the rest of the script.
                if (t.isWord("atomic") && !current.isEmpty() && current.get(current.size() - 1).isWord("begin")) {
                    beginDepth++;
                } else if (t.isWord("case") && beginDepth > 0) {
                    beginDepth++;
                } else if (t.isWord("end") && beginDepth > 0) {
                    beginDepth--;
                }
            }
        }

        /** True when the statement so far starts with CREATE [OR REPLACE] FUNCTION|PROCEDURE. */
        private boolean isRoutineDefinition() {
            if (current.size() < 2 || !current.get(0).isWord("create")) {
                return false;
            }
            int i = 1;
            if (current.get(1).isWord("or")) {
                if (current.size() < 4 || !current.get(2).isWord("replace")) {
                    return false;
                }
                i = 3;
            }
            return current.get(i).isWord("function") || current.get(i).isWord("procedure");
        }

        private void finishStatement() {
            if (!current.isEmpty()) {
                Token first = current.get(0);
                Token last = current.get(current.size() - 1);
                rejectCopyStdin(first);
                statements.add(new SqlStatement(script.substring(first.offset(), last.end()),
                        first.line(), first.column(), first.offset()));
            }
            current.clear();
            parenDepth = 0;
            beginDepth = 0;
        }

        /**
         * COPY ... FROM STDIN only works when the client streams the data that follows it, which
         * is psql's job. Only FROM/STDIN outside parentheses count, so {@code COPY (SELECT ...
         * FROM stdin) TO ...} with a table named stdin is not mistaken for it.
         */
        private void rejectCopyStdin(Token first) {
            if (!first.isWord("copy")) {
                return;
            }
            int depth = 0;
            for (int i = 1; i + 1 < current.size(); i++) {
                Token t = current.get(i);
                if (t.isPunct('(')) {
                    depth++;
                } else if (t.isPunct(')')) {
                    depth = Math.max(0, depth - 1);
                } else if (depth == 0 && t.isWord("from") && current.get(i + 1).isWord("stdin")) {
                    throw new CairnException(ExitCode.USAGE, "COPY ... FROM STDIN at " + file + ":" + first.line()
                            + " cannot run in a migration: inline COPY data is a psql feature (psql reads the rows"
                            + " that follow the statement and streams them to the server), and Cairn sends plain SQL"
                            + " statements to the server. Write the rows as INSERT statements, use COPY ... FROM"
                            + " '/path/on/the/database/server' for a file the server can read, or load the data in a"
                            + " separate data-load step outside the migration.");
                }
            }
        }

        private CairnException metaCommand(Token t) {
            String command = t.text().split("[\\s]+", 2)[0];
            return new CairnException(ExitCode.USAGE, "psql meta-command " + command + " at " + file + ":" + t.line()
                    + ":" + t.column() + " is not supported: Cairn runs plain SQL statements, not psql scripts, so"
                    + " backslash commands such as \\i, \\set, \\connect or \\copy mean nothing to it. Remove the"
                    + " line and write the SQL it stood for directly into the migration (for \\i, move the included"
                    + " statements into this or another migration; for \\copy, use INSERT statements or a server-side"
                    + " COPY).");
        }
    }
}
