// Proves that a sweep's runs are queried together: final and best loss per run, plotted against a hyperparameter.
package org.lmw.core.runstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.model.RunStatus;

class MultiRunQueryTest {
    @TempDir
    Path workspace;

    /** The loss of a run of the given width at a step: wider networks reach a lower loss. */
    static double loss(int width, long step) {
        return 1.0 / width + 2.0 / (1 + step * 0.01);
    }

    @Test
    void finalAndBestLossAgainstWidthAcrossASweep() throws IOException {
        RunStore store = RunStore.open(workspace);
        int[] widths = { 512, 32, 128, 64, 256 };
        List<String> ids = new ArrayList<>();
        for (int width : widths) {
            String id = "sweep-w" + width;
            ids.add(id);
            try (RunSession session = store.create(RunStoreTest.newRun(id, "width", Integer.toString(width))).start()) {
                for (int step = 0; step < 20_000; step++) {
                    session.metrics().record(step, "loss", loss(width, step));
                    if (step % 1_000 == 999) {
                        session.metrics().record(step, "test_accuracy", 1 - loss(width, step) / 3);
                    }
                }
                // Overfitting at the end: the last value is not the best one.
                session.metrics().record(20_000, "loss", 5.0);
                session.end(RunStatus.FINISHED, null);
            }
        }
        // A run that diverged: its loss ends in NaN and its best value is the last finite one.
        String diverged = "sweep-w1024";
        ids.add(diverged);
        try (RunSession session = store.create(RunStoreTest.newRun(diverged, "width", "1024")).start()) {
            session.metrics().record(0, "loss", 3.0);
            session.metrics().record(1, "loss", 0.5);
            session.metrics().record(2, "loss", Double.NaN);
            session.end(RunStatus.DIVERGED, "loss was NaN at step 2");
        }

        List<SweepPoint> sweep = store.sweep(ids, "width", "loss");
        assertEquals(List.of(32.0, 64.0, 128.0, 256.0, 512.0, 1024.0),
                sweep.stream().map(SweepPoint::hyperparameterValue).toList());
        for (SweepPoint point : sweep.subList(0, 5)) {
            int width = (int) point.hyperparameterValue();
            MetricSummary summary = point.summary();
            assertEquals("sweep-w" + width, point.runId());
            assertEquals(20_001, summary.count());
            assertEquals(5.0, summary.finalValue());
            assertEquals(loss(width, 19_999), summary.best(MetricSummary.Goal.MINIMIZE));
            assertEquals(19_999, summary.bestStep(MetricSummary.Goal.MINIMIZE));
            assertEquals(5.0, summary.best(MetricSummary.Goal.MAXIMIZE));
        }
        MetricSummary divergedLoss = sweep.get(5).summary();
        assertTrue(Double.isNaN(divergedLoss.finalValue()));
        assertEquals(2, divergedLoss.lastStep());
        assertEquals(0.5, divergedLoss.best(MetricSummary.Goal.MINIMIZE));
        assertEquals(1, divergedLoss.bestStep(MetricSummary.Goal.MINIMIZE));

        Map<String, MetricSummary> accuracy = store.summaries(ids, "test_accuracy");
        assertEquals(ids, List.copyOf(accuracy.keySet()));
        assertEquals(1 - loss(512, 19_999) / 3, accuracy.get("sweep-w512").finalValue());
        assertTrue(accuracy.get(diverged).isEmpty(), "a run without the metric has an empty summary");
        assertThrows(NoSuchFileException.class, () -> store.summaries(List.of("no-such-run"), "loss"));
    }

    @Test
    void summariesFromBlockHeadersAgreeWithSummariesFromThePoints() throws IOException {
        RunStore store = RunStore.open(workspace);
        RunFolder folder = store.create(RunStoreTest.newRun("noisy"));
        java.util.Random random = new java.util.Random(3);
        try (RunSession session = folder.start()) {
            for (int step = 0; step < 100_000; step++) {
                session.metrics().record(step, "loss", random.nextGaussian());
                if (step % 7_777 == 0) {
                    session.metrics().flush();
                }
            }
            session.end(RunStatus.FINISHED, null);
        }
        try (MetricReader reader = folder.openReader()) {
            assertEquals(MetricSummary.of(reader.read("loss")), reader.summary("loss"));
        }
    }
}
