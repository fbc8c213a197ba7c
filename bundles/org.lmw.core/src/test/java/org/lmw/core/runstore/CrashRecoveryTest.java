// Proves that a metrics file cut or damaged anywhere reads as a prefix and that a writer resumes it cleanly.
package org.lmw.core.runstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {
    private static final String[] METRICS = { "loss", "accuracy", "grad_norm" };

    @TempDir
    Path folder;

    private Path original;
    /** Every point written, per metric, in step order. */
    private final Map<String, List<long[]>> written = new LinkedHashMap<>();
    /** Offsets where blocks end in the original file (the file header's end included). */
    private final TreeSet<Long> blockEnds = new TreeSet<>();

    static double value(String metric, long step) {
        return metric.hashCode() * 1e-3 + Math.cos(step * 0.01);
    }

    @BeforeEach
    void writeOriginal() throws IOException {
        original = folder.resolve("original.lmws");
        try (MetricWriter writer = MetricWriter.open(original)) {
            for (int step = 0; step < 30_000; step++) {
                for (int m = 0; m < METRICS.length; m++) {
                    // Metrics recorded at different rates give blocks of different sizes and series.
                    if (step % (m * 3 + 1) == 0) {
                        writer.record(step, 1_000L * step, METRICS[m], value(METRICS[m], step));
                        written.computeIfAbsent(METRICS[m], k -> new ArrayList<>()).add(new long[] { step });
                    }
                }
                if (step % 2_500 == 0) {
                    writer.flush();
                }
            }
        }
        blockEnds.add((long) BlockFormat.FILE_HEADER_SIZE);
        try (FileChannel channel = FileChannel.open(original, StandardOpenOption.READ)) {
            ByteBuffer scratch = ByteBuffer.allocate(BlockFormat.HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            long at = BlockFormat.FILE_HEADER_SIZE;
            long size = channel.size();
            BlockFormat.Header header;
            while ((header = BlockFormat.readHeader(channel, at, size, scratch)) != null) {
                at += BlockFormat.HEADER_SIZE + header.payloadLength();
                blockEnds.add(at);
            }
            assertEquals(size, at, "the original file must consist of whole blocks");
        }
        assertTrue(blockEnds.size() > 30, "the test needs many blocks, got " + blockEnds.size());
    }

    @Test
    void aFileCutAtAnyOffsetReadsAsThePrefixOfWholeBlocksAndTheWriterResumesIt() throws IOException {
        long size = Files.size(original);
        Random random = new Random(42);
        List<Long> cuts = new ArrayList<>(List.of(0L, 5L, 16L, 17L, 16L + BlockFormat.HEADER_SIZE - 1, size - 1));
        for (int i = 0; i < 60; i++) {
            cuts.add((long) random.nextInt((int) size));
        }
        for (long end : blockEnds) {
            if (random.nextInt(8) == 0) {
                cuts.add(end);
                cuts.add(end + 1);
            }
        }
        for (long cut : cuts) {
            Path copy = folder.resolve("cut-" + cut + ".lmws");
            Files.copy(original, copy);
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.truncate(cut);
            }
            long validEnd = cut < BlockFormat.FILE_HEADER_SIZE ? 0 : blockEnds.floor(cut);
            Map<String, Integer> prefix = new LinkedHashMap<>();
            try (MetricReader reader = MetricReader.open(copy)) {
                for (String metric : METRICS) {
                    MetricSeries series = reader.read(metric);
                    assertPrefix(metric, series, "cut at " + cut);
                    prefix.put(metric, series.size());
                }
                assertEquals(Math.max(validEnd, BlockFormat.FILE_HEADER_SIZE), reader.validBytes(), "cut at " + cut);
            }
            try (MetricWriter writer = MetricWriter.open(copy)) {
                assertEquals(Math.max(validEnd, BlockFormat.FILE_HEADER_SIZE), writer.recovery().validBytes(),
                        "cut at " + cut);
                assertEquals(cut - validEnd, writer.recovery().droppedBytes(), "cut at " + cut);
                for (String metric : METRICS) {
                    long next = prefix.get(metric) == 0 ? 0 : stepAt(metric, prefix.get(metric) - 1) + 1;
                    for (long step = next; step < next + 100; step++) {
                        writer.record(step, 1_000L * step, metric, -(double) step);
                    }
                }
            }
            try (MetricReader reader = MetricReader.open(copy)) {
                for (String metric : METRICS) {
                    MetricSeries series = reader.read(metric);
                    int kept = prefix.get(metric);
                    assertEquals(kept + 100, series.size(), metric + " after resuming the file cut at " + cut);
                    assertPrefix(metric, new MetricSeries(metric, Arrays.copyOf(series.steps(), kept),
                            Arrays.copyOf(series.wallTimesNanos(), kept), Arrays.copyOf(series.values(), kept)),
                            "resumed after cut at " + cut);
                    assertEquals(-(double) series.steps()[kept], series.values()[kept]);
                    assertEquals(-(double) series.steps()[kept + 99], series.values()[kept + 99]);
                }
            }
            Files.delete(copy);
        }
    }

    @Test
    void aDamagedByteEndsTheValidDataAtItsBlockAndTheWriterCutsThere() throws IOException {
        long size = Files.size(original);
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            long at = BlockFormat.FILE_HEADER_SIZE + random.nextInt((int) size - BlockFormat.FILE_HEADER_SIZE);
            Path copy = folder.resolve("damaged-" + at + ".lmws");
            Files.copy(original, copy);
            flipByte(copy, at, 1 + random.nextInt(255));
            long blockStart = blockEnds.floor(at);
            // Each series read alone is a prefix; once all are read, the reader stops where the damage is.
            try (MetricReader reader = MetricReader.open(copy)) {
                for (String metric : METRICS) {
                    assertPrefix(metric, reader.read(metric), "byte " + at + " damaged");
                }
                assertEquals(blockStart, reader.validBytes(), "byte " + at + " damaged");
                long[] counts = new long[METRICS.length];
                for (int m = 0; m < METRICS.length; m++) {
                    counts[m] = reader.read(METRICS[m]).size();
                }
                try (MetricReader again = MetricReader.open(copy)) {
                    for (int m = 0; m < METRICS.length; m++) {
                        again.read(METRICS[m]);
                    }
                    for (int m = 0; m < METRICS.length; m++) {
                        assertEquals(counts[m], again.read(METRICS[m]).size(), "byte " + at + " damaged");
                    }
                }
            }
            try (MetricWriter writer = MetricWriter.open(copy)) {
                assertEquals(blockStart, writer.recovery().validBytes(), "byte " + at + " damaged");
                assertEquals(size - blockStart, writer.recovery().droppedBytes());
                writer.record(1_000_000, "loss", 0.5);
            }
            try (MetricReader reader = MetricReader.open(copy)) {
                assertEquals(new MetricPoint(1_000_000, reader.last("loss").orElseThrow().wallTimeNanos(), 0.5),
                        reader.last("loss").orElseThrow());
            }
            for (Path file : Files.newDirectoryStream(folder, "damaged-*")) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aLargeDamagedTailIsKeptAsideInsteadOfDropped() throws IOException {
        Path big = folder.resolve("big.lmws");
        try (MetricWriter writer = MetricWriter.open(big)) {
            for (int step = 0; step < 200_000; step++) {
                writer.record(step, "loss", step);
            }
        }
        byte[] before = Files.readAllBytes(big);
        // The file starts with the series block of "loss"; damage the first points block just after it.
        long firstPoints = BlockFormat.FILE_HEADER_SIZE + BlockFormat.HEADER_SIZE + "loss".length();
        long at = firstPoints + BlockFormat.HEADER_SIZE + 10;
        flipByte(big, at, 0x40);
        try (MetricWriter writer = MetricWriter.open(big)) {
            MetricWriter.Recovery recovery = writer.recovery();
            assertTrue(recovery.repaired());
            assertEquals(firstPoints, recovery.validBytes());
            assertNotNull(recovery.keptAt(), "a tail of " + recovery.droppedBytes() + " bytes must be kept");
            byte[] kept = Files.readAllBytes(recovery.keptAt());
            byte[] expected = Arrays.copyOfRange(before, (int) firstPoints, before.length);
            expected[(int) (at - firstPoints)] ^= 0x40;
            assertArrayEquals(expected, kept);
        }
    }

    @Test
    void aFileWhoseHeaderWasCutShortIsStartedAfresh() throws IOException {
        Path file = folder.resolve("short.lmws");
        Files.write(file, Arrays.copyOf(BlockFormat.FILE_MAGIC, 5));
        try (MetricReader reader = MetricReader.open(file)) {
            assertTrue(reader.metrics().isEmpty());
        }
        try (MetricWriter writer = MetricWriter.open(file)) {
            assertEquals(5, writer.recovery().droppedBytes());
            writer.record(0, "loss", 1.0);
        }
        try (MetricReader reader = MetricReader.open(file)) {
            assertFalse(reader.read("loss").isEmpty());
        }
    }

    private long stepAt(String metric, int index) {
        return written.get(metric).get(index)[0];
    }

    private void assertPrefix(String metric, MetricSeries series, String context) {
        List<long[]> all = written.get(metric);
        assertTrue(series.size() <= all.size(), context);
        for (int i = 0; i < series.size(); i++) {
            long step = all.get(i)[0];
            if (series.steps()[i] != step || series.wallTimesNanos()[i] != 1_000L * step
                    || series.values()[i] != value(metric, step)) {
                throw new AssertionError(context + ": " + metric + " point " + i + " is step " + series.steps()[i]
                        + " = " + series.values()[i] + ", expected step " + step + " = " + value(metric, step));
            }
        }
    }

    private static void flipByte(Path file, long at, int mask) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, at);
            one.put(0, (byte) (one.get(0) ^ mask)).rewind();
            channel.write(one, at);
        }
    }
}
