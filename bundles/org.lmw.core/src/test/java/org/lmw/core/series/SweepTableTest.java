// Proves the sweep table: final and best metric vs a swept hyperparameter, one line per value of a second, seeds averaged.
package org.lmw.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.runstore.MetricSummary;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Run;

class SweepTableTest {
    @TempDir
    Path workspace;

    /** Final loss of a (learning rate, width, seed) run: a valley whose optimum does not move with width (μP). */
    private static double finalLoss(double lr, int width, int seed) {
        return Math.pow(Math.log10(lr) + 2, 2) + 1.0 / width + 0.001 * seed;
    }

    @Test
    void finalLossVsLearningRateOneLinePerWidthWithSeedsAveraged() throws IOException {
        RunStore store = RunStore.open(workspace);
        List<Run> runs = new ArrayList<>();
        String[] rates = { "0.1", "0.001", "0.01" };
        int[] widths = { 256, 64 };
        for (String lr : rates) {
            for (int width : widths) {
                for (int seed = 0; seed < 2; seed++) {
                    double last = finalLoss(Double.parseDouble(lr), width, seed);
                    String id = "mup-" + lr + "-" + width + "-" + seed;
                    runs.add(TestRuns.write(store, TestRuns.run(id, "optimizer.learningRate", lr, "model.width",
                            Integer.toString(width), "seed", Integer.toString(seed)), "loss", 100, 1,
                            step -> step == 99 ? last : 10 - step * 0.05));
                }
            }
        }
        Map<String, MetricSummary> summaries = store.summaries(runs.stream().map(Run::getId).toList(), "loss");
        SweepTable table = SweepTable.of(runs, summaries, "optimizer.learningRate", "model.width", "loss",
                SweepTable.Statistic.FINAL);
        assertEquals(2, table.lines().size());
        SweepTable.SweepLine narrow = table.lines().get(0);
        assertEquals("64", narrow.value(), "lines ordered by numeric value");
        assertArrayEquals(new double[] { 0.001, 0.01, 0.1 }, narrow.x());
        for (int i = 0; i < 3; i++) {
            double lr = narrow.x()[i];
            double mean = (finalLoss(lr, 64, 0) + finalLoss(lr, 64, 1)) / 2;
            assertEquals(mean, narrow.y()[i], 1e-12);
            assertEquals(Math.sqrt(2 * 0.0005 * 0.0005), narrow.std()[i], 1e-12);
            assertEquals(2, narrow.runIds().get(i).size());
        }
        assertEquals("width=64", table.label(narrow));
        ChartModel chart = table.toChartModel(false);
        assertTrue(chart.logX(), "learning rates spanning 100x go on a log axis");
        assertEquals(2, chart.lines().size());

        SweepTable best = SweepTable.of(runs, summaries, "optimizer.learningRate", null, "loss",
                SweepTable.Statistic.BEST);
        assertEquals(1, best.lines().size());
        assertEquals("best loss", best.yTitle());
        // The best loss is the final one here (it is the smallest value each run recorded).
        assertEquals((finalLoss(0.01, 64, 0) + finalLoss(0.01, 64, 1) + finalLoss(0.01, 256, 0)
                + finalLoss(0.01, 256, 1)) / 4, best.lines().get(0).y()[1], 1e-12);
    }

    @Test
    void accuracyIsMaximised() {
        assertEquals(MetricSummary.Goal.MAXIMIZE, SweepTable.goal("test_accuracy"));
        assertEquals(MetricSummary.Goal.MINIMIZE, SweepTable.goal("test_loss"));
    }
}
