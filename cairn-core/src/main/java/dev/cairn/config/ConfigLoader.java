package dev.cairn.config;

import dev.cairn.CairnException;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads cairn.yaml. Everything that does not depend on variables (keys, types, environment names,
 * literal durations and URLs) is checked here for every environment; variables in the project-level
 * keys are expanded here, those in environments when one is selected.
 */
public final class ConfigLoader {
    static final List<String> TOP_KEYS =
            List.of("schema", "schemaFiles", "migrations", "history", "catalog", "pull", "drift", "postgres", "telemetry", "environments");
    static final List<String> POSTGRES_KEYS = List.of("version");
    static final List<String> HISTORY_KEYS = List.of("schema", "table");
    static final List<String> CATALOG_KEYS = List.of("schemas", "excludeSchemas", "ownership", "privileges");
    static final List<String> PULL_KEYS = List.of("layout");
    static final List<String> DRIFT_KEYS = List.of("ignore", "ignoreSchemas");
    static final List<String> PULL_LAYOUTS = List.of(CairnConfig.PULL_BY_SCHEMA, CairnConfig.PULL_BY_TABLE);
    static final List<String> ENV_KEYS = java.util.stream.Stream.of(List.of("url", "user", "password", "defaultSchema",
                    "lockTimeout", "statementTimeout", "timeout", "lockRetries", "lockRetryBackoff", "postgres", "telemetry"),
                    DeploySettingsReader.KEYS)
            .flatMap(List::stream).toList();
    /** Environment keys holding nested sections, read by their own readers rather than as flat text. */
    private static final List<String> SECTION_KEYS = java.util.stream.Stream.of(List.of("postgres", "telemetry"),
            DeploySettingsReader.KEYS).flatMap(List::stream).toList();
    private static final List<String> DURATION_KEYS = List.of("lockTimeout", "statementTimeout", "timeout", "lockRetryBackoff");
    private static final String LOCK_RETRIES = "lockRetries";
    /** Names appear in --env and in directories under .cairn/, so keep them to a portable set. */
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final String LOCAL = "local";

    private final Path file;
    private final Map<String, String> variables;
    /** The project-wide {@code telemetry:} section; null when there is none. */
    private YamlNode projectTelemetry;

    private ConfigLoader(Path file, Map<String, String> variables) {
        this.file = file;
        this.variables = variables;
    }

    /**
     * @param env the process environment ({@code System.getenv()}); a map in tests
     * @throws CairnException (USAGE) for any problem, naming file and line
     */
    public static CairnConfig load(Path projectDir, Map<String, String> env) {
        Path dir = projectDir.toAbsolutePath().normalize();
        Path file = dir.resolve(CairnConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw CairnException.usage("no " + CairnConfig.FILE_NAME + " in " + dir
                    + " (without --dir, Cairn also looks in the folders above the current one): run `cairn init`"
                    + " there to create a project, or pass --dir with the project's folder.");
        }
        return new ConfigLoader(file, Map.copyOf(env)).load(dir);
    }

    private CairnConfig load(Path dir) {
        YamlNode root = YamlReader.read(file);
        YamlNode.Mapping top = root == null || isNull(root) ? emptyMap() : mapping(root, "the top level");
        checkKeys(top, "", TOP_KEYS);

        String schema = projectString(top, "schema", "schema");
        String migrations = projectString(top, "migrations", "migrations");
        String historySchema = null;
        String historyTable = CairnConfig.DEFAULT_HISTORY_TABLE;
        YamlNode.Entry history = top.entries().get("history");
        if (history != null && !isNull(history.value())) {
            YamlNode.Mapping h = mapping(history.value(), "history");
            checkKeys(h, "history.", HISTORY_KEYS);
            historySchema = projectString(h, "history.", "schema", null);
            historyTable = projectString(h, "history.", "table", CairnConfig.DEFAULT_HISTORY_TABLE);
        }

        List<String> schemaFiles = schemaFiles(top.entries().get("schemaFiles"));
        CatalogSettings catalog = CatalogSettings.DEFAULT;
        YamlNode.Entry cat = top.entries().get("catalog");
        if (cat != null && !isNull(cat.value())) {
            YamlNode.Mapping m = mapping(cat.value(), "catalog");
            checkKeys(m, "catalog.", CATALOG_KEYS);
            catalog = new CatalogSettings(names(m.entries().get("schemas"), "catalog.schemas"),
                    names(m.entries().get("excludeSchemas"), "catalog.excludeSchemas"),
                    bool(m.entries().get("ownership"), "catalog.ownership"),
                    bool(m.entries().get("privileges"), "catalog.privileges"));
        }
        String pullLayout = CairnConfig.PULL_BY_SCHEMA;
        YamlNode.Entry pull = top.entries().get("pull");
        if (pull != null && !isNull(pull.value())) {
            YamlNode.Mapping m = mapping(pull.value(), "pull");
            checkKeys(m, "pull.", PULL_KEYS);
            YamlNode.Entry layout = m.entries().get("layout");
            String value = layout == null ? null : text(layout, "pull.layout");
            if (value != null) {
                if (!PULL_LAYOUTS.contains(value)) {
                    throw error(layout.value().position(), "pull.layout must be " + String.join(" or ", PULL_LAYOUTS)
                            + " (one file per schema, or per table), but it is '" + value + "'"
                            + Suggestions.closest(value, PULL_LAYOUTS).map(g -> " (did you mean " + g + "?)").orElse("") + ".");
                }
                pullLayout = value;
            }
        }

        DriftSettings drift = DriftSettings.DEFAULT;
        YamlNode.Entry driftEntry = top.entries().get("drift");
        if (driftEntry != null && !isNull(driftEntry.value())) {
            YamlNode.Mapping m = mapping(driftEntry.value(), "drift");
            checkKeys(m, "drift.", DRIFT_KEYS);
            drift = new DriftSettings(patterns(m.entries().get("ignore"), "drift.ignore"),
                    patterns(m.entries().get("ignoreSchemas"), "drift.ignoreSchemas"));
        }

        Integer postgresVersion = postgresVersion(top.entries().get("postgres"), "postgres");
        YamlNode.Entry telemetryEntry = top.entries().get("telemetry");
        projectTelemetry = telemetryEntry == null || isNull(telemetryEntry.value()) ? null : telemetryEntry.value();
        if (projectTelemetry != null) {
            TelemetrySettingsReader.read(new SectionReader(file, variables, false, projectTelemetry, "telemetry"), dir);
        }

        Map<String, EnvironmentDefinition> environments = new LinkedHashMap<>();
        YamlNode.Entry envs = top.entries().get("environments");
        if (envs != null && !isNull(envs.value())) {
            for (YamlNode.Entry e : mapping(envs.value(), "environments").entries().values()) {
                environments.put(e.key(), environment(e));
            }
        }
        // Zero set-up: `cairn migrate` works on a fresh project without listing local.
        environments.putIfAbsent(LOCAL, new EnvironmentDefinition(LOCAL, file, null, Map.of(), variables, null,
                new EnvironmentDefinition.Sections(null, projectTelemetry)));

        return new CairnConfig(dir, file, dir.resolve(schema).normalize(), dir.resolve(migrations).normalize(),
                historySchema, historyTable, environments, schemaFiles, catalog, pullLayout, drift, postgresVersion);
    }

    /** {@code schemaFiles:} a list of relative file names under the schema directory, each listed once. */
    private List<String> schemaFiles(YamlNode.Entry entry) {
        List<String> files = names(entry, "schemaFiles");
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<YamlNode> items = files.isEmpty() ? List.of()
                : entry.value() instanceof YamlNode.Sequence s ? s.items() : List.of(entry.value());
        for (int i = 0; i < files.size(); i++) {
            String f = files.get(i);
            YamlNode.Position at = items.get(i).position();
            java.nio.file.Path p;
            try {
                p = java.nio.file.Path.of(f);
            } catch (java.nio.file.InvalidPathException e) {
                throw error(at, "schemaFiles: '" + f + "' is not a file name: " + e.getReason() + ".");
            }
            if (p.isAbsolute() || p.normalize().startsWith("..")) {
                throw error(at, "schemaFiles: '" + f + "' must be a path inside the schema directory, relative to it"
                        + " (for example tables.sql or tables/orders.sql).");
            }
            if (!seen.add(p.normalize().toString())) {
                throw error(at, "schemaFiles lists '" + f + "' twice; list each file once, in the order to load them.");
            }
        }
        return files;
    }

    /** Glob patterns on qualified names: letters, digits, _, $, ., -, * and ? only (no spaces or quotes). */
    private List<String> patterns(YamlNode.Entry e, String key) {
        List<String> values = names(e, key);
        List<YamlNode> items = values.isEmpty() ? List.of()
                : e.value() instanceof YamlNode.Sequence s ? s.items() : List.of(e.value());
        for (int i = 0; i < values.size(); i++) {
            String p = values.get(i);
            if (!GLOB.matcher(p).matches()) {
                throw error(items.get(i).position(), key + " items are glob patterns on qualified names, like"
                        + " public.legacy_* or audit (letters, digits, _ $ - . * ?), but '" + p + "' is not one.");
            }
        }
        return values;
    }

    private static final Pattern GLOB = Pattern.compile("[\\p{L}\\p{N}_$.*?-]+");

    /** A list of non-empty strings (a single string is accepted as a list of one); null or absent is empty. */
    private List<String> names(YamlNode.Entry e, String key) {
        if (e == null || isNull(e.value())) {
            return List.of();
        }
        List<YamlNode> items = e.value() instanceof YamlNode.Sequence s ? s.items() : List.of(e.value());
        List<String> out = new java.util.ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s) || s.token() != JsonToken.VALUE_STRING || s.text().isBlank()) {
                throw error(item.position(), key + " must be a list of names, like [public, app], but an item is "
                        + (item instanceof YamlNode.Scalar s && s.token() == JsonToken.VALUE_STRING ? "empty" : item.kind())
                        + ".");
            }
            out.add(s.text());
        }
        return out;
    }

    /** true or false; absent or empty means false. */
    private boolean bool(YamlNode.Entry e, String key) {
        if (e == null || isNull(e.value())) {
            return false;
        }
        if (e.value() instanceof YamlNode.Scalar s) {
            if (s.token() == JsonToken.VALUE_TRUE) {
                return true;
            }
            if (s.token() == JsonToken.VALUE_FALSE) {
                return false;
            }
        }
        throw error(e.value().position(), key + " must be true or false, but it is " + e.value().kind() + ".");
    }

    private EnvironmentDefinition environment(YamlNode.Entry entry) {
        String name = entry.key();
        String path = "environments." + name;
        if (!ENV_NAME.matcher(name).matches()) {
            throw error(entry.keyPosition(), "environment name '" + name + "' is not allowed; names start with a"
                    + " letter or digit and use only letters, digits, '-' and '_' (they appear in --env and in"
                    + " directory names).");
        }
        YamlNode.Mapping m = isNull(entry.value()) ? emptyMap() : mapping(entry.value(), path);
        checkKeys(m, path + ".", ENV_KEYS);
        Map<String, EnvironmentDefinition.RawValue> values = new LinkedHashMap<>();
        Integer postgresVersion = postgresVersion(m.entries().get("postgres"), path + ".postgres");
        for (YamlNode.Entry e : m.entries().values()) {
            if (SECTION_KEYS.contains(e.key())) {
                continue;
            }
            String key = path + "." + e.key();
            boolean duration = DURATION_KEYS.contains(e.key());
            String text = duration ? durationText(e, key) : e.key().equals(LOCK_RETRIES) ? countText(e, key) : text(e, key);
            if (text == null) {
                continue; // `key:` with no value means "use the default"
            }
            validateLiteral(e, key, text, duration);
            values.put(e.key(), new EnvironmentDefinition.RawValue(text, e.value().position()));
        }
        if (!values.containsKey("url") && !name.equals(LOCAL)) {
            throw error(entry.keyPosition(), path + " has no url; set url: to embedded, a jdbc:postgresql:// URL"
                    + " or ${SOME_VARIABLE}.");
        }
        // Deploy and telemetry sections: checked now as far as unset variables allow, read in full when selected.
        EnvironmentDefinition.Sections sections = new EnvironmentDefinition.Sections(m, projectTelemetry);
        sections.deploy(file, variables, false, name);
        sections.telemetry(file, variables, false, name);
        return new EnvironmentDefinition(name, file, entry.keyPosition(), values, variables, postgresVersion, sections);
    }

    /** {@code postgres: { version: 16 }}: a supported major, or null when the section or the key is absent. */
    private Integer postgresVersion(YamlNode.Entry section, String path) {
        if (section == null || isNull(section.value())) {
            return null;
        }
        YamlNode.Mapping m = mapping(section.value(), path);
        checkKeys(m, path + ".", POSTGRES_KEYS);
        YamlNode.Entry version = m.entries().get("version");
        if (version == null || isNull(version.value())) {
            return null;
        }
        String supported = CairnConfig.POSTGRES_MAJORS.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        if (version.value() instanceof YamlNode.Scalar s && (s.token() == JsonToken.VALUE_NUMBER_INT
                || s.token() == JsonToken.VALUE_STRING && s.text().matches("\\d{1,3}"))) {
            int major = Integer.parseInt(s.text());
            if (CairnConfig.POSTGRES_MAJORS.contains(major)) {
                return major;
            }
            throw error(version.value().position(), path + ".version is " + major + ", but Cairn runs PostgreSQL "
                    + supported + "; set the major your servers run.");
        }
        throw error(version.value().position(), path + ".version must be a PostgreSQL major version such as 16 (one of "
                + supported + "), but it is " + version.value().kind() + ".");
    }

    /**
     * Checks what can be checked before variables are known: reference syntax always, and the
     * value itself when it uses no variables.
     */
    private void validateLiteral(YamlNode.Entry e, String key, String text, boolean duration) {
        Interpolation.Result r;
        try {
            r = Interpolation.expand(text, Map.of());
        } catch (IllegalArgumentException ex) {
            throw error(e.value().position(), key + ": " + ex.getMessage() + ".");
        }
        if (!r.referenced().isEmpty()) {
            return;
        }
        try {
            if (duration) {
                Durations.parse(r.value());
            } else if (e.key().equals("url")) {
                PostgresUrl.parse(r.value());
            } else if (e.key().equals(LOCK_RETRIES)) {
                lockRetries(r.value());
            }
        } catch (IllegalArgumentException ex) {
            throw error(e.value().position(), key + ": " + ex.getMessage() + ".");
        }
    }

    /** A project-level string: expanded now, since every command needs it. */
    private String projectString(YamlNode.Mapping m, String key, String dflt) {
        return projectString(m, "", key, dflt);
    }

    private String projectString(YamlNode.Mapping m, String prefix, String key, String dflt) {
        YamlNode.Entry e = m.entries().get(key);
        if (e == null) {
            return dflt;
        }
        String raw = text(e, prefix + key);
        if (raw == null) {
            return dflt;
        }
        Interpolation.Result r;
        try {
            r = Interpolation.expand(raw, variables);
        } catch (IllegalArgumentException ex) {
            throw error(e.value().position(), prefix + key + ": " + ex.getMessage() + ".");
        }
        if (!r.missing().isEmpty()) {
            String v = r.missing().get(0);
            throw error(e.value().position(), prefix + key + " uses ${" + v + "}, which is not set; export " + v
                    + " or give a default with ${" + v + ":-value}.");
        }
        if (r.value().isBlank()) {
            throw error(e.value().position(), prefix + key + " is empty; remove the key to use the default"
                    + (dflt == null ? "" : " (" + dflt + ")") + ".");
        }
        return r.value();
    }

    /** A string value, or null for an empty one; anything else is a type error. */
    private String text(YamlNode.Entry e, String key) {
        if (e.value() instanceof YamlNode.Scalar s) {
            if (s.isNull()) {
                return null;
            }
            if (s.token() == JsonToken.VALUE_STRING) {
                return s.text();
            }
        }
        // Never echo the value: it may be a password.
        throw error(e.value().position(), key + " must be text, but it is " + e.value().kind()
                + (e.value() instanceof YamlNode.Scalar ? "; put it in quotes if you mean it as text." : "."));
    }

    /** {@code lockRetries}: a YAML whole number, or text (a variable) that becomes one. */
    private String countText(YamlNode.Entry e, String key) {
        if (e.value() instanceof YamlNode.Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT) {
            return s.text();
        }
        if (e.value() instanceof YamlNode.Scalar s && s.token() != JsonToken.VALUE_STRING && !s.isNull()) {
            throw error(e.value().position(), key + " must be a whole number from 0 to " + LockRetries.MAX_RETRIES
                    + " (how many times a migration that timed out waiting for a lock is run again), but it is "
                    + s.kind() + " (" + s.text() + ").");
        }
        return text(e, key);
    }

    /** The number of lock retries written as {@code text}; the message says what is wrong with it. */
    static int lockRetries(String text) {
        String t = text.trim();
        if (!t.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + t + "' is not a number of retries; write a whole number from 0 to "
                    + LockRetries.MAX_RETRIES + " (0, the default, means a lock timeout fails the migration at once)");
        }
        int n = Integer.parseInt(t);
        if (n > LockRetries.MAX_RETRIES) {
            throw new IllegalArgumentException(n + " is more than " + LockRetries.MAX_RETRIES + "; a migration that"
                    + " keeps timing out is better stopped so someone finds the blocking session (raise lockTimeout"
                    + " instead, or set at most " + LockRetries.MAX_RETRIES + ")");
        }
        return n;
    }

    /** Durations are text like 5s; a bare 0 (a YAML number) means off. */
    private String durationText(YamlNode.Entry e, String key) {
        if (e.value() instanceof YamlNode.Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT) {
            if (s.text().equals("0")) {
                return "0";
            }
            throw error(e.value().position(), key + ": " + s.text() + " has no unit; write " + s.text() + "s, "
                    + s.text() + "ms, " + s.text() + "m or " + s.text() + "h (0 means off).");
        }
        if (e.value() instanceof YamlNode.Scalar s && s.token() != JsonToken.VALUE_STRING && !s.isNull()) {
            throw error(e.value().position(), key + " must be a duration such as 500ms, 5s, 5m, 1h30m or 0 (off),"
                    + " but it is " + s.kind() + " (" + s.text() + ").");
        }
        return text(e, key);
    }

    private void checkKeys(YamlNode.Mapping m, String prefix, List<String> known) {
        for (YamlNode.Entry e : m.entries().values()) {
            if (!known.contains(e.key())) {
                Optional<String> guess = Suggestions.closest(e.key(), known);
                String where = prefix.isEmpty() ? "at the top level" : "in " + prefix.substring(0, prefix.length() - 1);
                throw error(e.keyPosition(), "unknown key " + prefix + e.key()
                        + guess.map(g -> " (did you mean " + g + "?)").orElse("")
                        + "; the keys allowed " + where + " are " + String.join(", ", known) + ".");
            }
        }
    }

    private YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        throw error(node.position(), what + " must be a map of key: value lines, but it is " + node.kind() + ".");
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.isNull();
    }

    private static YamlNode.Mapping emptyMap() {
        return new YamlNode.Mapping(new YamlNode.Position(1, 1), Map.of());
    }

    private CairnException error(YamlNode.Position p, String message) {
        return CairnException.usage(file + ":" + p.line() + ":" + p.column() + ": " + message);
    }
}
