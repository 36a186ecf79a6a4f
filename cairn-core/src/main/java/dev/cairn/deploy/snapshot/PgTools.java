package dev.cairn.deploy.snapshot;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a pg_dump or pg_restore able to work with a server: its major must be at least the server's (pg_dump refuses
 * a newer server). The configured path only; else the one on PATH, then the usual per-major install folders.
 */
final class PgTools {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)");

    private PgTools() {}

    /** A tool found, with the major its {@code --version} reports. */
    record Tool(String path, int major) {}

    /**
     * @param tool {@code pg_dump} or {@code pg_restore}
     * @param configured nullable: the {@code snapshot.pgDump}/{@code pgRestore} setting, then the only candidate
     * @param settingKey that setting's name, for the message
     * @param needed the lowest major that works
     * @param why what the major is needed for, e.g. {@code the server of environment 'prod' runs PostgreSQL 17}
     */
    static Tool find(String tool, String configured, String settingKey, int needed, String why) {
        List<String> candidates = configured != null && !configured.isBlank() ? List.of(configured) : candidates(tool, needed);
        List<String> found = new ArrayList<>();
        for (String candidate : candidates) {
            Integer major = major(candidate);
            if (major == null) {
                continue;
            }
            if (major >= needed) {
                return new Tool(candidate, major);
            }
            found.add(tool + " " + major + " (" + candidate + ")");
        }
        String seen = found.isEmpty()
                ? (configured != null && !configured.isBlank() ? "snapshot." + settingKey + " is " + configured
                        + ", which does not run" : "no " + tool + " on PATH or in /usr/lib/postgresql/*/bin")
                : "found only " + String.join(", ", found);
        throw new CairnException(ExitCode.USAGE, "No " + tool + " of PostgreSQL " + needed + " or newer: " + why
                + ", and " + tool + " refuses a server (or an archive) newer than itself; " + seen + ". Install the"
                + " client tools of that major (e.g. apt-get install postgresql-client-" + needed + ", or brew install"
                + " postgresql@" + needed + ") or set snapshot." + settingKey + " in cairn.yaml to its " + tool + ".");
    }

    private static List<String> candidates(String tool, int needed) {
        Set<String> all = new LinkedHashSet<>();
        all.add(tool);
        all.add("/usr/lib/postgresql/" + needed + "/bin/" + tool);
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> majors = Files.list(debian)) {
                majors.map(p -> p.resolve("bin").resolve(tool)).filter(Files::isExecutable)
                        .sorted(Comparator.comparing(Path::toString).reversed()).forEach(p -> all.add(p.toString()));
            } catch (IOException ignored) {
                // nothing more to offer
            }
        }
        all.add("/usr/pgsql-" + needed + "/bin/" + tool);
        all.add("/opt/homebrew/opt/postgresql@" + needed + "/bin/" + tool);
        all.add("/usr/local/opt/postgresql@" + needed + "/bin/" + tool);
        return new ArrayList<>(all);
    }

    /** The major {@code tool --version} reports; null when it does not run. */
    static Integer major(String tool) {
        try {
            ChildProcess.Result r = ChildProcess.run(List.of(tool, "--version"), null, Map.of(), List.of());
            Matcher m = VERSION.matcher(r.tail());
            return r.ok() && m.find() ? Integer.valueOf(m.group(1)) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
