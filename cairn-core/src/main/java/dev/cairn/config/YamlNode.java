package dev.cairn.config;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers where it was written, so every error can name a line. */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** 1-based line and column, as an editor shows them. */
    record Position(int line, int column) {}

    record Entry(String key, Position keyPosition, YamlNode value) {}

    Position position();

    /** For messages: "a map", "a list", "a number"… */
    String kind();

    record Mapping(Position position, Map<String, Entry> entries) implements YamlNode {
        @Override
        public String kind() {
            return "a map";
        }
    }

    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** {@code token} tells how YAML typed the plain scalar: VALUE_STRING, VALUE_NUMBER_INT, VALUE_TRUE, VALUE_NULL… */
    record Scalar(Position position, JsonToken token, String text) implements YamlNode {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        @Override
        public String kind() {
            return switch (token) {
                case VALUE_STRING -> "text";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "empty";
                default -> "a " + token;
            };
        }
    }
}
