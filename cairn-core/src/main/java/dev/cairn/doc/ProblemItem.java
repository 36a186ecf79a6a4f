package dev.cairn.doc;

import dev.cairn.migrate.Problem;
import java.util.List;

/** A problem or finding: a stable {@code code}, the file or object it concerns, and the message for people. */
public record ProblemItem(String code, String subject, String message) {
    public static ProblemItem of(Problem p) {
        return new ProblemItem(p.code(), p.subject(), p.message());
    }

    public static List<ProblemItem> of(List<Problem> problems) {
        return problems.stream().map(ProblemItem::of).toList();
    }
}
