package dev.cairn.check;

import dev.cairn.project.Git;
import dev.cairn.CairnException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

/**
 * {@code cairn hook install}: a git pre-commit hook that runs {@code cairn check --staged} for the project,
 * which may sit in a subfolder of the repository. An existing hook that is not Cairn's is kept and chained:
 * it moves to {@code pre-commit.pre-cairn} and runs first. Installing again rewrites Cairn's hook in place.
 */
public final class PreCommitHook {
    /** The line that marks a hook as Cairn's. */
    public static final String MARKER = "# cairn pre-commit hook";
    public static final String CHAINED = "pre-commit.pre-cairn";

    private PreCommitHook() {}

    public enum Outcome {
        /** A new hook. */
        INSTALLED,
        /** An existing hook was kept as {@code pre-commit.pre-cairn} and runs first. */
        CHAINED,
        /** Cairn's hook was there and has been rewritten. */
        UPDATED,
        /** Cairn's hook was there already, exactly as it would be written. */
        UNCHANGED
    }

    /**
     * @param hook    the hook file
     * @param chained the earlier hook it runs first, or null
     * @param dir     the project's path relative to the repository's top level ({@code .} at the top)
     */
    public record Result(Outcome outcome, Path hook, Path chained, String dir, String command) {}

    /**
     * @param projectDir the Cairn project (holding cairn.yaml), inside a git work tree
     * @param command    how the hook runs Cairn when {@code $CAIRN} is not set: a shell command line
     */
    public static Result install(Path projectDir, String command) {
        Path project = projectDir.toAbsolutePath().normalize();
        Git git = Git.in(project);
        Path top = git.requireTopLevel("the pre-commit hook");
        Path hooks = hooksDir(git, top);
        String rel = Git.relativeTo(top, project);
        Path hook = hooks.resolve("pre-commit");
        Path chained = hooks.resolve(CHAINED);
        try {
            Files.createDirectories(hooks);
            Outcome outcome;
            boolean exists = Files.exists(hook, LinkOption.NOFOLLOW_LINKS);
            if (exists && isCairns(hook)) {
                String wanted = script(rel, command, Files.exists(chained, LinkOption.NOFOLLOW_LINKS));
                outcome = Files.readString(hook).equals(wanted) ? Outcome.UNCHANGED : Outcome.UPDATED;
                if (outcome == Outcome.UPDATED) {
                    write(hook, wanted);
                }
            } else if (exists) {
                if (Files.exists(chained, LinkOption.NOFOLLOW_LINKS)) {
                    throw CairnException.usage(hook + " exists and is not Cairn's, and " + chained + " is taken too,"
                            + " so Cairn will not move the hook aside. Add these lines to the end of " + hook
                            + " yourself (before any final exit):\n  " + defaultLine(command) + "\n  ( " + runLine(rel)
                            + " ) || exit 1");
                }
                Files.move(hook, chained);
                write(hook, script(rel, command, true));
                outcome = Outcome.CHAINED;
            } else {
                write(hook, script(rel, command, Files.exists(chained, LinkOption.NOFOLLOW_LINKS)));
                outcome = Outcome.INSTALLED;
            }
            boolean hasChain = Files.exists(chained, LinkOption.NOFOLLOW_LINKS);
            return new Result(outcome, hook, hasChain ? chained : null, rel, command);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the pre-commit hook in " + hooks, e);
        }
    }

    private static boolean isCairns(Path hook) throws IOException {
        if (!Files.isRegularFile(hook)) {
            return false;
        }
        return Files.readString(hook).lines().limit(3).anyMatch(l -> l.startsWith(MARKER));
    }

    /** core.hooksPath when set (relative to the top level), else the repository's hooks folder. */
    private static Path hooksDir(Git git, Path top) {
        Git.Result configured = git.run(null, "config", "--get", "core.hooksPath");
        if (configured.ok() && !configured.text().isBlank()) {
            return top.resolve(configured.text().strip()).normalize();
        }
        Git.Result r = git.run(null, "rev-parse", "--git-path", "hooks");
        if (!r.ok()) {
            throw CairnException.usage("git cannot tell where the hooks folder is: " + r.error().strip() + ".");
        }
        return git.dir().resolve(r.text().strip()).normalize();
    }


    /** Sets {@code $CAIRN} to the command unless the environment already does. */
    public static String defaultLine(String command) {
        return "[ -n \"${CAIRN:-}\" ] || CAIRN=" + quote(command);
    }

    /** Runs the check from the repository's top level; {@code $CAIRN} holds the Cairn command line. */
    public static String runLine(String rel) {
        return "cd \"$(git rev-parse --show-toplevel)\" && eval \"$CAIRN --dir " + quote(rel) + " check --staged\"";
    }

    static String script(String rel, String command, boolean chain) {
        StringBuilder s = new StringBuilder("#!/bin/sh\n");
        s.append(MARKER).append(" (written by `cairn hook install`; run it again to update it).\n");
        s.append("# Blocks a commit that stages schema changes without a matching migration: runs `cairn check --staged`\n");
        s.append("# for the project in ").append(rel).append(". Cairn is run as below; set $CAIRN to run another, for example\n");
        s.append("# CAIRN='java -jar /opt/cairn.jar'. Skip the hook once with git commit --no-verify.\n");
        if (chain) {
            s.append("\n# The hook that was here before Cairn's runs first.\n");
            s.append("\"$(dirname \"$0\")/").append(CHAINED).append("\" \"$@\" || exit $?\n");
        }
        s.append('\n').append(defaultLine(command)).append('\n');
        s.append("( ").append(runLine(rel)).append(" ) || {\n");
        s.append("  echo \"cairn: commit blocked by cairn check --staged (above). Fix what it names, stage it, and commit"
                + " again.\" >&2\n");
        s.append("  exit 1\n}\n");
        return s.toString();
    }

    private static void write(Path hook, String content) throws IOException {
        Files.writeString(hook, content);
        try {
            Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            hook.toFile().setExecutable(true);
        }
    }

    /** A word for the shell, single-quoted when it needs to be. */
    public static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "/._-+=:@,".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** A shell command line from words. */
    public static String commandLine(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(quote(w));
        }
        return s.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
