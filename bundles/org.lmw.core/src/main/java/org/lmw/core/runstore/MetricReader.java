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
    /** Adjacent blocks of a series are read with one system call of up to this many bytes. */
    private static final int MAX_READ_BYTES = 4 * 1024 * 1024;

    private final Path file;
    private FileChannel channel;
    private final List<SeriesIndex> seriesById = new ArrayList<>();
    private final Map<String, SeriesIndex> seriesByName = new HashMap<>();
    private final ByteBuffer headerBuffer = ByteBuffer.allocateDirect(BlockFormat.HEADER_SIZE)
            .order(ByteOrder.LITTLE_ENDIAN);
    private ByteBuffer readBuffer = ByteBuffer.allocateDirect(256 * 1024).order(ByteOrder.LITTLE_ENDIAN);
    /** Offset of the first byte not yet indexed: the end of the valid data seen so far. */
    private long scanned = BlockFormat.FILE_HEADER_SIZE;
    /**
     * Offset of a block whose points failed their checksum, or -1. Scanning stops there until the block verifies,
     * which it does only if the failure was a read racing the write (or a new writer replaced the damaged tail).
     */
    private long damagedAt = -1;
    private boolean closed;

    private record Block(long offset, BlockFormat.Header header) {
        long payloadOffset() {
            return offset + BlockFormat.HEADER_SIZE;
        }

        long end() {
            return payloadOffset() + header.payloadLength();
        }
    }

    private static final class SeriesIndex {
        final String name;
        final long definedAt;
        final List<Block> blocks = new ArrayList<>();
        long points;
        /** False once any block rewinds the series (a step recorded again); then points must be read to summarise. */
        boolean monotonic = true;

        SeriesIndex(String name, long definedAt) {
            this.name = name;
            this.definedAt = definedAt;
        }

        void add(Block block) {
            blocks.add(block);
            points += block.header().count();
            monotonic &= block.header().monotonic();
        }

        void recount() {
            points = 0;
            monotonic = true;
            for (Block block : blocks) {
                points += block.header().count();
                monotonic &= block.header().monotonic();
            }
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
            // A new writer cut off a damaged tail this reader had not indexed, or the file was replaced: start over.
            truncateIndex(BlockFormat.FILE_HEADER_SIZE);
            damagedAt = -1;
        }
        long before = scanned;
        while (true) {
            BlockFormat.Header header = BlockFormat.readHeader(channel, scanned, size, headerBuffer);
            if (header == null) {
                break;
            }
            Block block = new Block(scanned, header);
            if (scanned == damagedAt) {
                if (!payloadVerifies(block)) {
                    break;
                }
                damagedAt = -1;
            }
            if (header.type() == BlockFormat.TYPE_SERIES) {
                String name = readName(block);
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
                seriesById.get(header.seriesId()).add(block);
            }
            scanned = block.end();
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
        return readBlocks(index, index.blocks);
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
            List<Block> overlapping = new ArrayList<>();
            for (Block block : index.blocks) {
                if (block.header().lastStep() >= fromStep && block.header().firstStep() <= toStep) {
                    overlapping.add(block);
                }
            }
            all = readBlocks(index, overlapping);
        } else {
            all = readBlocks(index, index.blocks);
        }
        long[] steps = all.steps();
        int from = lowerBound(steps, fromStep);
        int to = toStep == Long.MAX_VALUE ? steps.length : lowerBound(steps, toStep + 1);
        if (from == 0 && to == steps.length) {
            return all;
        }
        return new MetricSeries(metric, Arrays.copyOfRange(steps, from, to),
                Arrays.copyOfRange(all.wallTimesNanos(), from, to), Arrays.copyOfRange(all.values(), from, to));
    }

    /** The point with the largest step of a metric, read from one block header; empty for an unknown metric. */
    public synchronized Optional<MetricPoint> last(String metric) throws IOException {
        refresh();
        SeriesIndex index = seriesByName.get(metric);
        if (index == null || index.blocks.isEmpty()) {
            return Optional.empty();
        }
        // The last point in file order always survives rewinds, so the last block's header holds it.
        BlockFormat.Header header = index.blocks.get(index.blocks.size() - 1).header();
        return Optional.of(new MetricPoint(header.lastStep(), header.lastWallNanos(), header.lastValue()));
    }

    /** Final, smallest and largest value of a metric; from block headers alone unless the series was rewound. */
    public synchronized MetricSummary summary(String metric) throws IOException {
        refresh();
        SeriesIndex index = seriesByName.get(metric);
        if (index == null || index.blocks.isEmpty()) {
            return MetricSummary.empty(metric);
        }
        if (!index.monotonic) {
            return MetricSummary.of(readBlocks(index, index.blocks));
        }
        double min = Double.NaN;
        double max = Double.NaN;
        long minStep = -1;
        long maxStep = -1;
        for (Block block : index.blocks) {
            BlockFormat.Header header = block.header();
            if (!Double.isNaN(header.min()) && (Double.isNaN(min) || header.min() < min)) {
                min = header.min();
                minStep = header.minStep();
            }
            if (!Double.isNaN(header.max()) && (Double.isNaN(max) || header.max() > max)) {
                max = header.max();
                maxStep = header.maxStep();
            }
        }
        BlockFormat.Header last = index.blocks.get(index.blocks.size() - 1).header();
        return new MetricSummary(metric, index.points, last.lastStep(), last.lastValue(), last.lastWallNanos(), min,
                minStep, max, maxStep);
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

    private boolean payloadVerifies(Block block) throws IOException {
        int length = block.header().payloadLength();
        ByteBuffer buffer = ByteBuffer.allocateDirect(length);
        return BlockFormat.readFully(channel, buffer, block.payloadOffset())
                && BlockFormat.crc(buffer, 0, length) == block.header().payloadCrc();
    }

    private String readName(Block block) throws IOException {
        int length = block.header().payloadLength();
        ByteBuffer buffer = ByteBuffer.allocate(length);
        if (!BlockFormat.readFully(channel, buffer, block.payloadOffset())
                || BlockFormat.crc(buffer, 0, length) != block.header().payloadCrc()) {
            return null;
        }
        String name = new String(buffer.array(), StandardCharsets.UTF_8);
        return BlockFormat.validName(name) ? name : null;
    }

    /**
     * Reads and verifies the points of the given blocks (in file order) of one series. A block whose payload fails its
     * checksum ends the valid data: the index is cut there and the points before it are returned.
     */
    private MetricSeries readBlocks(SeriesIndex index, List<Block> blocks) throws IOException {
        long total = 0;
        for (Block block : blocks) {
            total += block.header().count();
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
        boolean monotonic = true;
        int i = 0;
        read: while (i < blocks.size()) {
            // Gather a run of blocks that lie back to back in the file and read them with one call.
            int j = i + 1;
            long groupEnd = blocks.get(i).end();
            while (j < blocks.size() && blocks.get(j).offset() == groupEnd
                    && blocks.get(j).end() - blocks.get(i).offset() <= MAX_READ_BYTES) {
                groupEnd = blocks.get(j).end();
                j++;
            }
            long groupStart = blocks.get(i).offset();
            int groupBytes = (int) (groupEnd - groupStart);
            if (readBuffer.capacity() < groupBytes) {
                readBuffer = ByteBuffer.allocateDirect(groupBytes).order(ByteOrder.LITTLE_ENDIAN);
            }
            readBuffer.clear().limit(groupBytes);
            boolean complete = BlockFormat.readFully(channel, readBuffer, groupStart);
            for (int k = i; k < j; k++) {
                Block block = blocks.get(k);
                BlockFormat.Header header = block.header();
                int body = (int) (block.payloadOffset() - groupStart);
                if (!complete && block.end() > groupStart + readBuffer.position()
                        || BlockFormat.crc(readBuffer, body, header.payloadLength()) != header.payloadCrc()) {
                    damagedAt = block.offset();
                    truncateIndex(block.offset());
                    break read;
                }
                int count = header.count();
                int column = count * Long.BYTES;
                readBuffer.slice(body, column).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(steps, filled, count);
                readBuffer.slice(body + column, column).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer()
                        .get(walls, filled, count);
                readBuffer.slice(body + 2 * column, column).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer()
                        .get(values, filled, count);
                filled += count;
                monotonic &= header.monotonic();
            }
            i = j;
        }
        if (!monotonic || !isStrictlyIncreasing(steps, filled)) {
            filled = applyRewinds(steps, walls, values, filled);
        }
        if (filled < capacity) {
            steps = Arrays.copyOf(steps, filled);
            walls = Arrays.copyOf(walls, filled);
            values = Arrays.copyOf(values, filled);
        }
        return new MetricSeries(index.name, steps, walls, values);
    }

    /** Whether steps are strictly increasing; a range read of a monotonic series is, a full read is unless rewound. */
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

    /** Forgets every block at or after an offset, so that reads stop at the first damaged block. */
    private void truncateIndex(long offset) {
        scanned = Math.max(BlockFormat.FILE_HEADER_SIZE, offset);
        while (!seriesById.isEmpty() && seriesById.get(seriesById.size() - 1).definedAt >= offset) {
            SeriesIndex removed = seriesById.remove(seriesById.size() - 1);
            seriesByName.remove(removed.name);
        }
        for (SeriesIndex index : seriesById) {
            List<Block> blocks = index.blocks;
            int keep = blocks.size();
            while (keep > 0 && blocks.get(keep - 1).offset() >= offset) {
                keep--;
            }
            if (keep < blocks.size()) {
                blocks.subList(keep, blocks.size()).clear();
                index.recount();
            }
        }
    }

    private static int lowerBound(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
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
