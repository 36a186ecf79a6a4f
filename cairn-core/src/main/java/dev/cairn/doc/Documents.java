package dev.cairn.doc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cairn.config.Redactor;

/** Writes (and, for tests and clients, reads) the documents: indented JSON, secrets redacted. */
public final class Documents {
    private Documents() {}

    /** Loaded on first use: human output should not pay for Jackson's start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The mapper the documents are written with. */
    public static ObjectMapper mapper() {
        return Json.MAPPER;
    }

    /** The document as indented JSON, with every known secret masked. */
    public static String json(Object document) {
        try {
            return Redactor.redactAll(Json.MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render JSON output", e);
        }
    }
}
