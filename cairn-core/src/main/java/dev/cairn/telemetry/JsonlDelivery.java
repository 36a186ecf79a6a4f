package dev.cairn.telemetry;

import dev.cairn.events.Event;
import dev.cairn.events.EventSink;
import java.io.PrintStream;
import java.util.List;

/** {@code jsonl}: one JSON object per line, to a file (through {@code JsonLinesEventSink}) or to standard output. */
final class JsonlDelivery implements Delivery {
    private final EventSink file;
    private final PrintStream out;
    private final String describe;

    private JsonlDelivery(EventSink file, PrintStream out, String describe) {
        this.file = file;
        this.out = out;
        this.describe = describe;
    }

    static JsonlDelivery toFile(EventSink file, String name) {
        return new JsonlDelivery(file, null, "jsonl file " + name);
    }

    static JsonlDelivery toStdout(PrintStream out) {
        return new JsonlDelivery(null, out, "jsonl on standard output");
    }

    @Override
    public void deliver(List<Event> batch) {
        for (Event e : batch) {
            if (file != null) {
                file.emit(e);
            } else {
                out.println(EventDocument.json(e)); // one println: a line is never split by other output
            }
        }
    }

    @Override
    public void finish() {
        if (file != null) {
            file.close();
        } else {
            out.flush();
        }
    }

    @Override
    public String describe() {
        return describe;
    }
}
