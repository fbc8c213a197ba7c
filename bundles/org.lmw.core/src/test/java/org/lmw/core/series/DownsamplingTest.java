// Proves that display downsampling keeps what a researcher reads off a chart: ends, extremes, shape, point budget.
package org.lmw.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DownsamplingTest {

    private static double[] noisyLoss(int n, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 2.0 / (1 + i * 1e-4) + 0.05 * random.nextGaussian();
        }
        return y;
    }

    private static double[] steps(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    private static void assertIncreasing(int[] indices) {
        for (int i = 1; i < indices.length; i++) {
            assertTrue(indices[i] > indices[i - 1], "indices not increasing at " + i + ": " + indices[i - 1] + ", "
                    + indices[i]);
        }
    }

    @Test
    void lttbOfAMillionPointsKeepsExactlyTheBudgetTheEndsAndTheSpikes() {
        int n = 1_000_000;
        double[] x = steps(n);
        double[] y = noisyLoss(n, 1);
        y[123_457] = 40.0; // a loss spike, e.g. an instability
        y[876_543] = -3.0; // a dip below everything else
        int[] kept = Downsampling.lttb(x, y, 2_000);
        assertEquals(2_000, kept.length);
        assertEquals(0, kept[0]);
        assertEquals(n - 1, kept[kept.length - 1]);
        assertIncreasing(kept);
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 123_457), "the spike was dropped");
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 876_543), "the dip was dropped");
    }

    @Test
    void lttbKeepsBothExtremesWhenTheyFallIntoOneBucket() {
        int n = 10_000;
        double[] x = steps(n);
        double[] y = noisyLoss(n, 2);
        y[5_000] = 100;
        y[5_001] = -100;
        int[] kept = Downsampling.lttb(x, y, 50);
        assertEquals(50, kept.length);
        assertIncreasing(kept);
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 5_000));
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 5_001));
    }

    @Test
    void lttbFollowsTheShape() {
        // A drawn line through the kept points stays close to a smooth curve everywhere.
        int n = 100_000;
        double[] x = steps(n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(i * 2 * Math.PI / n * 3);
        }
        int[] kept = Downsampling.lttb(x, y, 500);
        for (int k = 1; k < kept.length; k++) {
            int a = kept[k - 1];
            int b = kept[k];
            for (int i = a; i <= b; i += Math.max(1, (b - a) / 8)) {
                double interpolated = y[a] + (y[b] - y[a]) * (i - a) / (double) Math.max(1, b - a);
                assertEquals(y[i], interpolated, 0.01, "at index " + i);
            }
        }
    }

    @Test
    void shortSeriesAreKeptWhole() {
        double[] y = { 3, 1, 2 };
        assertArrayEquals(new int[] { 0, 1, 2 }, Downsampling.lttb(steps(3), y, 500));
        assertArrayEquals(new int[] { 0, 1, 2 }, Downsampling.minMaxBuckets(y, 10));
    }

    @Test
    void minMaxBucketsKeepTheEnvelopeOfEveryBucket() {
        int n = 100_000;
        double[] y = noisyLoss(n, 3);
        int buckets = 400;
        int[] kept = Downsampling.minMaxBuckets(y, buckets);
        assertTrue(kept.length <= 4 * buckets);
        assertEquals(0, kept[0]);
        assertEquals(n - 1, kept[kept.length - 1]);
        assertIncreasing(kept);
        for (int b = 0; b < buckets; b++) {
            int start = (int) ((long) b * n / buckets);
            int end = (int) ((long) (b + 1) * n / buckets);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = start; i < end; i++) {
                min = Math.min(min, y[i]);
                max = Math.max(max, y[i]);
            }
            double keptMin = Double.POSITIVE_INFINITY;
            double keptMax = Double.NEGATIVE_INFINITY;
            for (int i : kept) {
                if (i >= start && i < end) {
                    keptMin = Math.min(keptMin, y[i]);
                    keptMax = Math.max(keptMax, y[i]);
                }
            }
            assertEquals(min, keptMin, "bucket " + b);
            assertEquals(max, keptMax, "bucket " + b);
        }
    }

    @Test
    void nonFiniteAndNonPositiveValuesAreLeftOutForTheAxis() {
        double[] x = { 0, 1, 2, 3, 4 };
        double[] y = { 1, Double.NaN, -1, Double.POSITIVE_INFINITY, 0.5 };
        assertArrayEquals(new int[] { 0, 2, 4 }, Downsampling.finiteIndices(x, y, false));
        assertArrayEquals(new int[] { 0, 4 }, Downsampling.finiteIndices(x, y, true));
    }
}
