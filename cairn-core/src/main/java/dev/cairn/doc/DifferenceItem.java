package dev.cairn.doc;

import dev.cairn.drift.Difference;
import java.util.List;

/**
 * One way two schemas differ: {@code kind} (missing, unexpected, changed), {@code objectType}, {@code object},
 * {@code attribute}, {@code expected}, {@code actual}, and the readable {@code line}.
 */
public record DifferenceItem(String kind, String objectType, String object, String attribute, String expected,
        String actual, String line) {

    public static DifferenceItem of(Difference d) {
        return new DifferenceItem(d.kind().json(), d.objectType(), d.object(), d.attribute(), d.expected(), d.actual(), d.line());
    }

    public static List<DifferenceItem> of(List<Difference> differences) {
        return differences.stream().map(DifferenceItem::of).toList();
    }
}
