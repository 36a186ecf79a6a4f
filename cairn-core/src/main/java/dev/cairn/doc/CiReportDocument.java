package dev.cairn.doc;

import dev.cairn.report.CiReport;
import dev.cairn.report.ReportSection;
import java.util.List;

/** {@code cairn ci report --json}: the sections, the Markdown, and where it was written. */
public record CiReportDocument(boolean ok, List<Section> sections, String markdown, String summaryFile, String junit) {

    /** A section; {@code millis} is how long producing it took. */
    public record Section(String id, String title, String status, String summary, long millis, List<Item> items) {
        static Section of(ReportSection s) {
            return new Section(s.id(), s.title(), s.status().label(), s.summary(), s.duration().toMillis(),
                    s.items().stream().map(Item::of).toList());
        }
    }

    /** A row of a section; {@code details} is empty when it has none. */
    public record Item(String name, String status, String message, String details) {
        static Item of(ReportSection.Item i) {
            return new Item(i.name(), i.status().label(), i.message(), i.details());
        }
    }

    public static CiReportDocument of(CiReport r) {
        return new CiReportDocument(r.ok(), r.sections().stream().map(Section::of).toList(), r.markdown(), r.summaryFile(),
                r.junit() == null ? null : r.junit().toString());
    }
}
