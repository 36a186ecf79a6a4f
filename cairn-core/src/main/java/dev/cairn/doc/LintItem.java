package dev.cairn.doc;

import dev.cairn.lint.Finding;
import java.util.List;

/**
 * One lint finding in a document: {@code severity} is error, warning or info; {@code layer} static or executed;
 * {@code excuse} the lint-ignore reason (null unless excused); {@code blocking} whether it stops migrate and deploy
 * (an unexcused error, before any {@code --allow}).
 */
public record LintItem(String rule, String severity, String layer, String file, int line, String object, String message,
        String safeAlternative, String excuse, boolean blocking) {

    public static LintItem of(Finding f) {
        return new LintItem(f.rule(), f.severity().label(), f.layer().label(), f.file(), f.line(), f.object(), f.message(),
                f.safeAlternative(), f.excuse(), f.blocking());
    }

    public static List<LintItem> of(List<Finding> findings) {
        return findings.stream().map(LintItem::of).toList();
    }
}
