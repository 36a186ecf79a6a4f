package dev.cairn.report;

import java.time.Duration;
import java.util.List;

/** Renders sections as GitHub-flavoured Markdown: a verdict table, then each section, long text folded. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(String title, List<ReportSection> sections, Duration total) {
        StringBuilder md = new StringBuilder();
        boolean failed = sections.stream().anyMatch(ReportSection::failed);
        md.append("## ").append(failed ? "❌ " : "✅ ").append(title).append("\n\n");
        md.append("| | section | result | time |\n|---|---|---|---|\n");
        for (ReportSection s : sections) {
            md.append("| ").append(s.status().icon()).append(" | ").append(cell(s.title())).append(" | ")
                    .append(s.status().label()).append(" | ").append(millis(s.duration())).append(" |\n");
        }
        md.append("\n");
        for (ReportSection s : sections) {
            md.append("### ").append(s.status().icon()).append(' ').append(s.title()).append("\n\n");
            if (!s.summary().isBlank()) {
                md.append(s.summary().strip()).append("\n\n");
            }
            for (ReportSection.Item item : s.items()) {
                if (item.details().isEmpty()) {
                    md.append("- ").append(item.status().icon()).append(" **").append(escape(item.name())).append("**")
                            .append(item.message().isBlank() ? "" : " — " + item.message().strip()).append('\n');
                } else {
                    md.append("<details><summary>").append(item.status().icon()).append(' ')
                            .append(html(item.name())).append(item.message().isBlank() ? "" : " — " + html(item.message()))
                            .append("</summary>\n\n");
                    if (item.language().isEmpty()) {
                        md.append(item.details().strip()).append("\n\n");
                    } else {
                        String fence = fence(item.details());
                        md.append(fence).append(item.language()).append('\n').append(item.details().strip()).append('\n')
                                .append(fence).append("\n\n");
                    }
                    md.append("</details>\n");
                }
            }
            md.append('\n');
        }
        md.append("<sub>Cairn · ").append(millis(total)).append(" in all</sub>\n");
        return md.toString();
    }

    /** A code fence longer than any run of backticks inside the text. */
    private static String fence(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static String millis(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String escape(String s) {
        return s.replace("*", "\\*").replace("_", "\\_");
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
