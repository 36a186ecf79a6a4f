package dev.cairn.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code cairn --version}: the project version and the git commit the jar was built from, both written by
 * the Maven build into {@code version.properties}. A build outside git (a source archive) has no commit, and
 * classes compiled without Maven have no file at all: the version says so rather than guessing.
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"cairn " + version(), "Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
    }

    /** {@code 0.1.0-SNAPSHOT (commit 803c5ae1d2f3)}, or as much of it as the build recorded. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable file is as good as none
        }
        String version = filtered(p.getProperty("version"));
        String commit = filtered(p.getProperty("commit"));
        if (version == null) {
            return "(version unknown: built without Maven)";
        }
        return version + (commit == null ? " (commit unknown: built outside git)" : " (commit " + commit + ")");
    }

    /** A value the build filled in; null when missing, empty, or still the unfiltered placeholder. */
    private static String filtered(String value) {
        return value == null || value.isBlank() || value.contains("${") ? null : value.strip();
    }
}
