// Byte layout of the metrics file (metrics.lmws): file header, block header, checksums; shared by writer and reader.
package org.lmw.core.runstore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Constants and codecs of the metrics file format; see the package documentation for the layout.
 *
 * <p>All numbers are little-endian, so that x86 and ARM hosts copy columns without byte swapping.
 */
final class BlockFormat {
    /** File name of a run's metrics inside its run folder. */
    static final String FILE_NAME = "metrics.lmws";

    /** "LMWMETRC" followed by the format version: the first 12 bytes of every metrics file. */
    static final byte[] FILE_MAGIC = "LMWMETRC".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 1;
    static final int FILE_HEADER_SIZE = 16;

    /** "LMBK" read as a little-endian int: marks the start of every block. */
    static final int BLOCK_MAGIC = 0x4B424D4C;
    static final int HEADER_SIZE = 96;

    static final byte TYPE_SERIES = 1;
    static final byte TYPE_POINTS = 2;

    /** Every step in the block is larger than the one before it and than every earlier step of the series. */
    static final byte FLAG_MONOTONIC = 1;

    static final int BYTES_PER_POINT = 24;
    /** Points per full block: 192 KiB of payload, large enough for bulk copies, small enough to lose little. */
    static final int POINTS_PER_BLOCK = 8192;
    /** A block can never be larger than this; a bigger length in a header means the header is damaged. */
    static final int MAX_PAYLOAD = 16 * 1024 * 1024;
    static final int MAX_NAME_BYTES = 1024;
    static final int MAX_SERIES = 1 << 20;

    // Offsets inside a block header.
    static final int OFF_MAGIC = 0;
    static final int OFF_HEADER_CRC = 4;
    static final int OFF_TYPE = 8;
    static final int OFF_FLAGS = 9;
    static final int OFF_SERIES = 12;
    static final int OFF_COUNT = 16;
    static final int OFF_PAYLOAD_LENGTH = 20;
    static final int OFF_PAYLOAD_CRC = 24;
    static final int OFF_FIRST_STEP = 32;
    static final int OFF_LAST_STEP = 40;
    static final int OFF_LAST_WALL = 48;
    static final int OFF_LAST_VALUE = 56;
    static final int OFF_MIN = 64;
    static final int OFF_MIN_STEP = 72;
    static final int OFF_MAX = 80;
    static final int OFF_MAX_STEP = 88;

    private BlockFormat() {
    }

    static ByteBuffer fileHeader() {
        ByteBuffer header = ByteBuffer.allocate(FILE_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        header.put(FILE_MAGIC).putInt(FORMAT_VERSION).putInt(0).flip();
        return header;
    }

    /** CRC32C of {@code length} bytes from {@code offset}, leaving the buffer's position and limit as they were. */
    static int crc(ByteBuffer buffer, int offset, int length) {
        CRC32C crc = new CRC32C();
        ByteBuffer slice = buffer.duplicate();
        slice.limit(offset + length).position(offset);
        crc.update(slice);
        return (int) crc.getValue();
    }

    /** Fills the header checksum of the block header at {@code start}; all other header fields must be set. */
    static void sealHeader(ByteBuffer buffer, int start) {
        buffer.putInt(start + OFF_HEADER_CRC, crc(buffer, start + OFF_TYPE, HEADER_SIZE - OFF_TYPE));
    }

    /** Parsed block header; the payload is not part of it. */
    record Header(byte type, byte flags, int seriesId, int count, int payloadLength, int payloadCrc, long firstStep,
            long lastStep, long lastWallNanos, double lastValue, double min, long minStep, double max, long maxStep) {

        boolean monotonic() {
            return (flags & FLAG_MONOTONIC) != 0;
        }
    }

    /**
     * Parses the block header at {@code start}, or returns null when it is not a sound block header (wrong magic,
     * checksum, type or lengths), which the reader and the recovery treat as the end of the valid data.
     */
    static Header parseHeader(ByteBuffer buffer, int start) {
        if (buffer.getInt(start + OFF_MAGIC) != BLOCK_MAGIC) {
            return null;
        }
        if (buffer.getInt(start + OFF_HEADER_CRC) != crc(buffer, start + OFF_TYPE, HEADER_SIZE - OFF_TYPE)) {
            return null;
        }
        byte type = buffer.get(start + OFF_TYPE);
        int seriesId = buffer.getInt(start + OFF_SERIES);
        int count = buffer.getInt(start + OFF_COUNT);
        int payloadLength = buffer.getInt(start + OFF_PAYLOAD_LENGTH);
        if (seriesId < 0 || seriesId >= MAX_SERIES || payloadLength < 0 || payloadLength > MAX_PAYLOAD) {
            return null;
        }
        if (type == TYPE_SERIES) {
            if (count != 0 || payloadLength == 0 || payloadLength > MAX_NAME_BYTES) {
                return null;
            }
        } else if (type == TYPE_POINTS) {
            if (count <= 0 || (long) count * BYTES_PER_POINT != payloadLength) {
                return null;
            }
        } else {
            return null;
        }
        return new Header(type, buffer.get(start + OFF_FLAGS), seriesId, count, payloadLength,
                buffer.getInt(start + OFF_PAYLOAD_CRC), buffer.getLong(start + OFF_FIRST_STEP),
                buffer.getLong(start + OFF_LAST_STEP), buffer.getLong(start + OFF_LAST_WALL),
                buffer.getDouble(start + OFF_LAST_VALUE), buffer.getDouble(start + OFF_MIN),
                buffer.getLong(start + OFF_MIN_STEP), buffer.getDouble(start + OFF_MAX),
                buffer.getLong(start + OFF_MAX_STEP));
    }

    /**
     * Reads and parses the block header at {@code position}; null when no whole header lies before {@code size}, when
     * the header is unsound, or when its payload would reach past {@code size} (a torn tail).
     */
    static Header readHeader(FileChannel channel, long position, long size, ByteBuffer scratch) throws IOException {
        if (position + HEADER_SIZE > size) {
            return null;
        }
        scratch.clear().limit(HEADER_SIZE);
        if (!readFully(channel, scratch, position)) {
            return null;
        }
        Header header = parseHeader(scratch, 0);
        if (header == null || position + HEADER_SIZE + header.payloadLength() > size) {
            return null;
        }
        return header;
    }

    /** Fills the buffer from the file at {@code position}; false when the file ends first (it was cut meanwhile). */
    static boolean readFully(FileChannel channel, ByteBuffer target, long position) throws IOException {
        long at = position;
        while (target.hasRemaining()) {
            int read = channel.read(target, at);
            if (read < 0) {
                return false;
            }
            at += read;
        }
        return true;
    }

    /** Whether a metric name can be stored: not empty, no control characters, at most MAX_NAME_BYTES in UTF-8. */
    static boolean validName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return false;
            }
        }
        return name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES;
    }
}
