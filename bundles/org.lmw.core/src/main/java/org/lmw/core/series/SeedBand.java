// Seeds aggregated into one line: mean and standard deviation across runs at the steps all of them recorded.
package org.lmw.core.series;

import java.util.List;

/**
 * The mean and sample standard deviation of a metric across runs that differ only in their seed.
 *
 * <p>Runs are aligned on steps: only steps that every run recorded are kept, so a run that is behind (still
 * training) shortens the band rather than silently changing how many runs a point averages. The standard deviation
 * is the sample one (divisor {@code n - 1}), 0 for a single run. A NaN or infinite value in any run makes that step's
 * mean and std NaN: a diverged seed must show, not be averaged away.
 *
 * @param steps the aligned steps, increasing
 * @param wallTimesNanos the wall time of each step in the first run (for a wall-time axis)
 * @param mean the mean at each step
 * @param std the sample standard deviation at each step
 * @param runs how many runs were aggregated
 */
public record SeedBand(long[] steps, long[] wallTimesNanos, double[] mean, double[] std, int runs) {

    /**
     * Aggregates series given as parallel step and value arrays (steps strictly increasing in each).
     *
     * @param steps the steps of each run
     * @param wallTimesNanos the wall times of each run
     * @param values the values of each run
     * @return the band; empty when there is no run or no common step
     */
    public static SeedBand of(List<long[]> steps, List<long[]> wallTimesNanos, List<double[]> values) {
        int k = steps.size();
        if (k == 0) {
            return new SeedBand(new long[0], new long[0], new double[0], new double[0], 0);
        }
        long[] first = steps.get(0);
        int[] cursor = new int[k];
        long[] commonSteps = new long[first.length];
        long[] commonWalls = new long[first.length];
        double[] mean = new double[first.length];
        double[] std = new double[first.length];
        double[] row = new double[k];
        int filled = 0;
        next: for (int i = 0; i < first.length; i++) {
            long step = first[i];
            row[0] = values.get(0)[i];
            for (int r = 1; r < k; r++) {
                long[] s = steps.get(r);
                int c = cursor[r];
                while (c < s.length && s[c] < step) {
                    c++;
                }
                cursor[r] = c;
                if (c == s.length || s[c] != step) {
                    continue next;
                }
                row[r] = values.get(r)[c];
            }
            commonSteps[filled] = step;
            commonWalls[filled] = wallTimesNanos.get(0)[i];
            double sum = 0;
            for (int r = 0; r < k; r++) {
                sum += row[r];
            }
            double m = sum / k;
            double squares = 0;
            for (int r = 0; r < k; r++) {
                double d = row[r] - m;
                squares += d * d;
            }
            mean[filled] = m;
            std[filled] = k > 1 ? Math.sqrt(squares / (k - 1)) : (Double.isFinite(m) ? 0 : Double.NaN);
            filled++;
        }
        return new SeedBand(java.util.Arrays.copyOf(commonSteps, filled),
                java.util.Arrays.copyOf(commonWalls, filled), java.util.Arrays.copyOf(mean, filled),
                java.util.Arrays.copyOf(std, filled), k);
    }

    /** The number of aligned steps. */
    public int size() {
        return steps.length;
    }
}
