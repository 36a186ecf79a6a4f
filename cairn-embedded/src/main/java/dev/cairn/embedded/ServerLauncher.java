package dev.cairn.embedded;

import dev.cairn.CairnException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts and stops the postgres process of one data directory; callers hold the directory's lock. */
final class ServerLauncher {
    /** A server started as a child of this JVM. */
    record Launched(int port, Process process) {}

    private final Path dataDir;
    private final Path logFile;
    private final Map<String, String> settings;
    private final PostgresBinaries binaries;

    ServerLauncher(Path dataDir, Path logFile, Map<String, String> settings, PostgresBinaries binaries) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.settings = settings;
    }

    /** Runs postgres as a child of this JVM: the JVM reaps it, and stops it at exit. */
    Launched startAttached(int preferredPort) throws IOException {
        PollDeadline deadline = new PollDeadline(EmbeddedPostgres.START_TIMEOUT);
        String lastFailure = "";
        for (int attempt = 0; attempt < Ports.ATTEMPTS && !deadline.passed(); ) {
            int port = Ports.choose(attempt == 0 ? preferredPort : 0);
            long logStart = prepareLog();
            List<String> postgres = new ArrayList<>(List.of(binaries.tool("postgres").toString(),
                    "-D", dataDir.toString()));
            postgres.addAll(serverOptions(port));
            List<String> command = ServerUser.get().wrap(postgres);
            Process process = new ProcessBuilder(command)
                    .directory(new File("/"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            // Ready means: our process wrote "ready" into the pid file, and a connection works. Checking
            // the pid rules out another server that holds the port we failed to bind.
            while (process.isAlive() && !deadline.passed()) {
                Optional<PostmasterPid> pid = PostmasterPid.read(dataDir);
                if (pid.isPresent() && pid.get().pid() == process.pid() && pid.get().status().equals("ready")
                        && Ports.canConnect(port)) {
                    return new Launched(port, process);
                }
                deadline.pause();
            }
            if (process.isAlive()) {
                process.destroyForcibly();
                throw startFailure("it did not accept connections within " + EmbeddedPostgres.START_TIMEOUT.toSeconds() + " seconds",
                        logStart);
            }
            lastFailure = DbFailures.logTail(logFile, logStart, 6);
            attempt += retryableStartFailure(lastFailure, logStart, deadline);
        }
        throw startFailure("it failed " + Ports.ATTEMPTS + " times; the last attempt said: " + lastFailure, -1);
    }

    /** pg_ctl forks the server into its own session so it keeps running after this JVM, and Ctrl-C, are gone. */
    int startDetached(int preferredPort) throws IOException {
        PollDeadline deadline = new PollDeadline(EmbeddedPostgres.START_TIMEOUT);
        String lastFailure = "";
        for (int attempt = 0; attempt < Ports.ATTEMPTS && !deadline.passed(); ) {
            int port = Ports.choose(attempt == 0 ? preferredPort : 0);
            long logStart = prepareLog();
            Exec.Result result = Exec.run(ServerUser.get().wrap(List.of(
                    binaries.tool("pg_ctl").toString(), "start", "--silent", "--wait",
                    "--timeout=" + Math.max(1, deadline.remainingSeconds()),
                    "--pgdata=" + dataDir, "--log=" + logFile,
                    "--options=" + String.join(" ", serverOptions(port)))), EmbeddedPostgres.START_TIMEOUT.plusSeconds(5));
            Optional<PostmasterPid> pid = PostmasterPid.read(dataDir);
            if (result.ok() && pid.isPresent() && pid.get().port() == port && pid.get().isLive()) {
                while (!Ports.canConnect(port)) {
                    if (deadline.passed()) {
                        throw startFailure("it was started but did not accept connections on 127.0.0.1:" + port,
                                logStart);
                    }
                    deadline.pause();
                }
                return port;
            }
            if (result.timedOut()) {
                stop();
                throw startFailure("pg_ctl start timed out", logStart);
            }
            lastFailure = result.summary() + "; server log: " + DbFailures.logTail(logFile, logStart, 6);
            attempt += retryableStartFailure(lastFailure, logStart, deadline);
        }
        throw startFailure("it failed " + Ports.ATTEMPTS + " times; the last attempt said: " + lastFailure, -1);
    }

    /**
     * Decides whether a failed start is worth another try: 1 (use up a port attempt) when another
     * process took the port between our probe and the server's bind, 0 (free retry, after a pause)
     * while the children of a killed server still hold its shared memory. Anything else is fatal.
     */
    private int retryableStartFailure(String failure, long logStart, PollDeadline deadline) throws IOException {
        if (failure.contains("could not bind") || failure.contains("Address already in use")) {
            return 1;
        }
        if (failure.contains("pre-existing shared memory block") || failure.contains("lock file \"postmaster.pid\" already exists")) {
            Optional<PostmasterPid> pid = PostmasterPid.read(dataDir);
            if (pid.isPresent() && !pid.get().isLive()) {
                Files.deleteIfExists(PostmasterPid.file(dataDir));
            }
            deadline.pause();
            return 0;
        }
        throw startFailure("the server exited during startup", logStart);
    }

    private CairnException startFailure(String why, long logStart) {
        String tail = DbFailures.logTail(logFile, Math.max(logStart, 0), 8);
        ServerUser user = ServerUser.get();
        String todo = user.mode() == ServerUser.Mode.SETPRIV && tail.contains("Permission denied")
                ? "The server runs as user '" + user.name() + "', which must be able to enter every parent directory "
                        + "of " + dataDir + " and of " + binaries.home() + "; move the project (or set "
                        + "CAIRN_HOME) somewhere that user can reach, or allow user namespaces."
                : "Check that log; if the data directory is damaged and holds nothing you need, delete it and Cairn "
                        + "will create a fresh cluster.";
        return DbFailures.failure("Cairn could not start the embedded PostgreSQL server for data directory " + dataDir
                + " (running " + user.describe() + "): " + why + ". Last lines of the server log " + logFile + ": "
                + tail + ". " + todo);
    }

    /** Stops the server on the data directory: a fast shutdown, else an immediate one. */
    void stop() throws IOException {
        Exec.Result result = Exec.run(ServerUser.get().wrap(List.of(
                binaries.tool("pg_ctl").toString(), "stop", "--silent", "--wait",
                "--timeout=" + EmbeddedPostgres.STOP_TIMEOUT.toSeconds(), "--pgdata=" + dataDir, "--mode=fast")),
                EmbeddedPostgres.STOP_TIMEOUT.plusSeconds(5));
        if (result.ok() || !Files.exists(PostmasterPid.file(dataDir))) {
            return;
        }
        Exec.Result immediate = Exec.run(ServerUser.get().wrap(List.of(
                binaries.tool("pg_ctl").toString(), "stop", "--silent", "--wait",
                "--timeout=" + EmbeddedPostgres.STOP_TIMEOUT.toSeconds(), "--pgdata=" + dataDir, "--mode=immediate")),
                EmbeddedPostgres.STOP_TIMEOUT.plusSeconds(5));
        if (!immediate.ok() && Files.exists(PostmasterPid.file(dataDir))) {
            throw DbFailures.failure("Cairn could not stop the PostgreSQL server for data directory " + dataDir
                    + ": pg_ctl stop failed (" + result.summary() + "), and so did an immediate shutdown ("
                    + immediate.summary() + "). Last lines of the server log " + logFile + ": "
                    + DbFailures.logTail(logFile, 0, 5) + ". Stop the process named in "
                    + PostmasterPid.file(dataDir) + " by hand.");
        }
    }

    /** Port and loopback-only listening on the command line, so postgresql.conf edits cannot change them. */
    private List<String> serverOptions(int port) {
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port), "-h", "127.0.0.1"));
        settings.forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
        return options;
    }

    /** Creates the log file (owned by the server user, which writes it) and returns its current size. */
    private long prepareLog() throws IOException {
        Files.createDirectories(logFile.getParent());
        if (!Files.exists(logFile)) {
            Files.createFile(logFile);
            ServerUser.get().adopt(logFile);
        }
        return Files.size(logFile);
    }
}
