package dev.cairn.cli;

import dev.cairn.ExitCode;
import dev.cairn.config.Redactor;
import dev.cairn.doc.Documents;
import dev.cairn.doc.ErrorDocument;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the CLI prints goes through here, so that secrets are redacted in one place, JSON mode
 * prints exactly one document, and colour appears only on a terminal.
 */
public final class Console {
    private final PrintStream out;
    private final PrintStream err;
    private boolean json;
    private boolean color;
    private boolean live;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** {@code live}: stderr is a terminal, so progress may redraw a line in place (never in JSON mode). */
    void configure(boolean json, boolean color, boolean live) {
        this.json = json;
        this.color = color && !json;
        this.live = live && !json;
    }

    boolean live() {
        return live;
    }

    /** Replaces the current stderr line (a live progress line) with {@code text}, without ending it. */
    void redraw(String text) {
        err.print("\r\u001b[K" + Redactor.redactAll(text));
        err.flush();
    }

    boolean json() {
        return json;
    }

    /** A line of human output (suppressed in JSON mode, where the document says it all). */
    void line(String text) {
        if (!json) {
            out.println(Redactor.redactAll(text));
        }
    }

    /** Text printed as it is on stdout (a generated script): no redaction needed, nothing added. */
    void raw(String text) {
        out.print(text);
        out.flush();
    }

    /** A progress or notice line on stderr (also in JSON mode: stdout stays one document). */
    void progress(String text) {
        err.println(Redactor.redactAll(text));
    }

    void notice(String text) {
        progress(dim("note: ") + text);
    }

    /** The command's single JSON document. */
    void document(Object value) {
        out.println(Documents.json(value));
    }

    /** Reports a failure as one paragraph (stderr), or as the JSON document in JSON mode. */
    void failure(ExitCode code, String message, Throwable verbose) {
        if (json) {
            document(ErrorDocument.of(code, message));
        } else {
            err.println(Redactor.redactAll(red("error: ") + message));
        }
        if (verbose != null) {
            // The message was printed above: the trace starts at its frames (not the exception's class and
            // message again), and its causes follow as "Caused by" lines.
            StringWriter trace = new StringWriter();
            verbose.printStackTrace(new PrintWriter(trace));
            String text = trace.toString();
            int frames = text.indexOf("\n\tat ");
            err.println(Redactor.redactAll(dim("details (--verbose):") + (frames < 0 ? "" : text.substring(frames))).stripTrailing());
        }
    }

    void error(String message) {
        failure(ExitCode.USAGE, message, null);
    }

    /** Prints rows as aligned columns; the first row is the header. */
    void table(List<List<String>> rows) {
        if (json || rows.isEmpty()) {
            return;
        }
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], r.get(i) == null ? 0 : visibleLength(r.get(i)));
            }
        }
        for (int n = 0; n < rows.size(); n++) {
            List<String> r = rows.get(n);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String cell = r.get(i) == null ? "" : r.get(i);
                s.append(cell);
                if (i < cols - 1) {
                    s.append(" ".repeat(width[i] - visibleLength(cell) + 2));
                }
            }
            line(n == 0 ? bold(s.toString().stripTrailing()) : s.toString().stripTrailing());
        }
    }

    private static final java.util.regex.Pattern ANSI = java.util.regex.Pattern.compile("\u001b\\[[0-9;]*m");

    /** The width a cell takes on screen: colour codes take none. */
    static int visibleLength(String s) {
        return ANSI.matcher(s).replaceAll("").length();
    }

    static List<List<String>> rows(List<String> header) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        return rows;
    }

    String green(String s) {
        return paint("32", s);
    }

    String red(String s) {
        return paint("31", s);
    }

    String yellow(String s) {
        return paint("33", s);
    }

    String bold(String s) {
        return paint("1", s);
    }

    String dim(String s) {
        return paint("2", s);
    }

    private String paint(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    PrintWriter outWriter() {
        return new PrintWriter(redacting(out), true);
    }

    PrintWriter errWriter() {
        return new PrintWriter(redacting(err), true);
    }

    private static Writer redacting(PrintStream target) {
        return new Writer() {
            private final StringBuilder buffer = new StringBuilder();

            @Override
            public void write(char[] cbuf, int off, int len) {
                buffer.append(cbuf, off, len);
            }

            @Override
            public void flush() {
                target.print(Redactor.redactAll(buffer.toString()));
                target.flush();
                buffer.setLength(0);
            }

            @Override
            public void close() {
                flush();
            }
        };
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
