package dev.cairn.sql;

import java.util.List;

/**
 * A named SQL script as a reader of statements sees it (a migration file is one): what lint needs, without the
 * migration engine behind it.
 */
public interface SqlScript {
    /** The name findings and errors give it: the file's path relative to the migrations directory. */
    String name();

    /** The whole text, comments included. */
    String content();

    /** Its statements as the splitter found them. */
    List<SqlStatement> statements();

    /** Whether it runs in one transaction. */
    boolean transactional();
}
