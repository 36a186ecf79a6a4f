package dev.cairn.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The contents of a data directory's {@code postmaster.pid}: line 1 the postmaster's pid, 2 the
 * data directory, 3 its start time (epoch seconds), 4 the port, ..., 8 the status
 * ({@code starting}, {@code ready}, {@code stopping}) once it has one.
 */
record PostmasterPid(long pid, String dataDir, long startedEpochSecond, int port, String status) {

    static Path file(Path dataDir) {
        return dataDir.resolve("postmaster.pid");
    }

    /** Empty when there is no pid file, or it is still being written. */
    static Optional<PostmasterPid> read(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(file(dataDir));
            if (lines.size() < 4) {
                return Optional.empty();
            }
            String status = lines.size() >= 8 ? lines.get(7).strip() : "";
            return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).strip()), lines.get(1).strip(),
                    Long.parseLong(lines.get(2).strip()), Integer.parseInt(lines.get(3).strip()), status));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the pid is a live postgres started when the file says. A pid file outliving a killed
     * server may name a pid that is gone, reused by an unrelated process, or a zombie nobody reaped
     * (which the JVM reports as alive), so each of those is checked.
     */
    boolean isLive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive() || isZombie()) {
            return false;
        }
        ProcessHandle.Info info = handle.get().info();
        // Unknown (another user's process, no /proc) counts as a match: postgres itself will refuse to start if wrong.
        boolean isPostgres = info.command()
                .map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
                .orElse(true);
        boolean startedThen = info.startInstant()
                .map(s -> Math.abs(s.getEpochSecond() - startedEpochSecond) <= 5)
                .orElse(true);
        return isPostgres && startedThen;
    }

    private boolean isZombie() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName > 0 && stat.length() > afterName + 2 && stat.charAt(afterName + 2) == 'Z';
        } catch (IOException e) {
            return false; // no /proc (macOS): trust ProcessHandle
        }
    }

    Instant started() {
        return Instant.ofEpochSecond(startedEpochSecond);
    }
}
