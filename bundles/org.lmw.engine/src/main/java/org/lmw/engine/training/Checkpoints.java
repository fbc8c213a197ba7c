// Reads and writes training checkpoints: step, parameters and optimizer state, in DJL's NDList encoding.
package org.lmw.engine.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The checkpoint file: {@code LMWCKPT1}, the step, the names of the arrays, then the arrays as one DJL-encoded
 * {@link NDList} (parameters in network order, then optimizer state). Written to a temporary file, forced to disk and
 * renamed, so a crash leaves either the old or the new checkpoint, never half of one.
 */
final class Checkpoints {

    private static final byte[] MAGIC = {'L', 'M', 'W', 'C', 'K', 'P', 'T', '1'};

    private Checkpoints() {
    }

    static void write(Path file, long step, String network, List<String> names, List<NDArray> arrays)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeLong(step);
            out.writeUTF(network);
            out.writeInt(names.size());
            for (String name : names) {
                out.writeUTF(name);
            }
            byte[] encoded = new NDList(arrays.toArray(NDArray[]::new)).encode();
            out.writeInt(encoded.length);
            out.write(encoded);
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                bytes.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    record Content(long step, String network, List<String> names, NDList arrays) {
    }

    static Content read(Path file, NDManager manager) throws IOException {
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not an LMW checkpoint (wrong magic bytes).");
            }
            long step = data.readLong();
            String network = data.readUTF();
            int n = data.readInt();
            if (n < 0 || n > 1_000_000) {
                throw new IOException(file + " is damaged: it claims " + n + " arrays.");
            }
            String[] names = new String[n];
            for (int i = 0; i < n; i++) {
                names[i] = data.readUTF();
            }
            int length = data.readInt();
            if (length < 0) {
                throw new IOException(file + " is damaged: negative array block length.");
            }
            byte[] encoded = new byte[length];
            data.readFully(encoded);
            NDList arrays = NDList.decode(manager, encoded);
            if (arrays.size() != n) {
                throw new IOException(file + " is damaged: " + arrays.size() + " arrays for " + n + " names.");
            }
            return new Content(step, network, List.of(names), arrays);
        } catch (java.io.EOFException e) {
            throw new IOException(file + " is truncated.", e);
        }
    }
}
