// Reads the metric series of one run while it is being written: the side of the run store that views and queries use.
package org.lmw.core.runstore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the metric series of a metrics file, including one that a {@link MetricWriter} is appending to right now.
 *
 * <p>The reader keeps an index of block headers and picks up newly flushed blocks on every query (or on
 * {@link #refresh()}); it only reads the file, takes no lock, and so never blocks the writer. Each block header has its
 * own checksum, and a block's points are verified against the payload checksum when they are read. The reader stops
 * at the first torn or damaged block: what it returns is always a prefix of what was written.
 *
 * <p>Summaries ({@link #summary(String)}, {@link #last(String)}) come from the block headers, so querying many runs
 * reads a few bytes per block instead of every point.
 *
 * <p>A reader may be shared between threads; its methods are synchronized.
 */
public final class MetricReader implements AutoCloseable {
    /** Blocks of a series are read with one system call of up to this many bytes... */
    private static final int MAX_READ_BYTES = 4 * 1024 * 1024;
    /** ...even across other series' blocks between them, when those take less than this: one copy beats a call. */
    private static final int MAX_GAP_BYTES = 256 * 1024;

    private final Path file;
    private FileChannel channel;
    private final List<SeriesIndex> seriesById = new ArrayList<>();
    private final Map<String, SeriesIndex> seriesByName = new HashMap<>();
    private final ByteBuffer headerBuffer = ByteBuffer.allocateDirect(BlockFormat.HEADER_SIZE)
            .order(ByteOrder.LITTLE_ENDIAN);
    private ByteBuffer readBuffer;
    /** Offset of the first byte not yet indexed: the end of the valid data seen so far. */
    private long scanned = BlockFormat.FILE_HEADER_SIZE;
    /**
     * Offset of a block whose points failed their checksum, or -1. Scanning stops there until the block verifies,
     * which it does only if the failure was a read racing the write (or a new writer replaced the damaged tail).
     */
    private long damagedAt = -1;
    private boolean closed;

    /**
     * The blocks of one series in file order, as parallel primitive arrays (about 32 bytes a block, so that a long
     * run flushed four times a second stays small), with the summary over all of them kept up to date.
     */
    private static final class SeriesIndex {
        final String name;
        final long definedAt;
        int blocks;
        long[] offsets = new long[8];
        int[] counts = new int[8];
        int[] payloadCrcs = new int[8];
        long[] firstSteps = new long[8];
        long[] lastSteps = new long[8];
        long points;
        /** False once any block rewinds the series (a step recorded again); then points must be read to summarise. */
        boolean monotonic = true;
        double min = Double.NaN;
        long minStep = -1;
        double max = Double.NaN;
        long maxStep = -1;
        long lastWall;
        double lastValue = Double.NaN;

        SeriesIndex(String name, long definedAt) {
            this.name = name;
            this.definedAt = definedAt;
        }

        void add(long offset, BlockFormat.Header header) {
            if (blocks == offsets.length) {
                int grown = blocks * 2;
                offsets = Arrays.copyOf(offsets, grown);
                counts = Arrays.copyOf(counts, grown);
                payloadCrcs = Arrays.copyOf(payloadCrcs, grown);
                firstSteps = Arrays.copyOf(firstSteps, grown);
                lastSteps = Arrays.copyOf(lastSteps, grown);
            }
            offsets[blocks] = offset;
            counts[blocks] = header.count();
            payloadCrcs[blocks] = header.payloadCrc();
            firstSteps[blocks] = header.firstStep();
            lastSteps[blocks] = header.lastStep();
            blocks++;
            points += header.count();
            monotonic &= header.monotonic();
            if (!Double.isNaN(header.min()) && (Double.isNaN(min) || header.min() < min)) {
                min = header.min();
                minStep = header.minStep();
            }
            if (!Double.isNaN(header.max()) && (Double.isNaN(max) || header.max() > max)) {
                max = header.max();
                maxStep = header.maxStep();
            }
            lastWall = header.lastWallNanos();
            lastValue = header.lastValue();
        }

        long end(int block) {
            return offsets[block] + BlockFormat.HEADER_SIZE + (long) counts[block] * BlockFormat.BYTES_PER_POINT;
        }

        long lastStep() {
            return blocks == 0 ? -1 : lastSteps[blocks - 1];
        }
    }

    private MetricReader(Path file) {
        this.file = file;
    }

    /**
     * Opens a reader on a metrics file; a file that does not exist yet reads as empty until a writer creates it.
     *
     * @throws IOException when the file exists but is not a metrics file or has an unknown format version
     */
    public static MetricReader open(Path file) throws IOException {
        MetricReader reader = new MetricReader(file);
        reader.refresh();
        return reader;
    }

    /** The metrics file this reader reads. */
    public Path file() {
        return file;
    }

    /**
     * Indexes the blocks flushed since the last refresh; queries call it themselves.
     *
     * @return whether new blocks were found
     */
    public synchronized boolean refresh() throws IOException {
        checkOpen();
        if (channel == null) {
            if (!MetricWriter.hasHeader(file)) {
                return false;
            }
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            } catch (NoSuchFileException e) {
                return false;
            }
            try {
                MetricWriter.checkFileHeader(channel, file);
            } catch (IOException e) {
                channel.close();
                channel = null;
                throw e;
            }
        }
        long size = channel.size();
        if (size < scanned) {
            // A new writer cut off a damaged tail this reader had indexed, or the file was replaced: start over.
            damagedAt = -1;
            resetIndex();
        }
        long before = scanned;
        while (true) {
            BlockFormat.Header header = BlockFormat.readHeader(channel, scanned, size, headerBuffer);
            if (header == null) {
                break;
            }
            long payloadOffset = scanned + BlockFormat.HEADER_SIZE;
            if (scanned == damagedAt) {
                if (!payloadVerifies(payloadOffset, header)) {
                    break;
                }
                damagedAt = -1;
            }
            if (header.type() == BlockFormat.TYPE_SERIES) {
                String name = readName(payloadOffset, header);
                if (name == null || header.seriesId() != seriesById.size() || seriesByName.containsKey(name)) {
                    break;
                }
                SeriesIndex index = new SeriesIndex(name, scanned);
                seriesById.add(index);
                seriesByName.put(name, index);
            } else {
                if (header.seriesId() >= seriesById.size()) {
                    break;
                }
                seriesById.get(header.seriesId()).add(scanned, header);
            }
            scanned = payloadOffset + header.payloadLength();
        }
        return scanned != before;
    }

    /** The names of the metrics in the file, in the order their first points reached the file. */
    public synchronized List<String> metrics() throws IOException {
        refresh();
        List<String> names = new ArrayList<>(seriesById.size());
        for (SeriesIndex index : seriesById) {
            names.add(index.name);
        }
        return names;
    }

    /** The number of points of a metric, counting replaced steps too until they are read; 0 for an unknown metric. */
    public synchronized long pointCount(String metric) throws IOException {
        refresh();
        SeriesIndex index = seriesByName.get(metric);
        return index == null ? 0 : index.points;
    }

    /** The number of bytes of valid data indexed so far, file header included. */
    public synchronized long validBytes() {
        return scanned;
    }

    /** Reads every point of a metric; an unknown metric gives an empty series. */
    public synchronized MetricSeries read(String metric) throws IOException {
        refresh();
        SeriesIndex index = seriesByName.get(metric);
        if (index == null) {
            return MetricSeries.empty(metric);
        }
        return readBlocks(index, 0, index.blocks);
    }

    /**
     * Reads the points of a metric whose steps lie in {@code [fromStep, toStep]}, both ends included; blocks entirely
     * outside the range are not read.
     */
    public synchronized MetricSeries readRange(String metric, long fromStep, long toStep) throws IOException {
        refresh();
        SeriesIndex index = seriesByName.get(metric);
        if (index == null || fromStep > toStep) {
            return MetricSeries.empty(metric);
        }
        MetricSeries all;
        if (index.monotonic) {
            // Steps grow from block to block: the blocks that overlap the range are one run of the index.
            int first = lowerBound(index.lastSteps, index.blocks, fromStep);
            int last = first;
            while (last < index.blocks && index.firstSteps[last] <= toStep) {
                last++;
            }
            all = readBlocks(index, first, last);
        } else {
            all = readBlocks(index, 0, index.blocks);
        }
        long[] steps = all.steps();
        int from = lowerBound(steps, steps.length, fromStep);
        int to = toStep == Long.MAX_VALUE ? steps.length : lowerBound(steps, steps.length, toStep + 1);
        if (from == 0 && to == steps.length) {
            return all;
        }
        return new MetricSeries(metric, Arrays.copyOfRange(steps, from, to),
                Arrays.copyOfRange(all.wallTimesNanos(), from, to), Arrays.copyOfRange(all.values(), from, to));
    }

    /** The point with the largest step of a metric, kept from the block headers; empty for an unknown metric. */
    public synchronized Optional<MetricPoint> last(String metric) throws IOException {
        refresh();
        SeriesIndex index = seriesByName.get(metric);
        if (index == null || index.blocks == 0) {
            return Optional.empty();
        }
        // The last point in file order always survives rewinds, so the last block's header holds it.
        return Optional.of(new MetricPoint(index.lastStep(), index.lastWall, index.lastValue));
    }

    /** Final, smallest and largest value of a metric; from block headers alone unless the series was rewound. */
    public synchronized MetricSummary summary(String metric) throws IOException {
        refresh();
        SeriesIndex index = seriesByName.get(metric);
        if (index == null || index.blocks == 0) {
            return MetricSummary.empty(metric);
        }
        if (!index.monotonic) {
            return MetricSummary.of(readBlocks(index, 0, index.blocks));
        }
        return new MetricSummary(metric, index.points, index.lastStep(), index.lastValue, index.lastWall, index.min,
                index.minStep, index.max, index.maxStep);
    }

    /** Closes the file; closing twice does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (channel != null) {
            channel.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(Messages.bind(Messages.readerClosed, file));
        }
    }

    private boolean payloadVerifies(long payloadOffset, BlockFormat.Header header) throws IOException {
        int length = header.payloadLength();
        ByteBuffer buffer = ByteBuffer.allocateDirect(length);
        return BlockFormat.readFully(channel, buffer, payloadOffset)
                && BlockFormat.crc(buffer, 0, length) == header.payloadCrc();
    }

    private String readName(long payloadOffset, BlockFormat.Header header) throws IOException {
        int length = header.payloadLength();
        ByteBuffer buffer = ByteBuffer.allocate(length);
        if (!BlockFormat.readFully(channel, buffer, payloadOffset)
                || BlockFormat.crc(buffer, 0, length) != header.payloadCrc()) {
            return null;
        }
        String name = new String(buffer.array(), StandardCharsets.UTF_8);
        return BlockFormat.validName(name) ? name : null;
    }

    /**
     * Reads and verifies the points of the blocks {@code [from, to)} of one series. A block whose payload fails its
     * checksum ends the valid data: the index is rebuilt up to that block and the points before it are returned.
     */
    private MetricSeries readBlocks(SeriesIndex index, int from, int to) throws IOException {
        long total = 0;
        for (int b = from; b < to; b++) {
            total += index.counts[b];
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IOException(file + ": metric '" + index.name + "' has " + total
                    + " points, more than one array holds; read it with readRange");
        }
        int capacity = (int) total;
        long[] steps = new long[capacity];
        long[] walls = new long[capacity];
        double[] values = new double[capacity];
        int filled = 0;
        int b = from;
        read: while (b < to) {
            // One call reads a run of the series' blocks together with small gaps of other series between them.
            long groupStart = index.offsets[b];
            int end = b + 1;
            while (end < to && index.offsets[end] - index.end(end - 1) <= MAX_GAP_BYTES
                    && index.end(end) - groupStart <= MAX_READ_BYTES) {
                end++;
            }
            int groupBytes = (int) (index.end(end - 1) - groupStart);
            if (readBuffer == null || readBuffer.capacity() < groupBytes) {
                readBuffer = ByteBuffer.allocateDirect(Math.max(groupBytes, 256 * 1024)).order(ByteOrder.LITTLE_ENDIAN);
            }
            readBuffer.clear().limit(groupBytes);
            boolean complete = BlockFormat.readFully(channel, readBuffer, groupStart);
            for (int k = b; k < end; k++) {
                int count = index.counts[k];
                int body = (int) (index.offsets[k] - groupStart) + BlockFormat.HEADER_SIZE;
                int length = count * BlockFormat.BYTES_PER_POINT;
                if (!complete && index.end(k) > groupStart + readBuffer.position()
                        || BlockFormat.crc(readBuffer, body, length) != index.payloadCrcs[k]) {
                    damagedAt = index.offsets[k];
                    resetIndex();
                    refresh();
                    break read;
                }
                int column = count * Long.BYTES;
                readBuffer.slice(body, column).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(steps, filled, count);
                readBuffer.slice(body + column, column).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer()
                        .get(walls, filled, count);
                readBuffer.slice(body + 2 * column, column).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer()
                        .get(values, filled, count);
                filled += count;
            }
            b = end;
        }
        if (!isStrictlyIncreasing(steps, filled)) {
            filled = applyRewinds(steps, walls, values, filled);
        }
        if (filled < capacity) {
            steps = Arrays.copyOf(steps, filled);
            walls = Arrays.copyOf(walls, filled);
            values = Arrays.copyOf(values, filled);
        }
        return new MetricSeries(index.name, steps, walls, values);
    }

    private static boolean isStrictlyIncreasing(long[] steps, int count) {
        for (int i = 1; i < count; i++) {
            if (steps[i] <= steps[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps, in place, the points that no later record replaced: a point recorded at step s removes every earlier
     * point with a step at or after s. Returns the number of points kept.
     */
    static int applyRewinds(long[] steps, long[] walls, double[] values, int count) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            long step = steps[i];
            while (kept > 0 && steps[kept - 1] >= step) {
                kept--;
            }
            steps[kept] = step;
            walls[kept] = walls[i];
            values[kept] = values[i];
            kept++;
        }
        return kept;
    }

    /**
     * Forgets every block; the next refresh indexes the file again from its start (up to a damaged block, if one is
     * known). Rebuilding rather than cutting keeps the running summaries exact, and it happens only on damage.
     */
    private void resetIndex() {
        scanned = BlockFormat.FILE_HEADER_SIZE;
        seriesById.clear();
        seriesByName.clear();
    }

    /** The first index in {@code sorted[0, length)} whose value is at least the key. */
    private static int lowerBound(long[] sorted, int length, long key) {
        int low = 0;
        int high = length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
