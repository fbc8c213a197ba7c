// Writes a file so that readers and crashes see either the old content or the new, never a mix.
package org.lmw.core.persistence;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Atomic file replacement: the content goes to a temporary file in the target's folder, is forced to disk, and
 * is renamed over the target in one step; the folder is then forced so the rename itself survives a crash.
 *
 * <p>If writing fails (an exception from the content, a full disk, a crash), the target keeps its previous
 * content and the temporary file is removed where the process is still alive to do it.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the whole content; the stream is closed by the caller.
         *
         * @throws IOException when the content cannot be produced or written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Prefix and suffix of temporary files, so a workspace scan can ignore (and clean up) leftovers. */
    public static final String TEMP_PREFIX = ".";
    public static final String TEMP_SUFFIX = ".tmp";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with the given content atomically; a symbolic link is followed so the linked file
     * is replaced, not the link.
     *
     * @throws IOException when the content cannot be written; {@code target} is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path folder = file.getParent();
        byte[] nonce = new byte[6];
        RANDOM.nextBytes(nonce);
        Path temp = folder.resolve(TEMP_PREFIX + file.getFileName() + "." + HexFormat.of().formatHex(nonce)
                + TEMP_SUFFIX);
        try {
            // CREATE_NEW rather than createTempFile: the new file gets the usual permissions (umask), not 0600.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        // The content must not close the channel before it is forced to disk.
                        flush();
                    }
                });
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        forceFolder(folder);
    }

    /** Gives the replacement the permissions of the file it replaces, so a shared workspace stays shared. */
    private static void keepPermissions(Path file, Path temp) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null || !Files.exists(file)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // Permissions are a courtesy; the save itself must not fail over them.
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every platform can open a folder (Windows); the rename has happened either way.
        }
    }
}
