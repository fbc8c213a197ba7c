// Appends metric points of one run to its metrics file: the training thread's side of the run store.
package org.lmw.core.runstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends metric points (step, wall time, value) of named series to a metrics file, crash-safely.
 *
 * <p>Points are buffered per series and written as checksummed blocks: a series' block goes to the operating system
 * as soon as it holds {@value BlockFormat#POINTS_PER_BLOCK} points, and a background thread writes every partly
 * filled buffer each {@link #DEFAULT_FLUSH_INTERVAL_MILLIS} ms, so a {@code kill -9} of the process loses at most
 * that much. The file is forced to the disk (fsync) at most once per {@link #DEFAULT_SYNC_INTERVAL_MILLIS} ms and on
 * {@link #sync()} and {@link #close()}, which bounds the loss on a power cut as well without paying an fsync per
 * block.
 *
 * <p>Opening an existing file resumes it: every block is verified, a torn or damaged tail (a crash in the middle of a
 * write) is cut off before appending, and series keep their ids. Readers ({@link MetricReader}) may read the file at
 * any time, from any process; they never block the writer. One writer per file: the run's lock
 * ({@link RunSession}) keeps a second process out.
 *
 * <p>A series holds one value per step: recording a step again, or an earlier step (a run resumed from a
 * checkpoint), replaces what the series held from that step on when it is read.
 *
 * <p>Methods are thread-safe; the record methods throw {@link UncheckedIOException} when the file cannot be written,
 * so that a training loop needs no checked exceptions, and every later call fails the same way.
 */
public final class MetricWriter implements AutoCloseable {
    /** Longest time a recorded point stays in memory before it is handed to the operating system. */
    public static final long DEFAULT_FLUSH_INTERVAL_MILLIS = 250;
    /** Longest time between two forces of written points to the disk while points keep coming. */
    public static final long DEFAULT_SYNC_INTERVAL_MILLIS = 1000;
    /** A damaged tail longer than this is kept aside in a file of its own instead of being dropped. */
    static final long KEEP_DAMAGED_TAIL_BYTES = 1024 * 1024;
    private static final int IO_BUFFER_BYTES = 1024 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final Map<String, SeriesBuffer> seriesByName = new HashMap<>();
    private final List<SeriesBuffer> series = new ArrayList<>();
    /** Series defined in the file so far; the next series block gets this id. */
    private int definedSeries;
    private final ByteBuffer io = ByteBuffer.allocateDirect(IO_BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final long wallBaseEpochNanos;
    private final long wallBaseNanoTime;
    private final long flushIntervalMillis;
    private final long syncIntervalMillis;
    private final Recovery recovery;
    private final Thread flusher;
    private final Object flusherSignal = new Object();

    private long position;
    private boolean pending;
    private volatile boolean closed;
    private volatile boolean unsynced;
    private volatile long lastSyncNanos;
    private volatile IOException failure;

    /** What opening the file found: how much damaged tail was cut off, and where it was kept if it was. */
    public record Recovery(long validBytes, long droppedBytes, Path keptAt) {
        /** Whether the file had a damaged or incomplete tail. */
        public boolean repaired() {
            return droppedBytes > 0;
        }
    }

    /** A handle on one series, which saves the name lookup of {@link MetricWriter#record(long, String, double)}. */
    public final class Series {
        private final SeriesBuffer buffer;

        private Series(SeriesBuffer buffer) {
            this.buffer = buffer;
        }

        /** The metric's name. */
        public String metric() {
            return buffer.name;
        }

        /** Records the value of this metric at a step, stamped with the current wall time. */
        public void record(long step, double value) {
            synchronized (MetricWriter.this) {
                append(buffer, step, wallTimeNanos(), value);
            }
        }

        /** Records the value of this metric at a step with a wall time in nanoseconds since the epoch. */
        public void record(long step, long wallTimeNanos, double value) {
            synchronized (MetricWriter.this) {
                append(buffer, step, wallTimeNanos, value);
            }
        }
    }

    private static final class SeriesBuffer {
        /** The id in the file, given when the series block is written: ids are dense in file order. */
        int id;
        final String name;
        final byte[] nameBytes;
        final long[] steps = new long[BlockFormat.POINTS_PER_BLOCK];
        final long[] walls = new long[BlockFormat.POINTS_PER_BLOCK];
        final double[] values = new double[BlockFormat.POINTS_PER_BLOCK];
        int size;
        boolean defined;
        /** Step of the last point in file order; a smaller or equal step starts a rewind. */
        long lastStep = Long.MIN_VALUE;

        SeriesBuffer(int id, String name) {
            this.id = id;
            this.name = name;
            this.nameBytes = name.getBytes(StandardCharsets.UTF_8);
            this.defined = id >= 0;
        }
    }

    private MetricWriter(Path file, long flushIntervalMillis, long syncIntervalMillis) throws IOException {
        this.file = file;
        this.flushIntervalMillis = flushIntervalMillis;
        this.syncIntervalMillis = syncIntervalMillis;
        Instant now = Instant.now();
        this.wallBaseNanoTime = System.nanoTime();
        this.wallBaseEpochNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            this.recovery = recover();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        this.lastSyncNanos = System.nanoTime();
        this.flusher = new Thread(this::flushPeriodically, "lmw-metrics-flusher " + file.getFileName());
        flusher.setDaemon(true);
        flusher.start();
    }

    /**
     * Opens a metrics file for appending, creating it if it does not exist, with the default flush and sync intervals.
     *
     * @throws IOException when the file cannot be opened, is not a metrics file, or has a newer format version
     */
    public static MetricWriter open(Path file) throws IOException {
        return open(file, DEFAULT_FLUSH_INTERVAL_MILLIS, DEFAULT_SYNC_INTERVAL_MILLIS);
    }

    /**
     * Opens a metrics file for appending with the given intervals (see {@link #DEFAULT_FLUSH_INTERVAL_MILLIS}); a
     * {@code kill -9} loses at most about {@code flushIntervalMillis} of points.
     */
    public static MetricWriter open(Path file, long flushIntervalMillis, long syncIntervalMillis) throws IOException {
        if (flushIntervalMillis <= 0 || syncIntervalMillis <= 0) {
            throw new IllegalArgumentException("flush and sync intervals must be positive: " + flushIntervalMillis
                    + " ms, " + syncIntervalMillis + " ms");
        }
        return new MetricWriter(file, flushIntervalMillis, syncIntervalMillis);
    }

    /** The metrics file this writer appends to. */
    public Path file() {
        return file;
    }

    /** What opening found in the file: the valid length and the damaged tail that was cut off, if any. */
    public Recovery recovery() {
        return recovery;
    }

    /**
     * The wall clock used for points recorded without a wall time: nanoseconds since the epoch, monotonic while this
     * writer is open (it follows {@link System#nanoTime()} from the time of opening).
     */
    public long wallTimeNanos() {
        return wallBaseEpochNanos + (System.nanoTime() - wallBaseNanoTime);
    }

    /** Returns a handle on a series, defining it if it is new. */
    public synchronized Series series(String metric) {
        checkOpen();
        return new Series(seriesFor(metric));
    }

    /** Records the value of a metric at a step, stamped with the current wall time. */
    public synchronized void record(long step, String metric, double value) {
        append(seriesFor(metric), step, wallTimeNanos(), value);
    }

    /** Records the value of a metric at a step with a wall time in nanoseconds since the epoch. */
    public synchronized void record(long step, long wallTimeNanos, String metric, double value) {
        append(seriesFor(metric), step, wallTimeNanos, value);
    }

    /** Hands every buffered point to the operating system: then readers see them and a kill -9 cannot lose them. */
    public void flush() throws IOException {
        synchronized (this) {
            checkOpenChecked();
            try {
                writePending();
            } catch (IOException e) {
                throw fail(e);
            }
        }
    }

    /** Flushes and forces the file to the disk, so that even a power cut cannot lose the points recorded so far. */
    public void sync() throws IOException {
        flush();
        force();
    }

    /** Flushes, forces the file to the disk and closes it; closing twice does nothing. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        synchronized (flusherSignal) {
            flusherSignal.notifyAll();
        }
        boolean interrupted = false;
        while (flusher.isAlive()) {
            try {
                flusher.join();
            } catch (InterruptedException e) {
                // The flusher still uses the channel; wait for it and restore the interrupt afterwards.
                interrupted = true;
            }
        }
        try {
            synchronized (this) {
                if (failure == null) {
                    writePending();
                    channel.force(true);
                }
            }
        } finally {
            channel.close();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw new IOException(failure.getMessage(), failure);
        }
    }

    private SeriesBuffer seriesFor(String metric) {
        SeriesBuffer buffer = seriesByName.get(metric);
        if (buffer == null) {
            if (!BlockFormat.validName(metric)) {
                throw new IllegalArgumentException(
                        Messages.bind(Messages.badMetricName, metric, BlockFormat.MAX_NAME_BYTES));
            }
            if (series.size() >= BlockFormat.MAX_SERIES) {
                throw new IllegalStateException(Messages.bind(Messages.tooManySeries, file, BlockFormat.MAX_SERIES));
            }
            buffer = new SeriesBuffer(-1, metric);
            seriesByName.put(metric, buffer);
            series.add(buffer);
        }
        return buffer;
    }

    private void append(SeriesBuffer buffer, long step, long wallNanos, double value) {
        checkOpen();
        int index = buffer.size;
        buffer.steps[index] = step;
        buffer.walls[index] = wallNanos;
        buffer.values[index] = value;
        buffer.size = index + 1;
        pending = true;
        if (buffer.size == BlockFormat.POINTS_PER_BLOCK) {
            try {
                encode(buffer);
                writeOut();
            } catch (IOException e) {
                IOException named = fail(e);
                throw new UncheckedIOException(named.getMessage(), named);
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(Messages.bind(Messages.writerClosed, file));
        }
        IOException failed = failure;
        if (failed != null) {
            throw new UncheckedIOException(failed.getMessage(), failed);
        }
    }

    private void checkOpenChecked() throws IOException {
        if (closed) {
            throw new IllegalStateException(Messages.bind(Messages.writerClosed, file));
        }
        IOException failed = failure;
        if (failed != null) {
            throw new IOException(failed.getMessage(), failed);
        }
    }

    /** Records the first write failure, which every later call reports; returns it with the file's name. */
    private IOException fail(IOException e) {
        IOException named = new IOException(Messages.bind(Messages.writerFailed, file, e.getMessage()), e);
        if (failure == null) {
            failure = named;
        }
        return named;
    }

    /** Encodes and writes every partly filled series buffer; caller holds the monitor. */
    private void writePending() throws IOException {
        if (!pending) {
            return;
        }
        for (SeriesBuffer buffer : series) {
            if (buffer.size > 0) {
                encode(buffer);
            }
        }
        writeOut();
        pending = false;
    }

    /** Appends the buffer's points as one block (after its series block if the series is new) to the I/O buffer. */
    private void encode(SeriesBuffer buffer) throws IOException {
        int count = buffer.size;
        int payload = count * BlockFormat.BYTES_PER_POINT;
        int needed = BlockFormat.HEADER_SIZE + payload
                + (buffer.defined ? 0 : BlockFormat.HEADER_SIZE + buffer.nameBytes.length);
        if (io.remaining() < needed) {
            writeOut();
        }
        if (!buffer.defined) {
            buffer.id = definedSeries++;
            int start = io.position();
            clearHeader(start);
            io.putInt(start + BlockFormat.OFF_MAGIC, BlockFormat.BLOCK_MAGIC);
            io.put(start + BlockFormat.OFF_TYPE, BlockFormat.TYPE_SERIES);
            io.putInt(start + BlockFormat.OFF_SERIES, buffer.id);
            io.putInt(start + BlockFormat.OFF_PAYLOAD_LENGTH, buffer.nameBytes.length);
            io.put(start + BlockFormat.HEADER_SIZE, buffer.nameBytes);
            io.putInt(start + BlockFormat.OFF_PAYLOAD_CRC,
                    BlockFormat.crc(io, start + BlockFormat.HEADER_SIZE, buffer.nameBytes.length));
            BlockFormat.sealHeader(io, start);
            io.position(start + BlockFormat.HEADER_SIZE + buffer.nameBytes.length);
            buffer.defined = true;
        }
        long[] steps = buffer.steps;
        double[] values = buffer.values;
        boolean monotonic = steps[0] > buffer.lastStep;
        double min = Double.NaN;
        double max = Double.NaN;
        long minStep = -1;
        long maxStep = -1;
        for (int i = 0; i < count; i++) {
            if (i > 0 && steps[i] <= steps[i - 1]) {
                monotonic = false;
            }
            double value = values[i];
            // NaN (a diverged run) is no best or worst value; comparisons with NaN are false, so it is skipped.
            if (!(value >= min)) {
                if (!Double.isNaN(value)) {
                    min = value;
                    minStep = steps[i];
                }
            }
            if (!(value <= max)) {
                if (!Double.isNaN(value)) {
                    max = value;
                    maxStep = steps[i];
                }
            }
        }
        int start = io.position();
        clearHeader(start);
        io.putInt(start + BlockFormat.OFF_MAGIC, BlockFormat.BLOCK_MAGIC);
        io.put(start + BlockFormat.OFF_TYPE, BlockFormat.TYPE_POINTS);
        io.put(start + BlockFormat.OFF_FLAGS, monotonic ? BlockFormat.FLAG_MONOTONIC : 0);
        io.putInt(start + BlockFormat.OFF_SERIES, buffer.id);
        io.putInt(start + BlockFormat.OFF_COUNT, count);
        io.putInt(start + BlockFormat.OFF_PAYLOAD_LENGTH, payload);
        io.putLong(start + BlockFormat.OFF_FIRST_STEP, steps[0]);
        io.putLong(start + BlockFormat.OFF_LAST_STEP, steps[count - 1]);
        io.putLong(start + BlockFormat.OFF_LAST_WALL, buffer.walls[count - 1]);
        io.putDouble(start + BlockFormat.OFF_LAST_VALUE, values[count - 1]);
        io.putDouble(start + BlockFormat.OFF_MIN, min);
        io.putLong(start + BlockFormat.OFF_MIN_STEP, minStep);
        io.putDouble(start + BlockFormat.OFF_MAX, max);
        io.putLong(start + BlockFormat.OFF_MAX_STEP, maxStep);
        int body = start + BlockFormat.HEADER_SIZE;
        int column = count * Long.BYTES;
        io.slice(body, column).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(steps, 0, count);
        io.slice(body + column, column).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(buffer.walls, 0, count);
        io.slice(body + 2 * column, column).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(values, 0, count);
        io.putInt(start + BlockFormat.OFF_PAYLOAD_CRC, BlockFormat.crc(io, body, payload));
        BlockFormat.sealHeader(io, start);
        io.position(body + payload);
        buffer.lastStep = steps[count - 1];
        buffer.size = 0;
    }

    private void clearHeader(int start) {
        for (int i = 0; i < BlockFormat.HEADER_SIZE; i += Long.BYTES) {
            io.putLong(start + i, 0L);
        }
    }

    /** Writes the I/O buffer at the end of the valid data; caller holds the monitor. */
    private void writeOut() throws IOException {
        io.flip();
        while (io.hasRemaining()) {
            position += channel.write(io, position);
        }
        io.clear();
        unsynced = true;
    }

    private void force() throws IOException {
        if (!unsynced) {
            return;
        }
        // Cleared before forcing: a write that lands during the force sets it again and is forced next time.
        unsynced = false;
        try {
            channel.force(false);
        } catch (IOException e) {
            unsynced = true;
            throw fail(e);
        }
        lastSyncNanos = System.nanoTime();
    }

    /** Body of the flusher thread: writes buffered points every flush interval, forces at most every sync interval. */
    private void flushPeriodically() {
        while (true) {
            synchronized (flusherSignal) {
                // Checked under the signal's monitor, so a close cannot notify between this check and the wait.
                if (closed) {
                    return;
                }
                try {
                    flusherSignal.wait(flushIntervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
            synchronized (this) {
                if (closed || failure != null) {
                    return;
                }
                try {
                    writePending();
                } catch (IOException e) {
                    fail(e);
                    return;
                }
            }
            // Forcing outside the monitor keeps a slow disk from stalling the training thread.
            if (unsynced && System.nanoTime() - lastSyncNanos >= syncIntervalMillis * 1_000_000L) {
                try {
                    force();
                } catch (IOException e) {
                    return;
                }
            }
        }
    }

    /**
     * Verifies the existing file block by block, restores the series dictionary and cuts off a damaged tail; a tail
     * larger than {@link #KEEP_DAMAGED_TAIL_BYTES} is first copied aside so that no valid data is ever destroyed.
     */
    private Recovery recover() throws IOException {
        long size = channel.size();
        if (size < BlockFormat.FILE_HEADER_SIZE) {
            // A new file, or one whose creation was cut short before its header was complete.
            channel.truncate(0);
            ByteBuffer header = BlockFormat.fileHeader();
            while (header.hasRemaining()) {
                channel.write(header, header.position());
            }
            channel.force(true);
            position = BlockFormat.FILE_HEADER_SIZE;
            return new Recovery(position, size, null);
        }
        checkFileHeader(channel, file);
        ByteBuffer headerBuffer = ByteBuffer.allocateDirect(BlockFormat.HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer payloadBuffer = ByteBuffer.allocateDirect(BlockFormat.POINTS_PER_BLOCK * BlockFormat.BYTES_PER_POINT)
                .order(ByteOrder.LITTLE_ENDIAN);
        long at = BlockFormat.FILE_HEADER_SIZE;
        while (true) {
            BlockFormat.Header header = BlockFormat.readHeader(channel, at, size, headerBuffer);
            if (header == null) {
                break;
            }
            if (payloadBuffer.capacity() < header.payloadLength()) {
                payloadBuffer = ByteBuffer.allocateDirect(header.payloadLength()).order(ByteOrder.LITTLE_ENDIAN);
            }
            payloadBuffer.clear().limit(header.payloadLength());
            if (!BlockFormat.readFully(channel, payloadBuffer, at + BlockFormat.HEADER_SIZE)
                    || BlockFormat.crc(payloadBuffer, 0, header.payloadLength()) != header.payloadCrc()) {
                break;
            }
            if (header.type() == BlockFormat.TYPE_SERIES) {
                if (header.seriesId() != definedSeries) {
                    break;
                }
                byte[] name = new byte[header.payloadLength()];
                payloadBuffer.get(0, name);
                String metric = new String(name, StandardCharsets.UTF_8);
                if (seriesByName.containsKey(metric)) {
                    break;
                }
                SeriesBuffer buffer = new SeriesBuffer(definedSeries++, metric);
                seriesByName.put(metric, buffer);
                series.add(buffer);
            } else {
                if (header.seriesId() >= definedSeries) {
                    break;
                }
                series.get(header.seriesId()).lastStep = header.lastStep();
            }
            at += BlockFormat.HEADER_SIZE + header.payloadLength();
        }
        position = at;
        long dropped = size - at;
        Path keptAt = null;
        if (dropped > 0) {
            if (dropped > KEEP_DAMAGED_TAIL_BYTES) {
                keptAt = keepDamagedTail(at, dropped);
            }
            channel.truncate(at);
            channel.force(true);
        }
        return new Recovery(at, dropped, keptAt);
    }

    private Path keepDamagedTail(long from, long length) throws IOException {
        Path target = file.resolveSibling(file.getFileName() + ".damaged-" + System.currentTimeMillis());
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long copied = 0;
            while (copied < length) {
                copied += channel.transferTo(from + copied, length - copied, out);
            }
            out.force(true);
        }
        System.getLogger(MetricWriter.class.getName()).log(System.Logger.Level.WARNING,
                Messages.bind(Messages.tornTailSaved, file, length, from, target));
        return target;
    }

    /** Checks the magic and version of an existing metrics file. */
    static void checkFileHeader(FileChannel channel, Path file) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(BlockFormat.FILE_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        if (!BlockFormat.readFully(channel, header, 0)) {
            throw new IOException(Messages.bind(Messages.notAMetricsFile, file, "it is shorter than its header"));
        }
        byte[] magic = new byte[BlockFormat.FILE_MAGIC.length];
        header.get(0, magic);
        if (!Arrays.equals(magic, BlockFormat.FILE_MAGIC)) {
            throw new IOException(Messages.bind(Messages.notAMetricsFile, file, "its first bytes are not LMWMETRC"));
        }
        int version = header.getInt(BlockFormat.FILE_MAGIC.length);
        if (version != BlockFormat.FORMAT_VERSION) {
            throw new IOException(Messages.bind(Messages.unsupportedVersion, file, version,
                    BlockFormat.FORMAT_VERSION));
        }
    }

    /** Whether a file exists and already has a complete header, that is, whether a reader can open it. */
    static boolean hasHeader(Path file) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) >= BlockFormat.FILE_HEADER_SIZE;
    }
}
