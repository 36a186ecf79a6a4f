package dev.cairn.doc;

import dev.cairn.ExitCode;

/** What a failed command prints in JSON mode: {@code exitCode} is the number, {@code error} the one-paragraph message. */
public record ErrorDocument(boolean ok, int exitCode, String error) {
    public static ErrorDocument of(ExitCode code, String message) {
        return new ErrorDocument(false, code.code(), message);
    }
}
