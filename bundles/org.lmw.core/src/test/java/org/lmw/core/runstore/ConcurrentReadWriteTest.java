// Proves that views can read a run's metrics while the training thread writes them, and always see a clean prefix.
package org.lmw.core.runstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentReadWriteTest {
    @TempDir
    Path folder;

    @Test
    void readersSeeAGrowingPrefixWhileTheWriterAppends() throws Exception {
        Path file = folder.resolve("metrics.lmws");
        int steps = 1_500_000;
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (MetricWriter writer = MetricWriter.open(file)) {
            Future<Integer> chartReader = pool.submit(() -> readUntilDone(file, "loss", done, 0));
            Future<Integer> pollingReader = pool.submit(() -> readUntilDone(file, "accuracy", done, 5));
            Future<?> training = pool.submit(() -> {
                MetricWriter.Series loss = writer.series("loss");
                for (int step = 0; step < steps; step++) {
                    loss.record(step, 1.0 / (step + 1));
                    if (step % 1_000 == 0) {
                        writer.record(step, "accuracy", step / (double) steps);
                    }
                    // An evaluation every 20 000 steps: flush and pause, as a training loop would, giving the
                    // readers time to run on a small machine.
                    if (step % 20_000 == 19_999) {
                        writer.flush();
                        Thread.sleep(2);
                    }
                }
                return null;
            });
            training.get(60, TimeUnit.SECONDS);
            writer.flush();
            done.set(true);
            int chartReads = chartReader.get(60, TimeUnit.SECONDS);
            int pollingReads = pollingReader.get(60, TimeUnit.SECONDS);
            assertTrue(chartReads >= 2 && pollingReads >= 2,
                    "readers must have read while writing: " + chartReads + " and " + pollingReads + " reads");
        } finally {
            pool.shutdownNow();
        }
        try (MetricReader reader = MetricReader.open(file)) {
            assertEquals(steps, reader.read("loss").size());
            assertEquals(steps / 1_000, reader.read("accuracy").size());
        }
    }

    /** Reads a series again and again until the writer is done; returns how many reads saw new points. */
    private static int readUntilDone(Path file, String metric, AtomicBoolean done, long pauseMillis)
            throws Exception {
        int reads = 0;
        int lastSize = 0;
        try (MetricReader reader = MetricReader.open(file)) {
            while (true) {
                boolean finished = done.get();
                MetricSeries series = reader.read(metric);
                assertTrue(series.size() >= lastSize, metric + " shrank from " + lastSize + " to " + series.size());
                long[] stepValues = series.steps();
                for (int i = 0; i < series.size(); i++) {
                    long expectedStep = metric.equals("loss") ? i : i * 1_000L;
                    if (stepValues[i] != expectedStep) {
                        throw new AssertionError(metric + " point " + i + " has step " + stepValues[i]);
                    }
                }
                if (series.size() > 0 && metric.equals("loss")) {
                    assertEquals(1.0 / series.size(), series.values()[series.size() - 1]);
                }
                if (series.size() > lastSize) {
                    reads++;
                }
                lastSize = series.size();
                if (finished) {
                    return reads;
                }
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        }
    }
}
