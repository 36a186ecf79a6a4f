package dev.cairn.cli;

import dev.cairn.project.Project;
import dev.cairn.events.CompositeEventSink;
import dev.cairn.events.EventSink;
import dev.cairn.events.JsonLinesEventSink;
import dev.cairn.config.Redactor;
import dev.cairn.config.TelemetrySettings;
import dev.cairn.project.TargetSelection;
import dev.cairn.telemetry.TelemetrySinks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: the global options, the console, the project and the event sinks. */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    RootCommand root() {
        return (RootCommand) spec.root().userObject();
    }

    Console console() {
        return root().console;
    }

    @Override
    public final Integer call() throws Exception {
        RootCommand r = root();
        boolean terminal = System.console() != null && !"dumb".equals(r.env.get("TERM"));
        r.console.configure(r.json, terminal && !r.env.containsKey("NO_COLOR") && !r.noColor, terminal);
        if (r.dir == null) {
            // Like git: without --dir, the project is the nearest folder upwards with a cairn.yaml.
            r.dir = findsProject() ? Project.find(Path.of("")).orElse(Path.of(".")) : Path.of(".");
        }
        try {
            return execute();
        } finally {
            closeAll();
        }
    }

    abstract int execute() throws Exception;

    /** Whether, without --dir, the command works on the nearest project upwards (init: the current folder). */
    boolean findsProject() {
        return true;
    }

    Project project() {
        return Project.load(root().dir, root().env);
    }

    /** The database the options select: --env (else $CAIRN_ENV, else local), with --url replacing its URL. */
    TargetSelection selection() {
        return new TargetSelection(root().environment(), root().url);
    }

    /** The database the user pointed the command at (--env, $CAIRN_ENV or --url); null when none was. */
    TargetSelection chosenTarget() {
        boolean chosen = root().environment != null || root().url != null || root().env.containsKey("CAIRN_ENV");
        return chosen ? selection() : null;
    }

    /** {@code local (127.0.0.1:5432/app)}, or just the database when it names itself. */
    static String where(String name, String database) {
        return name.equals(database) ? database : name + " (" + database + ")";
    }

    /**
     * Where the run's events go: to --events FILE when given, to the console as progress lines, and to the
     * selected environment's telemetry sinks (cairn.yaml {@code telemetry:}; a sink's failure is one notice).
     * Called by commands that work on a project, so the project loads here too.
     */
    EventSink eventSink() {
        Project project = project();
        TelemetrySettings telemetry = project.config().telemetry(root().environment()); // a config error fails here, before any file opens
        List<EventSink> sinks = new ArrayList<>();
        sinks.add(new ConsoleEventSink(console()));
        if (root().eventsFile != null) {
            sinks.add(new JsonLinesEventSink(root().eventsFile, Redactor::redactAll));
        }
        Path folder = project.dir().toAbsolutePath().normalize().getFileName();
        sinks.add(TelemetrySinks.open(telemetry, folder == null ? "cairn" : folder.toString(), message -> console().notice(message)));
        EventSink sink = new CompositeEventSink(sinks);
        closeAtEnd(sink);
        return sink;
    }

    private final List<AutoCloseable> closeables = new ArrayList<>();

    void closeAtEnd(AutoCloseable c) {
        closeables.add(c);
    }

    private void closeAll() {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                // Closing at exit: nothing more to report.
            }
        }
        closeables.clear();
    }
}
