package dev.cairn.exec;

import dev.cairn.sql.SqlStatement;
import java.util.List;

/**
 * What the {@link ScriptRunner} runs: a file's statements as the splitter found them, and the file's name,
 * which error positions are reported against ({@code name:line:column}).
 */
public record Script(String name, List<SqlStatement> statements) {
    public Script {
        statements = List.copyOf(statements);
    }
}
