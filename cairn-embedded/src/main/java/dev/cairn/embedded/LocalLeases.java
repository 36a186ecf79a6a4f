package dev.cairn.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Who is using a local server right now: every open session holds a lease, a file under {@code leases/} that it
 * keeps locked. The OS drops the lock when the process dies, so a lease whose file can be locked by someone
 * else is a dead one, and counting live leases needs no pids (which another pid namespace would not show). Callers
 * hold the cluster's lock, so leases are not taken while the last one out decides to stop the server.
 */
final class LocalLeases {
    private static final String SUFFIX = ".lease";

    private final Path directory;

    LocalLeases(Path directory) {
        this.directory = directory;
    }

    /** One session's lease; {@link #close()} gives it back. */
    static final class Lease implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;

        private Lease(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        @Override
        public void close() {
            try {
                channel.close(); // releases the lock
            } catch (IOException ignored) {
                // the lock goes with the channel either way
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover file is a dead lease: the next count removes it
            }
        }
    }

    Lease acquire() throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(UUID.randomUUID() + SUFFIX);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            channel.lock();
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes()));
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(file);
            throw e;
        }
        return new Lease(file, channel);
    }

    /** Whether any session (in this JVM or another process) still holds a lease; removes dead leases' files. */
    boolean anyLive() throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        boolean live = false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                live |= isLive(file);
            }
        }
        return live;
    }

    private static boolean isLive(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true; // another process holds it
            }
            lock.release();
            Files.deleteIfExists(file); // its holder died without closing
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // a session in this JVM holds it
        } catch (java.nio.file.NoSuchFileException e) {
            return false; // closed just now
        } catch (IOException e) {
            return true; // cannot tell: assume it is in use, which at worst leaves a server running
        }
    }
}
