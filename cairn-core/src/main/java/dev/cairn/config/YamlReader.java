package dev.cairn.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.cairn.CairnException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML file into {@link YamlNode}s with positions, using Jackson's streaming YAML parser.
 * We build our own small tree (instead of JsonNode) because JsonNode forgets locations.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final Path file;
    private final YAMLParser parser;

    private YamlReader(Path file, YAMLParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The document's root, or null for an empty file. */
    static YamlNode read(Path file) {
        try (Reader reader = Files.newBufferedReader(file);
                YAMLParser parser = (YAMLParser) FACTORY.createParser(reader)) {
            YamlReader r = new YamlReader(file, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = r.value(first);
            if (parser.nextToken() != null) {
                throw CairnException.usage(file + ":" + parser.currentTokenLocation().getLineNr()
                        + ": cairn.yaml must hold a single YAML document; remove the '---' separator and what follows.");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        } catch (IOException e) {
            throw new CairnException(dev.cairn.ExitCode.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private YamlNode value(JsonToken token) throws IOException {
        YamlNode.Position at = position(parser.currentTokenLocation());
        if (parser.isCurrentAlias()) {
            throw CairnException.usage(file + ":" + at.line() + ":" + at.column()
                    + ": YAML aliases (*name) are not supported in cairn.yaml; write the value out.");
        }
        return switch (token) {
            case START_OBJECT -> mapping(at);
            case START_ARRAY -> sequence(at);
            default -> new YamlNode.Scalar(at, token, token == JsonToken.VALUE_NULL ? null : parser.getText());
        };
    }

    private YamlNode mapping(YamlNode.Position at) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            YamlNode.Position keyAt = position(parser.currentTokenLocation());
            YamlNode value = value(parser.nextToken());
            YamlNode.Entry previous = entries.put(key, new YamlNode.Entry(key, keyAt, value));
            if (previous != null) {
                throw CairnException.usage(file + ":" + keyAt.line() + ":" + keyAt.column() + ": key '" + key
                        + "' appears twice in the same map (first at line " + previous.keyPosition().line()
                        + "); keep one of them.");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + t);
        }
        return new YamlNode.Mapping(at, entries);
    }

    private YamlNode sequence(YamlNode.Position at) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(t));
        }
        return new YamlNode.Sequence(at, items);
    }

    private static YamlNode.Position position(JsonLocation l) {
        return new YamlNode.Position(l.getLineNr(), l.getColumnNr());
    }

    /** One paragraph: file:line:column, SnakeYAML's problem, and a hint. */
    private static CairnException syntaxError(Path file, JsonProcessingException e) {
        int line;
        int column;
        String problem;
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            line = m.getProblemMark().getLine() + 1;
            column = m.getProblemMark().getColumn() + 1;
            problem = m.getProblem();
            if (m.getContext() != null) {
                problem = problem + " (" + m.getContext() + ")";
            }
        } else {
            JsonLocation l = e.getLocation();
            line = l == null ? 0 : l.getLineNr();
            column = l == null ? 0 : l.getColumnNr();
            problem = e.getOriginalMessage();
        }
        problem = problem == null ? "invalid YAML" : Redactor.structural(problem.replaceAll("\\s+", " ").strip());
        return new CairnException(dev.cairn.ExitCode.USAGE, file + ":" + line + ":" + column
                + ": YAML syntax error: " + problem
                + ". Check the indentation (spaces, not tabs) and quote values containing ': ' or ' #'.", e);
    }
}
