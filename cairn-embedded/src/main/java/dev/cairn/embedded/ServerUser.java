package dev.cairn.embedded;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who the PostgreSQL programs run as.
 *
 * <p>initdb, pg_ctl and postgres all refuse to run with effective uid 0, yet Cairn (and its CI) often
 * runs as root. Running as a non-root user, we launch them as they are. As root we prefer
 * {@code unshare --user}: it puts the program in a new user namespace in which our uid is unmapped,
 * so PostgreSQL sees uid 65534 (not root) and stat() shows its files as owned by 65534 too, so its
 * ownership checks pass, while the kernel still checks permissions with our real uid. So files stay
 * owned by root, paths under a 0700 home directory keep working, and nothing needs chown. Where user
 * namespaces are not allowed (e.g. Docker's default seccomp profile) we fall back to {@code setpriv}
 * to an unprivileged user ({@code postgres}, else {@code nobody}); then the cluster directories are
 * chowned to that user and the binaries and data directories must be reachable by it (set
 * {@code CAIRN_HOME} if the cache under root's home is not). {@code CAIRN_POSTGRES_USER=<name>}
 * forces the setpriv mode with that user.
 */
record ServerUser(Mode mode, int uid, int gid, String name) {
    enum Mode { CURRENT_USER, USER_NAMESPACE, SETPRIV }

    private static volatile ServerUser detected;

    static ServerUser get() {
        ServerUser result = detected;
        if (result == null) {
            synchronized (ServerUser.class) {
                if (detected == null) {
                    detected = detect();
                }
                result = detected;
            }
        }
        return result;
    }

    /** The command, wrapped so that it does not run as root. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>();
        switch (mode) {
            case CURRENT_USER -> { }
            case USER_NAMESPACE -> wrapped.addAll(List.of("unshare", "--user"));
            case SETPRIV -> wrapped.addAll(List.of(
                    "setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands a file tree over to the server user (only needed in setpriv mode). */
    void adopt(Path root) throws IOException {
        if (mode != Mode.SETPRIV || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                own(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                own(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void own(Path path) throws IOException {
        Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
    }

    String describe() {
        return switch (mode) {
            case CURRENT_USER -> "as the current user";
            case USER_NAMESPACE -> "as root inside a user namespace (unshare --user)";
            case SETPRIV -> "as user '" + name + "' (uid " + uid + ") via setpriv";
        };
    }

    private static ServerUser detect() {
        if (!isRoot()) {
            return new ServerUser(Mode.CURRENT_USER, -1, -1, System.getProperty("user.name"));
        }
        String forced = System.getenv("CAIRN_POSTGRES_USER");
        if (forced != null && !forced.isBlank()) {
            return setprivUser(forced.strip()).orElseThrow(() -> DbFailures.failure(
                    "CAIRN_POSTGRES_USER is set to '" + forced.strip() + "', but /etc/passwd has no such user, "
                            + "so Cairn cannot run the embedded PostgreSQL server as that user. Set it to an "
                            + "existing unprivileged user, or unset it to let Cairn choose."));
        }
        if (userNamespacesWork()) {
            return new ServerUser(Mode.USER_NAMESPACE, -1, -1, "root");
        }
        return setprivUser("postgres").or(() -> setprivUser("nobody")).orElseThrow(() -> DbFailures.failure(
                "Cairn runs as root, and PostgreSQL refuses to run as root. Cairn could neither use a user "
                        + "namespace ('unshare --user' failed, typically blocked by a container seccomp profile) "
                        + "nor find an unprivileged 'postgres' or 'nobody' user in /etc/passwd to switch to with "
                        + "setpriv. Run Cairn as a non-root user, allow user namespaces, or create a 'postgres' "
                        + "user and set CAIRN_POSTGRES_USER=postgres."));
    }

    private static boolean isRoot() {
        try {
            // /proc/self is owned by the effective uid of the process looking at it.
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static boolean userNamespacesWork() {
        try {
            Exec.Result result = Exec.run(List.of("unshare", "--user", "id", "-u"), Duration.ofSeconds(10));
            return result.ok() && !result.output().strip().equals("0");
        } catch (IOException e) {
            return false; // no unshare binary
        }
    }

    private static Optional<ServerUser> setprivUser(String user) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                String[] fields = line.split(":");
                if (fields.length >= 4 && fields[0].equals(user)) {
                    int uid = Integer.parseInt(fields[2]);
                    if (uid != 0) {
                        return Optional.of(new ServerUser(Mode.SETPRIV, uid, Integer.parseInt(fields[3]), user));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // treated as "no such user"
        }
        return Optional.empty();
    }
}
