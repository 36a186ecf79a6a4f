package dev.cairn.config;

import com.fasterxml.jackson.core.JsonToken;
import dev.cairn.CairnException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads from one nested map of cairn.yaml (such as {@code environments.production.canary}), with variables
 * expanded and every error naming file, line and key path. A <em>lenient</em> reader is used when the file loads:
 * it checks structure, types and every value that uses no unset variable; a strict one when an environment is
 * selected, where an unset variable is an error.
 */
final class SectionReader {
    private final java.nio.file.Path file;
    private final Map<String, String> variables;
    private final boolean strict;
    private final YamlNode.Mapping map;
    private final String path;

    SectionReader(java.nio.file.Path file, Map<String, String> variables, boolean strict, YamlNode node, String path) {
        this.file = file;
        this.variables = variables;
        this.strict = strict;
        this.path = path;
        if (!(node instanceof YamlNode.Mapping m)) {
            throw error(node.position(), path + " must be a map of key: value lines, but it is " + node.kind() + ".");
        }
        this.map = m;
    }

    String path() {
        return path;
    }

    YamlNode.Position position() {
        return map.position();
    }

    boolean has(String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e != null && !isNull(e.value());
    }

    /** Refuses keys outside {@code known}, suggesting the closest one. */
    SectionReader keys(List<String> known) {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                throw error(e.keyPosition(), "unknown key " + path + "." + e.key()
                        + Suggestions.closest(e.key(), known).map(g -> " (did you mean " + g + "?)").orElse("")
                        + "; the keys allowed in " + path + " are " + String.join(", ", known) + ".");
            }
        }
        return this;
    }

    /** The nested map under {@code key}, if present. */
    Optional<SectionReader> section(String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e == null || isNull(e.value()) ? Optional.empty()
                : Optional.of(new SectionReader(file, variables, strict, e.value(), path + "." + key));
    }

    /**
     * The expanded text of a scalar (numbers and booleans as written); empty when absent, when a lenient reader meets
     * an unset variable, or when the value expands to nothing.
     */
    Optional<String> text(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null || isNull(e.value())) {
            return Optional.empty();
        }
        if (!(e.value() instanceof YamlNode.Scalar s)) {
            throw error(e.value().position(), key(key) + " must be text, but it is " + e.value().kind() + ".");
        }
        Interpolation.Result r;
        try {
            r = Interpolation.expand(s.text(), variables);
        } catch (IllegalArgumentException ex) {
            throw error(e.value().position(), key(key) + ": " + ex.getMessage() + ".");
        }
        if (!r.missing().isEmpty()) {
            if (!strict) {
                return Optional.empty();
            }
            String v = r.missing().get(0);
            throw error(e.value().position(), key(key) + " uses ${" + v + "}, which is not set; export " + v
                    + " or give a default with ${" + v + ":-value}.");
        }
        return r.value().isEmpty() ? Optional.empty() : Optional.of(r.value());
    }

    /** Like {@link #text} but the value must be there (when strict; a lenient reader accepts an unset variable). */
    String required(String key, String example) {
        Optional<String> v = text(key);
        if (v.isPresent()) {
            return v.get();
        }
        if (!strict && map.entries().containsKey(key) && !isNull(map.entries().get(key).value())) {
            return null;
        }
        YamlNode.Entry e = map.entries().get(key);
        throw error(e == null ? map.position() : e.value().position(), key(key) + " is required"
                + (e == null ? "" : " but empty") + "; for example " + key + ": " + example + ".");
    }

    /** A secret: registered with the {@link Redactor} at once, so nothing printed afterwards can contain it. */
    Optional<Secret> secret(String key) {
        return text(key).map(v -> {
            Redactor.register(v);
            return Secret.of(v);
        });
    }

    Duration duration(String key, Duration dflt) {
        YamlNode.Entry e = map.entries().get(key);
        if (e != null && e.value() instanceof YamlNode.Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT
                && !s.text().equals("0")) {
            throw error(e.value().position(), key(key) + ": " + s.text() + " has no unit; write " + s.text() + "s, "
                    + s.text() + "ms or " + s.text() + "m (0 means off).");
        }
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            return Durations.parse(v.get());
        } catch (IllegalArgumentException ex) {
            throw error(e.value().position(), key(key) + ": " + ex.getMessage() + ".");
        }
    }

    int integer(String key, int dflt, int min, int max) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return dflt;
        }
        YamlNode.Entry e = map.entries().get(key);
        try {
            int n = Integer.parseInt(v.get().strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw error(e.value().position(), key(key) + " must be a whole number from " + min + " to " + max
                + ", but it is '" + v.get() + "'.");
    }

    /** One of {@code choices}; null when absent. */
    String choice(String key, List<String> choices) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return null;
        }
        if (!choices.contains(v.get())) {
            throw error(map.entries().get(key).value().position(), key(key) + " must be " + String.join(" or ", choices)
                    + ", but it is '" + v.get() + "'"
                    + Suggestions.closest(v.get(), choices).map(g -> " (did you mean " + g + "?)").orElse("") + ".");
        }
        return v.get();
    }

    /** An absolute http(s) URL; empty when absent (or unset while lenient). Userinfo is refused: it would be printed. */
    Optional<URI> httpUrl(String key) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        YamlNode.Position at = map.entries().get(key).value().position();
        URI uri;
        try {
            uri = new URI(v.get().strip());
        } catch (java.net.URISyntaxException ex) {
            throw error(at, key(key) + " is not a URL: " + Redactor.redactAll(ex.getReason()) + ".");
        }
        if (uri.getScheme() == null || !List.of("http", "https").contains(uri.getScheme().toLowerCase())
                || uri.getHost() == null) {
            throw error(at, key(key) + " must be an http:// or https:// URL with a host, such as"
                    + " https://example.com/path.");
        }
        if (uri.getUserInfo() != null) {
            throw error(at, key(key) + " must not carry credentials in the URL (they would end up in logs); use the"
                    + " section's key or token setting instead.");
        }
        return Optional.of(uri);
    }

    /** A list of whole numbers (a single number is a list of one). */
    List<Integer> integers(String key, int min, int max) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null || isNull(e.value())) {
            return List.of();
        }
        List<YamlNode> items = e.value() instanceof YamlNode.Sequence s ? s.items() : List.of(e.value());
        List<Integer> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT) {
                int n = Integer.parseInt(s.text());
                if (n >= min && n <= max) {
                    out.add(n);
                    continue;
                }
            }
            throw error(item.position(), key(key) + " must be a list of whole numbers from " + min + " to " + max
                    + ", like [10, 50, 100], but an item is " + (item instanceof YamlNode.Scalar s ? "'" + s.text() + "'"
                            : item.kind()) + ".");
        }
        return out;
    }

    /** A map of text values (labels), variables expanded; keys in file order. */
    Map<String, String> strings(String key) {
        Optional<SectionReader> s = section(key);
        if (s.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : s.get().map.entries().keySet()) {
            s.get().text(k).ifPresent(v -> out.put(k, v));
        }
        return out;
    }

    CairnException error(YamlNode.Position p, String message) {
        return CairnException.usage(file + ":" + p.line() + ":" + p.column() + ": " + message);
    }

    /** An error at {@code key}'s value (or at this section when the key is absent). */
    CairnException error(String key, String message) {
        YamlNode.Entry e = map.entries().get(key);
        return error(e == null ? map.position() : e.value().position(), message);
    }

    String key(String key) {
        return path + "." + key;
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.isNull();
    }
}
