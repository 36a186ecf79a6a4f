package dev.cairn.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 checksums of migration content. Line endings are normalised to LF and a leading byte-order
 * mark is dropped first, so a Windows checkout with CRLF files has the same checksums as Linux.
 */
public final class Checksums {
    private Checksums() {}

    public static String ofContent(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return sha256(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
