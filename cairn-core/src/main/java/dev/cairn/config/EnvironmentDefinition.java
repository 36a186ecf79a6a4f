package dev.cairn.config;

import dev.cairn.CairnException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An environment as written in cairn.yaml: structure and types already checked, variables not yet
 * expanded. Expansion waits for {@link #resolve()} so that an unset {@code STAGING_…} variable does
 * not stop {@code cairn migrate --env local}. Not a record: it holds the process environment, and
 * {@code toString()} must not print it.
 */
public final class EnvironmentDefinition {
    /** One raw string value with where it came from. */
    record RawValue(String text, YamlNode.Position position) {}

    private final String name;
    private final Path file;
    private final YamlNode.Position position;
    private final Map<String, RawValue> values;
    private final Map<String, String> variables;
    private final Integer postgresVersion;

    /**
     * The nested sections of an environment: its own map (for {@code approval}, {@code snapshot}, {@code app},
     * {@code canary}, {@code rollback}, {@code telemetry}) and the project's {@code telemetry:}; either may be null.
     */
    record Sections(YamlNode.Mapping environment, YamlNode projectTelemetry) {
        static final Sections NONE = new Sections(null, null);

        /** The variables referenced in the sections (snapshot keys, telemetry secrets…), in file order. */
        List<String> variablesUsed() {
            List<String> names = new ArrayList<>();
            if (environment != null) {
                environment.entries().values().stream()
                        .filter(e -> e.value() instanceof YamlNode.Mapping).forEach(e -> collect(e.value(), names));
            }
            if (projectTelemetry != null) {
                collect(projectTelemetry, names);
            }
            return names;
        }

        private static void collect(YamlNode node, List<String> names) {
            if (node instanceof YamlNode.Mapping m) {
                m.entries().values().forEach(e -> collect(e.value(), names));
            } else if (node instanceof YamlNode.Sequence s) {
                s.items().forEach(i -> collect(i, names));
            } else if (node instanceof YamlNode.Scalar s && !s.isNull()) {
                try {
                    names.addAll(Interpolation.expand(s.text(), Map.of()).referenced());
                } catch (IllegalArgumentException e) {
                    // reported when the section is read
                }
            }
        }

        DeploySettings deploy(Path file, Map<String, String> variables, boolean strict, String name) {
            if (environment == null) {
                return DeploySettings.NONE;
            }
            return DeploySettingsReader.read(new SectionReader(file, variables, strict, environment, "environments." + name),
                    file.getParent(), name);
        }

        TelemetrySettings telemetry(Path file, Map<String, String> variables, boolean strict, String name) {
            TelemetrySettings project = projectTelemetry == null ? TelemetrySettings.NONE
                    : TelemetrySettingsReader.read(new SectionReader(file, variables, strict, projectTelemetry, "telemetry"),
                            file.getParent());
            YamlNode.Entry own = environment == null ? null : environment.entries().get("telemetry");
            if (own == null || own.value() instanceof YamlNode.Scalar s && s.isNull()) {
                return project;
            }
            return project.overriddenBy(TelemetrySettingsReader.read(new SectionReader(file, variables, strict,
                    own.value(), "environments." + name + ".telemetry"), file.getParent()));
        }
    }

    private final Sections sections;

    EnvironmentDefinition(String name, Path file, YamlNode.Position position, Map<String, RawValue> values,
            Map<String, String> variables) {
        this(name, file, position, values, variables, null, Sections.NONE);
    }

    EnvironmentDefinition(String name, Path file, YamlNode.Position position, Map<String, RawValue> values,
            Map<String, String> variables, Integer postgresVersion, Sections sections) {
        this.sections = sections;
        this.postgresVersion = postgresVersion;
        this.name = name;
        this.file = file;
        this.position = position;
        this.values = Map.copyOf(values);
        this.variables = variables;
    }

    public String name() {
        return name;
    }

    /** This environment's {@code postgres.version}; null when it does not set one. */
    public Integer postgresVersion() {
        return postgresVersion;
    }

    /** The variables its values use ({@code ${STAGING_DATABASE_URL}}), in file order, each once. */
    public List<String> variablesUsed() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        values.values().stream().sorted(java.util.Comparator.comparingInt((RawValue v) -> v.position().line()))
                .forEach(v -> {
                    try {
                        names.addAll(Interpolation.expand(v.text(), Map.of()).referenced());
                    } catch (IllegalArgumentException e) {
                        // reported when the environment is resolved
                    }
                });
        sections.variablesUsed().forEach(names::add);
        return List.copyOf(names);
    }

    /** This environment's deploy settings, variables expanded. */
    public DeploySettings deploy() {
        return sections.deploy(file, variables, true, name);
    }

    /** The project's telemetry with this environment's sinks replacing those of the same kind, variables expanded. */
    public TelemetrySettings telemetry() {
        return sections.telemetry(file, variables, true, name);
    }

    /** Where the environment is defined, e.g. {@code /p/cairn.yaml:9:3}; the file alone for the implicit local. */
    public String location() {
        return position == null ? file.toString() : at(position);
    }

    /**
     * Expands variables and builds the environment.
     *
     * @throws CairnException (USAGE) naming each unset variable with its key and line, or a value
     *     that became invalid after expansion
     */
    public EnvironmentConfig resolve() {
        Map<String, String> resolved = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<Map.Entry<String, RawValue>> inFileOrder = new ArrayList<>(values.entrySet());
        inFileOrder.sort(java.util.Comparator.comparingInt((Map.Entry<String, RawValue> e) -> e.getValue().position().line())
                .thenComparingInt(e -> e.getValue().position().column()));
        for (var e : inFileOrder) {
            String raw = e.getValue().text();
            // Credentials substituted into a URL are percent-encoded, so reserved characters in a
            // password cannot re-split the URL (and put part of the password where it gets printed).
            Interpolation.Result r = e.getKey().equals("url")
                    ? Interpolation.expand(raw, variables, PostgresUrl.credentialEncoder(raw))
                    : Interpolation.expand(raw, variables);
            for (String missing : r.missing()) {
                problems.add(at(e.getValue().position()) + ": " + keyPath(e.getKey()) + " uses ${" + missing
                        + "}, which is not set; export " + missing + " or give a default with ${" + missing
                        + ":-value}");
            }
            resolved.put(e.getKey(), r.value());
        }
        if (!problems.isEmpty()) {
            throw CairnException.usage(String.join("; ", problems) + ".");
        }
        String url = resolved.getOrDefault("url", EnvironmentConfig.EMBEDDED);
        if (url.isBlank()) {
            throw CairnException.usage(at(values.get("url").position()) + ": " + keyPath("url")
                    + " is empty after expanding variables; set it to embedded or a jdbc:postgresql:// URL.");
        }
        try {
            PostgresUrl.parse(url);
        } catch (IllegalArgumentException ex) {
            throw CairnException.usage(at(values.get("url").position()) + ": " + keyPath("url") + ": "
                    + Redactor.redact(ex.getMessage(), secretsIn(resolved)));
        }
        String password = resolved.get("password");
        return new EnvironmentConfig(
                name,
                url,
                emptyToNull(resolved.get("user")),
                password == null ? null : Secret.of(password),
                emptyToNull(resolved.get("defaultSchema")),
                duration(resolved, "lockTimeout"),
                duration(resolved, "statementTimeout"),
                duration(resolved, "timeout"),
                lockRetries(resolved));
    }

    /** {@code lockRetries} and {@code lockRetryBackoff}; null when neither is set. */
    private LockRetries lockRetries(Map<String, String> resolved) {
        String count = resolved.get("lockRetries");
        Duration backoff = duration(resolved, "lockRetryBackoff");
        if (count == null && backoff == null) {
            return null;
        }
        int retries = LockRetries.DEFAULT.retries();
        if (count != null) {
            try {
                retries = ConfigLoader.lockRetries(count);
            } catch (IllegalArgumentException e) {
                throw CairnException.usage(at(values.get("lockRetries").position()) + ": " + keyPath("lockRetries") + ": "
                        + e.getMessage() + ".");
            }
        }
        return new LockRetries(retries, backoff == null ? LockRetries.DEFAULT_BACKOFF : backoff);
    }

    private Duration duration(Map<String, String> resolved, String key) {
        String text = resolved.get(key);
        if (text == null) {
            return null;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw CairnException.usage(at(values.get(key).position()) + ": " + keyPath(key) + ": " + e.getMessage() + ".");
        }
    }

    private static List<String> secretsIn(Map<String, String> resolved) {
        String p = resolved.get("password");
        return p == null ? List.of() : List.of(p);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private String keyPath(String key) {
        return "environments." + name + "." + key;
    }

    private String at(YamlNode.Position p) {
        return file + ":" + p.line() + ":" + p.column();
    }

    @Override
    public String toString() {
        return "EnvironmentDefinition[" + name + " at " + location() + "]";
    }
}
