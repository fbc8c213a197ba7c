// Reads IDX files (MNIST, Fashion-MNIST), gzip-compressed or plain, checking the header against the data.
package org.lmw.engine.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * Reader of the IDX format: a big-endian header {@code 0x00 0x00 type ndim}, {@code ndim} 32-bit sizes, then data.
 *
 * <p>Only unsigned-byte data (type {@code 0x08}) is accepted, which is what the MNIST family uses. Compression is
 * detected from the gzip magic number, not the file name.
 */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /**
     * Reads one IDX file.
     *
     * @param file the file, gzip-compressed or not
     * @return its dimensions, data and checksum
     * @throws IOException if the file cannot be read or is not a well-formed unsigned-byte IDX file; the message
     *     names the file and what is wrong
     */
    public static IdxArray read(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream raw = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                digest)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            boolean gzip = b0 == 0x1f && b1 == 0x8b;
            InputStream body = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            DataInputStream in = new DataInputStream(body);
            int magic;
            try {
                magic = in.readInt();
            } catch (EOFException e) {
                throw new IOException(file + " is empty or truncated: no IDX header.", e);
            }
            if ((magic >>> 16) != 0) {
                throw new IOException(file + " is not an IDX file (magic number 0x" + Integer.toHexString(magic)
                        + ", expected 0x000008NN).");
            }
            int type = (magic >>> 8) & 0xFF;
            int ndim = magic & 0xFF;
            if (type != UNSIGNED_BYTE) {
                throw new IOException(file + " holds IDX data of type 0x" + Integer.toHexString(type)
                        + "; only unsigned bytes (0x08) are supported.");
            }
            if (ndim < 1 || ndim > 4) {
                throw new IOException(file + " declares " + ndim + " dimensions; expected 1 to 4.");
            }
            int[] dims = new int[ndim];
            long total = 1;
            for (int i = 0; i < ndim; i++) {
                dims[i] = in.readInt();
                if (dims[i] < 0) {
                    throw new IOException(file + " declares a negative size in dimension " + i + ".");
                }
                total *= dims[i];
            }
            if (total > Integer.MAX_VALUE - 16) {
                throw new IOException(file + " declares " + total + " values, more than one array can hold.");
            }
            byte[] data = new byte[(int) total];
            try {
                in.readFully(data);
            } catch (EOFException e) {
                throw new IOException(file + " is truncated: its header declares " + total + " values.", e);
            }
            // Drain the rest so the checksum covers the whole file, and notice trailing garbage.
            if (in.read() != -1) {
                throw new IOException(file + " has more data than its header declares (" + total + " values).");
            }
            while (raw.read() != -1) {
                // gzip trailer bytes already consumed by GZIPInputStream; this only reads padding, if any.
            }
            return new IdxArray(dims, data, HexFormat.of().formatHex(digest.digest()));
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no SHA-256, which every Java platform must provide.", e);
        }
    }
}
