package dev.cairn.report;

import java.time.Duration;
import java.util.List;

/**
 * One part of a pull-request report: the offline checks, the pending migrations, and later drift and lint
 * findings. Every producer turns its own result into sections; the renderers ({@link MarkdownReport},
 * {@link JUnitReport}) know nothing about where they came from.
 *
 * @param id       stable name ({@code check}, {@code pending}, {@code drift}, …): the JUnit test-suite name
 * @param title    heading
 * @param status   the section's verdict (the worst of its items' for checks)
 * @param summary  one paragraph of Markdown under the heading
 * @param items    the rows
 * @param checks   whether the items are pass/fail checks, each becoming a JUnit test case
 * @param duration how long producing it took (shown in the timings)
 */
public record ReportSection(String id, String title, Status status, String summary, List<Item> items, boolean checks,
        Duration duration) {

    public enum Status {
        PASSED("✅"), FAILED("❌"), SKIPPED("⏭️"), INFO("ℹ️");

        private final String icon;

        Status(String icon) {
            this.icon = icon;
        }

        public String icon() {
            return icon;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One row.
     *
     * @param name     e.g. a check's name or a migration's file name
     * @param status   its verdict
     * @param message  one line (Markdown); for a failed check, what is wrong
     * @param details  longer text, shown folded; may be empty
     * @param language the code-fence language of {@code details} ({@code sql}), or empty for Markdown text
     */
    public record Item(String name, Status status, String message, String details, String language) {
        public Item {
            details = details == null ? "" : details;
            language = language == null ? "" : language;
        }

        public static Item of(String name, Status status, String message) {
            return new Item(name, status, message, "", "");
        }
    }

    public ReportSection {
        items = List.copyOf(items);
        duration = duration == null ? Duration.ZERO : duration;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
