package dev.cairn.migrate;

/**
 * One thing wrong with a migration directory or with the history it is checked against.
 *
 * @param code    stable machine-readable kind, e.g. {@code checksum-mismatch} (part of the JSON output)
 * @param subject what it is about: a file name or a version
 * @param message one sentence saying what is wrong and what to do
 */
public record Problem(String code, String subject, String message) {}
