package dev.cairn.check;

import dev.cairn.CairnException;
import dev.cairn.check.CheckResult.Status;
import dev.cairn.config.CairnConfig;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintCounts;
import dev.cairn.lint.LintGate;
import dev.cairn.lint.LintOptions;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.Linter;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationKind;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.Problem;
import dev.cairn.project.Git;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The {@code lint} check of {@code cairn check}: the static lint layer over the migrations not committed yet (added,
 * untracked or changed relative to git HEAD), so the pre-commit hook stops a dangerous statement before it is recorded.
 * Committed migrations are left alone: they were judged when they were new, and may be applied already. Outside a git
 * work tree nothing is "new", so the check is skipped and says so. Only errors fail it.
 */
final class LintCheck {
    static final String TITLE = "New migrations pass lint";

    private LintCheck() {}

    static CheckResult run(CairnConfig config, ProjectFiles files, MigrationDirectory dir) {
        Git git = Git.in(config.projectDir());
        if (git.topLevel().isEmpty()) {
            return new CheckResult("lint", TITLE, Status.SKIPPED, "Not a git work tree, so no migration counts as new:"
                    + " run `cairn lint FILES` to lint migrations by name.", List.of());
        }
        Map<String, String> committed = committed(config, git);
        List<MigrationScript> fresh = dir.scripts().stream().filter(s -> s.kind() != MigrationKind.UNDO)
                .filter(s -> !blobId(files.migrations().get(s.name()), committed.get(s.name())).equals(committed.get(s.name())))
                .sorted(MigrationScript.ORDER).toList();
        if (fresh.isEmpty()) {
            return new CheckResult("lint", TITLE, Status.PASSED, "No migration is new since the last commit.", List.of());
        }
        LintReport report = Linter.lint(fresh, LintOptions.defaults().withLockTimeout(config.lockTimeout("local")));
        List<Finding> errors = report.blocking(java.util.Set.of());
        LintCounts counts = LintCounts.of(report);
        String linted = fresh.size() + " new migration(s)";
        if (errors.isEmpty()) {
            return new CheckResult("lint", TITLE, Status.PASSED, linted + " linted: " + counts.summary()
                    + (counts.warnings() + counts.infos() > 0 ? " (`cairn lint` shows them)." : "."), List.of());
        }
        List<Problem> problems = errors.stream().map(f -> new Problem(f.rule(), f.location(), LintGate.explain(f, false)))
                .toList();
        return new CheckResult("lint", TITLE, Status.FAILED, linted + " linted: " + counts.summary() + ".", problems);
    }

    /** Migration name → git object id at HEAD; empty without a commit yet (every migration is then new). */
    private static Map<String, String> committed(CairnConfig config, Git git) {
        Map<String, String> out = new HashMap<>();
        List<Git.Entry> entries;
        try {
            entries = git.treeFiles("HEAD", List.of(ProjectFiles.relative(config.projectDir(), config.migrationsDir())));
        } catch (CairnException | java.io.UncheckedIOException e) {
            return out;
        }
        for (Git.Entry e : entries) {
            Path abs = config.projectDir().resolve(e.path()).normalize();
            if (e.isFile() && abs.startsWith(config.migrationsDir())) {
                out.put(config.migrationsDir().relativize(abs).toString().replace('\\', '/'), e.object());
            }
        }
        return out;
    }

    /** The git blob id of {@code content}, in the hash of the repository (told by the length of a known id). */
    private static String blobId(byte[] content, String known) {
        if (content == null) {
            return "";
        }
        String algorithm = known != null && known.length() == 64 ? "SHA-256" : "SHA-1";
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            md.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(md.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
