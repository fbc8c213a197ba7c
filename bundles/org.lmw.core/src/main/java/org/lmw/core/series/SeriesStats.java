// Minimum, maximum and last value of a shown series: what the chart legend prints beside each line.
package org.lmw.core.series;

/**
 * Summary of a shown series over its full resolution (not the downsampled points), NaN ignored.
 *
 * @param count the number of points
 * @param min the smallest value, NaN when there is none
 * @param minStep its step, -1 when there is none
 * @param max the largest value, NaN when there is none
 * @param maxStep its step, -1 when there is none
 * @param last the last value (NaN when empty or when the run ended on NaN)
 * @param lastStep its step, -1 when empty
 */
public record SeriesStats(int count, double min, long minStep, double max, long maxStep, double last, long lastStep) {

    /** The statistics of values at steps. */
    public static SeriesStats of(long[] steps, double[] values) {
        int min = -1;
        int max = -1;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            if (min < 0 || v < values[min]) {
                min = i;
            }
            if (max < 0 || v > values[max]) {
                max = i;
            }
        }
        int n = values.length;
        return new SeriesStats(n, min < 0 ? Double.NaN : values[min], min < 0 ? -1 : steps[min],
                max < 0 ? Double.NaN : values[max], max < 0 ? -1 : steps[max], n == 0 ? Double.NaN : values[n - 1],
                n == 0 ? -1 : steps[n - 1]);
    }
}
