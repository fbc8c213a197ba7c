// One line of a metric chart at full resolution: a run's series or a seed group's mean and std, before downsampling.
package org.lmw.core.series;

import java.util.List;

/**
 * A series as a chart shows it, at full resolution: the CSV export writes these, the chart draws a downsampled copy.
 *
 * @param key a stable identity across refreshes (run id or seed group key, and metric)
 * @param label the legend label
 * @param runIds the runs it shows: one, or every seed of a group
 * @param metric the metric
 * @param test whether it is the test-split companion of the chart's metric (drawn dashed)
 * @param color the colour, 0xRRGGBB
 * @param steps the steps
 * @param wallTimesNanos the wall times (of the first run for a seed group)
 * @param x the x values on the chart's axis
 * @param values the stored values, or the mean across seeds
 * @param smoothed the EMA-smoothed values, or {@code null} without smoothing
 * @param std the standard deviation across seeds, or {@code null} for a single run
 * @param stats min, max and last of {@code values}
 */
public record ShownSeries(String key, String label, List<String> runIds, String metric, boolean test, int color,
        long[] steps, long[] wallTimesNanos, double[] x, double[] values, double[] smoothed, double[] std,
        SeriesStats stats) {

    /** The values the main line draws: smoothed when smoothing is on, else the values. */
    public double[] line() {
        return smoothed != null ? smoothed : values;
    }

    /** The number of points. */
    public int size() {
        return steps.length;
    }
}
