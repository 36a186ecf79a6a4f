package dev.cairn.embedded;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion across threads and processes on a lock file. A file lock alone is not enough:
 * the JVM holds file locks per process and throws when one thread locks a file another thread
 * already holds, so threads queue on a {@link ReentrantLock} first. Re-entry by the same thread
 * skips the file lock it already owns.
 */
final class FileLocks {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private FileLocks() {}

    interface Action<T> {
        T run() throws Exception;
    }

    static <T> T withLock(Path lockFile, Action<T> action) throws Exception {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return action.run();
            }
            Files.createDirectories(key.getParent());
            try (FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                return action.run();
            }
        } finally {
            local.unlock();
        }
    }
}
