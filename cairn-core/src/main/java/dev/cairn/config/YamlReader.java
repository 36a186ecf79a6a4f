package dev.cairn.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        String text = decode(file);
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
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

    /**
     * The file as text: UTF-8, a byte-order mark dropped. A byte that is not UTF-8 is reported at its
     * line and column (a reader would only say "malformed input" at 1:1).
     */
    static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.NoSuchFileException ? "it does not exist"
                    : e.getMessage() == null ? "an I/O error" : e.getMessage();
            throw CairnException.usage("Cannot read " + file + ": " + why + ". Check the file and its permissions.");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw CairnException.usage(file + ":" + line + ":" + column + ": the file is not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + " there cannot start or continue a UTF-8 character);"
                    + " save " + file.getFileName() + " as UTF-8.");
        }
        decoder.flush(out);
        return out.flip().toString();
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

    /**
     * One paragraph: file:line:column, SnakeYAML's problem, and a hint. Built from the problem's parts
     * only, and without the parser's exception as cause: the parser's messages quote the offending line
     * of the file, which may hold a password, and --verbose prints causes.
     */
    private static CairnException syntaxError(Path file, JsonProcessingException e) {
        int line;
        int column;
        String problem;
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            line = m.getProblemMark().getLine() + 1;
            column = m.getProblemMark().getColumn() + 1;
            problem = m.getProblem();
            if (m.getContext() != null) {
                problem = problem + " (" + m.getContext()
                        + (m.getContextMark() != null && m.getContextMark().getLine() + 1 != line
                                ? " that starts at line " + (m.getContextMark().getLine() + 1) + ", column "
                                        + (m.getContextMark().getColumn() + 1)
                                : "")
                        + ")";
            }
        } else {
            JsonLocation l = e.getLocation();
            line = l == null ? 0 : l.getLineNr();
            column = l == null ? 0 : l.getColumnNr();
            problem = e.getOriginalMessage();
        }
        problem = problem == null ? "invalid YAML" : Redactor.redactAll(problem.replaceAll("\\s+", " ").strip());
        return CairnException.usage(file + ":" + line + ":" + column
                + ": YAML syntax error: " + problem
                + ". Check the indentation (spaces, not tabs) and quote values containing ': ' or ' #'.");
    }
}
