// Turns a full-resolution shown series into the few thousand points a chart draws: main line, faint raw line, band.
package org.lmw.core.series;

/** Downsampling of shown series for drawing. */
public final class LineDrawing {
    private LineDrawing() {
    }

    /**
     * Downsamples one shown series: LTTB on the main (smoothed) line, keeping its extremes; the faint raw line by
     * min/max buckets so its noise envelope stays exact; the seed band at the main line's points.
     *
     * @param s the series
     * @param logY whether the y axis is logarithmic (values at or below 0 are dropped)
     * @param maxPoints the point budget of the main line
     * @return the line to draw
     */
    public static ChartModel.Line draw(ShownSeries s, boolean logY, int maxPoints) {
        double[] line = s.line();
        int[] finite = Downsampling.finiteIndices(s.x(), line, logY);
        int[] kept;
        if (finite.length == line.length) {
            // The common case: every point drawable, so no copies of the million-point columns.
            kept = Downsampling.lttb(s.x(), line, maxPoints);
        } else {
            double[] fx = Downsampling.pick(s.x(), finite);
            double[] fy = Downsampling.pick(line, finite);
            kept = Downsampling.compose(finite, Downsampling.lttb(fx, fy, maxPoints));
        }
        double[] x = Downsampling.pick(s.x(), kept);
        double[] y = Downsampling.pick(line, kept);
        long[] steps = Downsampling.pick(s.steps(), kept);
        double[] rawX = null;
        double[] rawY = null;
        if (s.smoothed() != null) {
            // A quarter of the budget in buckets keeps the raw line at most as dense as the main line.
            int buckets = Math.max(1, maxPoints / 4);
            int[] rawFinite = Downsampling.finiteIndices(s.x(), s.values(), logY);
            int[] rawKept = rawFinite.length == s.values().length ? Downsampling.minMaxBuckets(s.values(), buckets)
                    : Downsampling.compose(rawFinite,
                            Downsampling.minMaxBuckets(Downsampling.pick(s.values(), rawFinite), buckets));
            rawX = Downsampling.pick(s.x(), rawKept);
            rawY = Downsampling.pick(s.values(), rawKept);
        }
        double[] lower = null;
        double[] upper = null;
        if (s.std() != null) {
            lower = new double[kept.length];
            upper = new double[kept.length];
            for (int i = 0; i < kept.length; i++) {
                double sd = s.std()[kept[i]];
                lower[i] = y[i] - sd;
                upper[i] = y[i] + sd;
                if (logY && lower[i] <= 0) {
                    // A band reaching below zero cannot be drawn on a log axis: clip it a decade under the line.
                    lower[i] = y[i] / 10;
                }
            }
        }
        return new ChartModel.Line(s.key(), s.label(), s.runIds(), s.color(), s.test(), steps, x, y, rawX, rawY,
                lower, upper, s.stats(), s.runIds().size());
    }

    /**
     * The point budget of each line when {@code lines} lines share the chart: the full budget for a few lines; for
     * many overlaid runs a share of it (at least 150 points), since a hundred lines of a thousand points each cost a
     * paint of a quarter second and no eye follows one of them to the pixel.
     */
    public static int pointsPerLine(int maxPoints, int lines) {
        return lines <= 4 ? maxPoints : Math.min(maxPoints, Math.max(150, maxPoints * 4 / lines));
    }
}
