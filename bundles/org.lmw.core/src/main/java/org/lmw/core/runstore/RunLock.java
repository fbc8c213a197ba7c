// The operating-system lock that marks a run as active; the kernel drops it when the process dies, even by kill -9.
package org.lmw.core.runstore;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * An exclusive lock on a run's lock file, held while the run is active.
 *
 * <p>The lock is a file lock ({@link FileChannel#tryLock()}), which the kernel releases when its process ends however
 * it ends; a run whose descriptor says running but whose lock is free was therefore interrupted. On Linux these are
 * POSIX record locks, which a process loses when it closes any descriptor of the file; so every open of a lock file in
 * this JVM goes through this class, under one monitor, and a lock file held here is never opened a second time.
 */
final class RunLock implements AutoCloseable {
    static final String FILE_NAME = "run.lock";

    /** Lock files held by this JVM, by absolute path; also the monitor for every open of a lock file. */
    private static final Map<Path, RunLock> HELD = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns null when this or another process holds it. */
    static RunLock tryAcquire(Path lockFile) throws IOException {
        Path key = key(lockFile);
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                return null;
            }
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | OverlappingFileLockException e) {
                channel.close();
                if (e instanceof IOException io) {
                    throw io;
                }
                return null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            RunLock held = new RunLock(key, channel, lock);
            HELD.put(key, held);
            return held;
        }
    }

    /** Whether any process, this one included, holds the lock; a missing lock file is not held. */
    static boolean isHeld(Path lockFile) throws IOException {
        Path key = key(lockFile);
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                return true;
            }
            if (!key.toFile().isFile()) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            } catch (OverlappingFileLockException e) {
                return true;
            }
        }
    }

    /** The lock file. */
    Path file() {
        return file;
    }

    /** Releases the lock; releasing twice does nothing. */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (HELD.get(file) != this) {
                return;
            }
            HELD.remove(file);
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static Path key(Path lockFile) {
        return lockFile.toAbsolutePath().normalize();
    }
}
