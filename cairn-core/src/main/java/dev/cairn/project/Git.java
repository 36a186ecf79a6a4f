package dev.cairn.project;

import dev.cairn.CairnException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real {@code git} binary, run in a directory: the few plumbing commands the offline checks and the
 * CI report need (the index, trees at a commit, merge bases). Output is read as bytes, paths NUL-separated.
 */
public final class Git {
    /** How long one git command may run: a hook, a credential prompt or a stuck filesystem must not hang Cairn. */
    static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(30);

    private final Path dir;
    private final String executable;
    private final java.time.Duration timeout;

    Git(Path dir, String executable, java.time.Duration timeout) {
        this.dir = dir;
        this.executable = executable;
        this.timeout = timeout;
    }

    /** Git run in {@code dir} (usually the project directory); paths given and returned are relative to it. */
    public static Git in(Path dir) {
        return new Git(dir.toAbsolutePath().normalize(), "git", DEFAULT_TIMEOUT);
    }

    public Path dir() {
        return dir;
    }

    /** The work tree's top-level directory, or empty when {@code dir} is not inside a git work tree. */
    public Optional<Path> topLevel() {
        Result r = run(null, "rev-parse", "--show-toplevel");
        return r.ok() ? Optional.of(Path.of(r.text().strip())) : Optional.empty();
    }

    /** Like {@link #topLevel()}, but a usage error naming what was asked for when there is no repository. */
    /** {@code project} relative to the repository's top level, with forward slashes; {@code .} for the top itself. */
    public static String relativeTo(Path top, Path project) {
        Path real;
        try {
            real = project.toRealPath();
        } catch (java.io.IOException e) {
            real = project;
        }
        String rel = top.relativize(real).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }

    public Path requireTopLevel(String why) {
        return topLevel().orElseThrow(() -> CairnException.usage(dir + " is not inside a git work tree, so " + why
                + " cannot be read. Run it inside a git repository (git init), or drop the option."));
    }

    /** An index or tree entry: mode, object id, path relative to {@link #dir()} with forward slashes. */
    public record Entry(String mode, String object, String path) {
        /** A regular file (not a symbolic link or a submodule). */
        public boolean isFile() {
            return mode.startsWith("100");
        }
    }

    /** What the index holds under the paths (stage 0; unmerged entries are returned with their stage 2). */
    public List<Entry> stagedFiles(List<String> paths) {
        List<String> args = new ArrayList<>(List.of("ls-files", "-s", "-z", "--"));
        args.addAll(paths);
        Result r = run(null, args.toArray(String[]::new));
        r.orFail("list the staged files");
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String record : r.text().split("\0")) {
            if (record.isEmpty()) {
                continue;
            }
            int tab = record.indexOf('\t');
            String[] meta = record.substring(0, tab).split(" ");
            String stage = meta[2];
            Entry e = new Entry(meta[0], meta[1], record.substring(tab + 1));
            if (stage.equals("0") || stage.equals("2")) {
                entries.put(e.path(), e);
            }
        }
        return List.copyOf(entries.values());
    }

    /** The files of a commit under the paths. */
    public List<Entry> treeFiles(String commit, List<String> paths) {
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", commit, "--"));
        args.addAll(paths);
        Result r = run(null, args.toArray(String[]::new));
        r.orFail("list the files of " + commit);
        List<Entry> entries = new ArrayList<>();
        for (String record : r.text().split("\0")) {
            if (record.isEmpty()) {
                continue;
            }
            int tab = record.indexOf('\t');
            String[] meta = record.substring(0, tab).split(" ");
            entries.add(new Entry(meta[0], meta[2], record.substring(tab + 1)));
        }
        return entries;
    }

    /** The contents of many objects in one {@code git cat-file --batch} run: object id → bytes. */
    public Map<String, byte[]> read(List<String> objects) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (objects.isEmpty()) {
            return out;
        }
        StringBuilder in = new StringBuilder();
        objects.forEach(o -> in.append(o).append('\n'));
        Result r = run(in.toString().getBytes(StandardCharsets.US_ASCII), "cat-file", "--batch");
        r.orFail("read the staged files");
        byte[] b = r.output();
        int pos = 0;
        while (pos < b.length) {
            int nl = indexOf(b, (byte) '\n', pos);
            String header = new String(b, pos, nl - pos, StandardCharsets.US_ASCII);
            String[] parts = header.split(" ");
            if (parts.length < 3) {
                throw CairnException.usage("git cat-file could not read " + parts[0] + ": " + header + ".");
            }
            int size = Integer.parseInt(parts[2]);
            byte[] content = java.util.Arrays.copyOfRange(b, nl + 1, nl + 1 + size);
            out.put(parts[0], content);
            pos = nl + 1 + size + 1;
        }
        return out;
    }

    /** The commit a ref names, or empty when it does not exist. */
    public Optional<String> resolve(String ref) {
        Result r = run(null, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        return r.ok() ? Optional.of(r.text().strip()) : Optional.empty();
    }

    /** The best common ancestor of two commits, or empty. */
    public Optional<String> mergeBase(String a, String b) {
        Result r = run(null, "merge-base", a, b);
        return r.ok() ? Optional.of(r.text().strip()) : Optional.empty();
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return b.length;
    }

    /** One git run's outcome. */
    public record Result(int exitCode, byte[] output, String error, String command) {
        public boolean ok() {
            return exitCode == 0;
        }

        public String text() {
            return new String(output, StandardCharsets.UTF_8);
        }

        void orFail(String what) {
            if (!ok()) {
                throw CairnException.usage("git could not " + what + " (" + command + " exited with " + exitCode + ": "
                        + error.strip() + ").");
            }
        }
    }

    /**
     * Runs {@code git args…} in {@link #dir()}, feeding {@code stdin} when given. A run that takes longer than the
     * timeout is killed and reported as a usage error (exit 2) that names the command: better than hanging.
     */
    public Result run(byte[] stdin, String... args) {
        List<String> cmd = new ArrayList<>(List.of(executable, "-c", "core.quotePath=false"));
        cmd.addAll(List.of(args));
        String shown = "git " + String.join(" ", args);
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
            // Never wait for a password prompt nobody can answer, nor take the index lock for a read.
            pb.environment().put("GIT_TERMINAL_PROMPT", "0");
            pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
            p = pb.start();
        } catch (IOException e) {
            throw CairnException.usage("Cannot run git (" + e.getMessage() + "): install git and put it on the PATH.");
        }
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread errReader = daemon(() -> copy(p.getErrorStream(), err));
            Thread outReader = daemon(() -> copy(p.getInputStream(), out));
            if (stdin != null) {
                daemon(() -> {
                    try (OutputStream o = p.getOutputStream()) {
                        o.write(stdin);
                    } catch (IOException e) {
                        // git exited early; its exit code says why
                    }
                });
            } else {
                p.getOutputStream().close();
            }
            if (!p.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw CairnException.usage(shown + " did not finish within " + timeout.toSeconds() + " s in " + dir
                        + ", so Cairn stopped it. Something is holding git up (a hook, a credential prompt, a slow or"
                        + " stuck file system, another git process): run the command yourself to see what it waits for.");
            }
            outReader.join(timeout.toMillis());
            errReader.join(timeout.toMillis());
            return new Result(p.exitValue(), out.toByteArray(), err.toString(StandardCharsets.UTF_8), shown);
        } catch (IOException e) {
            throw CairnException.usage("Cannot run " + shown + ": " + e.getMessage() + ".");
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw CairnException.usage("Interrupted while running " + shown + ".");
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the process went away
        }
    }
}
