// What a metric chart draws, computed off the UI thread: downsampled lines, faint raw lines, seed bands, legend stats.
package org.lmw.core.series;

import java.util.List;

/**
 * A chart ready to draw: every array is already downsampled to about the chart's width in points.
 *
 * @param title the chart title (the metric)
 * @param metric the metric
 * @param xAxis the x quantity of a metric chart, {@code null} for a sweep chart
 * @param xTitle the x-axis title
 * @param logX whether the x axis is logarithmic (a sweep over learning rates)
 * @param logY whether the y axis is logarithmic (values at or below 0 were dropped)
 * @param lines the lines, in legend order
 * @param pointsRead how many stored points the lines were computed from (for the status line and benchmarks)
 */
public record ChartModel(String title, String metric, XAxis xAxis, String xTitle, boolean logX, boolean logY,
        List<Line> lines, long pointsRead) {

    /**
     * One drawn line.
     *
     * @param key a stable identity across refreshes
     * @param label the legend label, without statistics
     * @param runIds the runs behind it
     * @param color the colour, 0xRRGGBB
     * @param dashed whether it is a test-split line
     * @param steps the steps of the drawn points
     * @param x the x of the drawn points
     * @param y the y of the drawn points (smoothed when smoothing is on)
     * @param rawX the x of the faint raw line, {@code null} without smoothing
     * @param rawY the y of the faint raw line, {@code null} without smoothing
     * @param lower the lower edge of the seed band at {@code x}, {@code null} for one run
     * @param upper the upper edge of the seed band at {@code x}, {@code null} for one run
     * @param stats min, max and last over the full-resolution values
     * @param seeds how many runs the line averages (1 for a run)
     */
    public record Line(String key, String label, List<String> runIds, int color, boolean dashed, long[] steps,
            double[] x, double[] y, double[] rawX, double[] rawY, double[] lower, double[] upper, SeriesStats stats,
            int seeds) {

        /** The legend text: label, then last, min and max. */
        public String legend() {
            String text = label + (seeds > 1 ? " " + Messages.bind(Messages.legendSeeds, seeds) : "");
            if (stats.count() == 0) {
                return text;
            }
            return text + "   " + Messages.bind(Messages.legendStats, Format.value(stats.last()),
                    Format.value(stats.min()), Format.value(stats.max()));
        }

        /** The number of drawn points. */
        public int size() {
            return x.length;
        }
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return lines.stream().allMatch(l -> l.size() == 0);
    }

    /**
     * The x of a step on this chart's axis, interpolated along the first line that spans it; NaN when no line does.
     */
    public double xOfStep(long step) {
        for (Line line : lines) {
            double x = interpolate(line.steps(), line.x(), step);
            if (!Double.isNaN(x)) {
                return x;
            }
        }
        return Double.NaN;
    }

    /** The step at an x of this chart's axis, interpolated along the first line that spans it; -1 when none does. */
    public long stepOfX(double x) {
        for (Line line : lines) {
            long[] steps = line.steps();
            double[] xs = line.x();
            int n = xs.length;
            if (n == 0 || x < xs[0] || x > xs[n - 1]) {
                continue;
            }
            int hi = 0;
            while (hi < n - 1 && xs[hi] < x) {
                hi++;
            }
            if (hi == 0 || xs[hi] == xs[hi - 1]) {
                return steps[hi];
            }
            double t = (x - xs[hi - 1]) / (xs[hi] - xs[hi - 1]);
            return Math.round(steps[hi - 1] + t * (steps[hi] - steps[hi - 1]));
        }
        return -1;
    }

    private static double interpolate(long[] steps, double[] xs, long step) {
        int n = steps.length;
        if (n == 0 || step < steps[0] || step > steps[n - 1]) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (steps[mid] <= step) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if (steps[lo] == step || hi == lo) {
            return xs[lo];
        }
        double t = (double) (step - steps[lo]) / (steps[hi] - steps[lo]);
        return xs[lo] + t * (xs[hi] - xs[lo]);
    }
}
