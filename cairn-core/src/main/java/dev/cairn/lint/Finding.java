package dev.cairn.lint;

/**
 * One thing lint found in one statement.
 *
 * @param rule        the rule's stable ID ({@code require-concurrent-index}); its page is {@code docs/lint/<rule>.md}
 * @param severity    how bad it is
 * @param layer       static (from the text) or executed (measured on a scratch database)
 * @param file        the migration file's name relative to the migrations directory (or the path given)
 * @param line        1-based line of the statement's first token
 * @param object      the object concerned, qualified when known ({@code public.orders}), else null
 * @param message     what happens, in one or two sentences, with the measured figures when there are some
 * @param safeAlternative the safe way as SQL (or a short instruction when no SQL fits), else null
 * @param excuse      the reason given by a {@code -- cairn:lint-ignore <rule> <reason>} comment, else null
 */
public record Finding(String rule, Severity severity, Layer layer, String file, int line, String object, String message,
        String safeAlternative, String excuse) {

    /** Excused by a lint-ignore comment: reported, never blocking. */
    public boolean excused() {
        return excuse != null;
    }

    /** An unexcused error: blocks migrate and deploy unless its rule is allowed. */
    public boolean blocking() {
        return severity == Severity.ERROR && !excused();
    }

    public Finding excusedBy(String reason) {
        return new Finding(rule, severity, layer, file, line, object, message, safeAlternative, reason);
    }

    /** {@code V3__idx.sql:4}. */
    public String location() {
        return file + ":" + line;
    }
}
