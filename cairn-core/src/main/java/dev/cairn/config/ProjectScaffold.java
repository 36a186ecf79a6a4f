package dev.cairn.config;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** {@code cairn init}: a commented cairn.yaml, the two directories, and .cairn/ kept out of git. */
public final class ProjectScaffold {
    static final String TEMPLATE = "cairn.yaml.template";
    static final String GITIGNORE_LINE = ".cairn/";

    private ProjectScaffold() {}

    /**
     * Creates the project skeleton in {@code dir} (creating {@code dir} if needed).
     *
     * @return the paths created or changed, in order: cairn.yaml, schema/, migrations/, .gitignore
     *     (directories that already existed are not listed; .gitignore only if written)
     * @throws CairnException (USAGE) if cairn.yaml already exists; nothing is changed then
     */
    public static List<Path> init(Path dir) {
        Path config = dir.resolve(CairnConfig.FILE_NAME);
        if (Files.exists(config)) {
            throw CairnException.usage(config + " already exists; cairn init will not overwrite it."
                    + " Edit it, or delete it and run cairn init again.");
        }
        List<Path> created = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Files.writeString(config, template(), StandardOpenOption.CREATE_NEW);
            created.add(config);
            for (String sub : List.of("schema", "migrations")) {
                Path p = dir.resolve(sub);
                if (!Files.isDirectory(p)) {
                    Files.createDirectories(p);
                    created.add(p);
                }
            }
            if (ensureGitignore(dir.resolve(".gitignore"))) {
                created.add(dir.resolve(".gitignore"));
            }
        } catch (IOException e) {
            throw new CairnException(ExitCode.USAGE, "cannot initialise " + dir + ": " + e.getMessage(), e);
        }
        return created;
    }

    /** The commented cairn.yaml that init writes. */
    public static String template() {
        try (InputStream in = ProjectScaffold.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + TEMPLATE + " missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a .cairn/ line unless one already ignores it. Returns whether the file was written. */
    static boolean ensureGitignore(Path gitignore) throws IOException {
        if (!Files.exists(gitignore)) {
            Files.writeString(gitignore, GITIGNORE_LINE + "\n");
            return true;
        }
        String content = Files.readString(gitignore);
        for (String line : content.split("\\R")) {
            String l = line.strip();
            if (l.equals(".cairn/") || l.equals(".cairn") || l.equals("/.cairn/") || l.equals("/.cairn")) {
                return false;
            }
        }
        String separator = content.isEmpty() || content.endsWith("\n") ? "" : "\n";
        Files.writeString(gitignore, separator + GITIGNORE_LINE + "\n", StandardOpenOption.APPEND);
        return true;
    }
}
