// Proves that the seed band's mean and std equal a direct computation over the stored values of each seed.
package org.lmw.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.MetricSeries;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Run;

class SeedBandTest {
    @TempDir
    Path workspace;

    /** A loss that depends on the seed the way real seeds differ: same trend, different noise. */
    private static double loss(int seed, long step) {
        return 1.0 / (1 + step * 0.01) + 0.03 * Math.sin(seed * 17.0 + step * 0.37);
    }

    @Test
    void meanAndStdOfThreeSeedsEqualADirectComputationAtTheCommonSteps() throws IOException {
        RunStore store = RunStore.open(workspace);
        List<Run> runs = new ArrayList<>();
        // Seed 3 is still running: it reached step 600 only, so the band stops there.
        long[] reached = { 1000, 1000, 600 };
        for (int seed = 1; seed <= 3; seed++) {
            int s = seed;
            runs.add(TestRuns.write(store, TestRuns.run("ts-s" + seed, "seed", Integer.toString(seed),
                    "optimizer.learningRate", "0.1"), "loss", reached[seed - 1], 1, step -> loss(s, step)));
        }
        // A run with another learning rate is its own group and does not enter the band.
        runs.add(TestRuns.write(store, TestRuns.run("ts-lr", "seed", "1", "optimizer.learningRate", "0.5"), "loss",
                1000, 1, step -> 9.0));

        List<ShownSeries> shown;
        try (ChartDataProvider provider = new ChartDataProvider(store)) {
            shown = provider.shown(new ChartRequest(runs, "loss", false, XAxis.STEP, false, 0, true, 1000));
        }
        assertEquals(2, shown.size(), "one line per seed group");
        ShownSeries band = shown.get(0);
        assertEquals(List.of("ts-s1", "ts-s2", "ts-s3"), band.runIds());
        assertEquals(600, band.size(), "aligned on the steps all three seeds recorded");

        // Direct computation from the stored values, read back independently.
        double[][] stored = new double[3][];
        for (int seed = 1; seed <= 3; seed++) {
            try (MetricReader reader = store.folder("ts-s" + seed).openReader()) {
                MetricSeries series = reader.read("loss");
                stored[seed - 1] = series.values();
            }
        }
        for (int i = 0; i < 600; i++) {
            assertEquals(i, band.steps()[i]);
            double a = stored[0][i];
            double b = stored[1][i];
            double c = stored[2][i];
            double mean = (a + b + c) / 3;
            double std = Math.sqrt(((a - mean) * (a - mean) + (b - mean) * (b - mean) + (c - mean) * (c - mean)) / 2);
            assertEquals(mean, band.values()[i], 1e-15, "mean at step " + i);
            assertEquals(std, band.std()[i], 1e-15, "std at step " + i);
        }
        assertTrue(band.std()[5] > 0);
        assertArrayEquals(new double[] { 9.0, 9.0 }, java.util.Arrays.copyOf(shown.get(1).values(), 2));
        assertEquals(null, shown.get(1).std(), "a single run has no band");
    }

    @Test
    void stepsMissingInOneSeedAreLeftOutAndANaNSeedShows() {
        long[] a = { 0, 10, 20, 30 };
        long[] b = { 0, 20, 30, 40 };
        SeedBand band = SeedBand.of(List.of(a, b), List.of(new long[4], new long[4]),
                List.of(new double[] { 1, 2, 3, Double.NaN }, new double[] { 3, 5, 7, 9 }));
        assertArrayEquals(new long[] { 0, 20, 30 }, band.steps());
        assertArrayEquals(new double[] { 2, 4, Double.NaN }, band.mean());
        assertEquals(Math.sqrt(2), band.std()[0], 1e-15);
        assertEquals(Math.sqrt(2), band.std()[1], 1e-15);
        assertTrue(Double.isNaN(band.std()[2]), "a diverged seed makes the band NaN there");
    }

    @Test
    void theChartModelDrawsTheBandAsMeanPlusMinusStd() throws IOException {
        RunStore store = RunStore.open(workspace);
        List<Run> runs = new ArrayList<>();
        for (int seed = 1; seed <= 2; seed++) {
            int s = seed;
            runs.add(TestRuns.write(store, TestRuns.run("b-s" + seed, "seed", Integer.toString(seed)), "loss", 50, 1,
                    step -> s * 1.0 + step));
        }
        try (ChartDataProvider provider = new ChartDataProvider(store)) {
            ChartModel model = provider.fetch(new ChartRequest(runs, "loss", false, XAxis.STEP, false, 0, true, 1000));
            ChartModel.Line line = model.lines().get(0);
            assertEquals(2, line.seeds());
            for (int i = 0; i < line.size(); i++) {
                assertEquals(1.5 + line.x()[i], line.y()[i], 1e-12);
                assertEquals(line.y()[i] - Math.sqrt(0.5), line.lower()[i], 1e-12);
                assertEquals(line.y()[i] + Math.sqrt(0.5), line.upper()[i], 1e-12);
            }
        }
    }
}
