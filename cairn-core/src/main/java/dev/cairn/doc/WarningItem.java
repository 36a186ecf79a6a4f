package dev.cairn.doc;

import dev.cairn.diff.Warning;
import java.util.List;

/** A warning of the differ: {@code kind} as the constant's name ({@code DATA_LOSS}), the object, the message. */
public record WarningItem(String kind, String object, String message) {
    public static List<WarningItem> of(List<Warning> warnings) {
        return warnings.stream().map(w -> new WarningItem(w.kind().name(), w.object(), w.message())).toList();
    }
}
