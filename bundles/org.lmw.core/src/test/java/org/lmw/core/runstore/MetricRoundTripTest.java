// Proves that metric points come back from the metrics file exactly as they were recorded.
package org.lmw.core.runstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricRoundTripTest {
    private static final long WALL_BASE = 1_700_000_000_000_000_000L;

    @TempDir
    Path folder;

    static double valueAt(long step) {
        return Math.sin(step * 1e-3) * Math.exp(-step * 1e-6) + step * 1e-9;
    }

    @Test
    void oneMillionPointsReadBackBitForBit() throws IOException {
        Path file = folder.resolve("metrics.lmws");
        int n = 1_000_000;
        try (MetricWriter writer = MetricWriter.open(file)) {
            for (int step = 0; step < n; step++) {
                writer.record(step, WALL_BASE + step * 1_000L, "loss", valueAt(step));
            }
        }
        try (MetricReader reader = MetricReader.open(file)) {
            MetricSeries series = reader.read("loss");
            assertEquals(n, series.size());
            for (int i = 0; i < n; i++) {
                if (series.steps()[i] != i || series.wallTimesNanos()[i] != WALL_BASE + i * 1_000L
                        || Double.doubleToRawLongBits(series.values()[i]) != Double.doubleToRawLongBits(valueAt(i))) {
                    throw new AssertionError("point " + i + " differs: step " + series.steps()[i] + ", value "
                            + series.values()[i] + " instead of " + valueAt(i));
                }
            }
            MetricSummary summary = reader.summary("loss");
            assertEquals(n, summary.count());
            assertEquals(n - 1, summary.lastStep());
            assertEquals(valueAt(n - 1), summary.finalValue());
            assertEquals(series.min().orElseThrow().value(), summary.min());
            assertEquals(series.min().orElseThrow().step(), summary.minStep());
            assertEquals(series.max().orElseThrow().value(), summary.max());
            assertEquals(series.max().orElseThrow().step(), summary.maxStep());
            assertEquals(new MetricPoint(n - 1, WALL_BASE + (n - 1) * 1_000L, valueAt(n - 1)),
                    reader.last("loss").orElseThrow());
        }
    }

    @Test
    void interleavedSeriesKeepTheirOwnPointsAndSpecialValues() throws IOException {
        Path file = folder.resolve("metrics.lmws");
        double[] specials = { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE,
                Double.MAX_VALUE };
        try (MetricWriter writer = MetricWriter.open(file)) {
            MetricWriter.Series accuracy = writer.series("test accuracy (%)");
            for (int step = 0; step < 20_000; step++) {
                writer.record(step, "loss", valueAt(step));
                writer.record(step, "learning_rate", 0.1 / (1 + step));
                if (step % 100 == 0) {
                    accuracy.record(step, step / 20_000.0);
                }
            }
            for (int i = 0; i < specials.length; i++) {
                writer.record(i, "special", specials[i]);
            }
        }
        try (MetricReader reader = MetricReader.open(file)) {
            assertEquals(Set.of("test accuracy (%)", "loss", "learning_rate", "special"), Set.copyOf(reader.metrics()));
            MetricSeries loss = reader.read("loss");
            MetricSeries rate = reader.read("learning_rate");
            MetricSeries accuracy = reader.read("test accuracy (%)");
            assertEquals(20_000, loss.size());
            assertEquals(200, accuracy.size());
            assertEquals(0.1 / 20_000, rate.values()[19_999]);
            assertEquals(9_900, accuracy.steps()[99]);
            assertEquals(valueAt(12_345), loss.values()[12_345]);
            MetricSeries special = reader.read("special");
            for (int i = 0; i < specials.length; i++) {
                assertEquals(Double.doubleToRawLongBits(specials[i]), Double.doubleToRawLongBits(special.values()[i]));
            }
            // NaN is no best value: the summary's minimum is the finite or infinite smallest one.
            MetricSummary summary = reader.summary("special");
            assertEquals(Double.NEGATIVE_INFINITY, summary.min());
            assertEquals(2, summary.minStep());
            assertEquals(Double.POSITIVE_INFINITY, summary.max());
            assertTrue(reader.read("never recorded").isEmpty());
            assertTrue(reader.summary("never recorded").isEmpty());
        }
    }

    @Test
    void rangeReadsReturnOnlyTheStepsAsked() throws IOException {
        Path file = folder.resolve("metrics.lmws");
        try (MetricWriter writer = MetricWriter.open(file)) {
            for (int step = 0; step < 100_000; step += 2) {
                writer.record(step, "loss", step);
            }
        }
        try (MetricReader reader = MetricReader.open(file)) {
            MetricSeries range = reader.readRange("loss", 50_001, 60_000);
            assertEquals(5_000, range.size());
            assertEquals(50_002, range.steps()[0]);
            assertEquals(60_000, range.steps()[range.size() - 1]);
            assertEquals(60_000.0, range.values()[range.size() - 1]);
            assertEquals(50_000, reader.readRange("loss", 0, Long.MAX_VALUE).size());
            assertTrue(reader.readRange("loss", 200_000, 300_000).isEmpty());
        }
    }

    @Test
    void reopeningAppendsToTheSameSeries() throws IOException {
        Path file = folder.resolve("metrics.lmws");
        try (MetricWriter writer = MetricWriter.open(file)) {
            for (int step = 0; step < 10_000; step++) {
                writer.record(step, "loss", valueAt(step));
            }
        }
        try (MetricWriter writer = MetricWriter.open(file)) {
            assertFalse(writer.recovery().repaired());
            for (int step = 10_000; step < 25_000; step++) {
                writer.record(step, "loss", valueAt(step));
                writer.record(step, "accuracy", 0.5);
            }
        }
        try (MetricReader reader = MetricReader.open(file)) {
            assertEquals(List.of("loss", "accuracy"), reader.metrics());
            MetricSeries loss = reader.read("loss");
            assertEquals(25_000, loss.size());
            for (int i = 0; i < loss.size(); i++) {
                assertEquals(i, loss.steps()[i]);
            }
            assertEquals(valueAt(24_999), loss.values()[24_999]);
            assertEquals(15_000, reader.read("accuracy").size());
        }
    }

    @Test
    void aRunResumedFromAnEarlierCheckpointReplacesTheStepsAfterIt() throws IOException {
        Path file = folder.resolve("metrics.lmws");
        try (MetricWriter writer = MetricWriter.open(file)) {
            for (int step = 0; step < 13_000; step++) {
                writer.record(step, "loss", 1.0);
            }
        }
        // The crashed run had a checkpoint at step 10 000; the resumed run records 10 001.. again, differently.
        try (MetricWriter writer = MetricWriter.open(file)) {
            for (int step = 10_001; step < 20_000; step++) {
                writer.record(step, "loss", 2.0);
            }
            writer.record(19_999, "loss", 3.0);
        }
        try (MetricReader reader = MetricReader.open(file)) {
            MetricSeries loss = reader.read("loss");
            assertEquals(20_000, loss.size());
            for (int i = 0; i < loss.size(); i++) {
                assertEquals(i, loss.steps()[i]);
                assertEquals(i <= 10_000 ? 1.0 : i < 19_999 ? 2.0 : 3.0, loss.values()[i], "value at step " + i);
            }
            MetricSummary summary = reader.summary("loss");
            assertEquals(20_000, summary.count());
            assertEquals(3.0, summary.finalValue());
            assertEquals(3.0, summary.max());
            assertEquals(19_999, summary.maxStep());
            MetricSeries range = reader.readRange("loss", 9_999, 10_002);
            assertArrayEquals(new long[] { 9_999, 10_000, 10_001, 10_002 }, range.steps());
            assertArrayEquals(new double[] { 1.0, 1.0, 2.0, 2.0 }, range.values());
        }
    }

    @Test
    void badMetricNamesAreRejectedWithoutDamagingTheFile() throws IOException {
        Path file = folder.resolve("metrics.lmws");
        try (MetricWriter writer = MetricWriter.open(file)) {
            writer.record(0, "loss", 1.0);
            IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                    () -> writer.record(1, "", 1.0));
            assertTrue(empty.getMessage().contains("not a valid metric name"), empty.getMessage());
            assertThrows(IllegalArgumentException.class, () -> writer.record(1, "a\nb", 1.0));
            assertThrows(IllegalArgumentException.class, () -> writer.record(1, "x".repeat(2_000), 1.0));
            writer.record(1, "loss", 2.0);
        }
        try (MetricReader reader = MetricReader.open(file)) {
            assertArrayEquals(new double[] { 1.0, 2.0 }, reader.read("loss").values());
        }
    }

    @Test
    void aFileThatIsNotAMetricsFileIsRefusedAndLeftAlone() throws IOException {
        Path file = folder.resolve("metrics.lmws");
        byte[] text = "these are someone's notes, not metrics\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        IOException writerError = assertThrows(IOException.class, () -> MetricWriter.open(file));
        assertTrue(writerError.getMessage().contains(file.toString()), writerError.getMessage());
        assertTrue(writerError.getMessage().contains("not a metrics file"), writerError.getMessage());
        assertThrows(IOException.class, () -> MetricReader.open(file));
        assertArrayEquals(text, Files.readAllBytes(file));
    }

    @Test
    void aReaderOfAFileNotYetCreatedSeesItOnceWritten() throws IOException {
        Path file = folder.resolve("metrics.lmws");
        try (MetricReader reader = MetricReader.open(file)) {
            assertTrue(reader.metrics().isEmpty());
            try (MetricWriter writer = MetricWriter.open(file)) {
                writer.record(7, "loss", 0.25);
                writer.flush();
                assertEquals(new MetricPoint(7, reader.last("loss").orElseThrow().wallTimeNanos(), 0.25),
                        reader.last("loss").orElseThrow());
            }
        }
    }
}
