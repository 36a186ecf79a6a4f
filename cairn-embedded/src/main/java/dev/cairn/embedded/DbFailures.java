package dev.cairn.embedded;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds the one-paragraph {@link CairnException}s of this package (what, where, why, what to do). */
final class DbFailures {
    private DbFailures() {}

    static CairnException failure(String message) {
        return new CairnException(ExitCode.DATABASE, message);
    }

    static CairnException failure(String message, Throwable cause) {
        return new CairnException(ExitCode.DATABASE, message, cause);
    }

    /** The last {@code lines} lines of a log, starting at byte {@code from}, flattened for a message. */
    static String logTail(Path log, long from, int lines) {
        try {
            if (!Files.isRegularFile(log)) {
                return "(no server log at " + log + ")";
            }
            byte[] all = Files.readAllBytes(log);
            int start = (int) Math.min(Math.max(from, 0), all.length);
            String text = new String(all, start, all.length - start, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return "(the server log " + log + " is empty)";
            }
            List<String> all_lines = text.lines().toList();
            return String.join(" | ", all_lines.subList(Math.max(0, all_lines.size() - lines), all_lines.size()));
        } catch (IOException e) {
            return "(could not read the server log " + log + ": " + e.getMessage() + ")";
        }
    }
}
