// Final and best values of one metric of one run: the row a sweep table or a "final loss vs width" plot needs.
package org.lmw.core.runstore;

import java.util.Optional;

/**
 * The final, smallest and largest value of a metric series, computed from block headers without reading points when
 * the series was never rewound.
 *
 * @param metric the metric's name
 * @param count the number of points (after later records replaced earlier ones of the same steps)
 * @param lastStep the step of the final point, or -1 when the series is empty
 * @param finalValue the value at {@code lastStep}, NaN when the series is empty
 * @param lastWallNanos when the final point was recorded, nanoseconds since the epoch; 0 when empty
 * @param min the smallest value, NaN ignored; NaN when there is none
 * @param minStep the step of the first point with the smallest value, -1 when there is none
 * @param max the largest value, NaN ignored; NaN when there is none
 * @param maxStep the step of the first point with the largest value, -1 when there is none
 */
public record MetricSummary(String metric, long count, long lastStep, double finalValue, long lastWallNanos,
        double min, long minStep, double max, long maxStep) {

    /** Which direction is better for a metric: lower for a loss, higher for an accuracy. */
    public enum Goal {
        /** Lower values are better (losses, errors). */
        MINIMIZE,
        /** Higher values are better (accuracies). */
        MAXIMIZE
    }

    static MetricSummary empty(String metric) {
        return new MetricSummary(metric, 0, -1, Double.NaN, 0, Double.NaN, -1, Double.NaN, -1);
    }

    static MetricSummary of(MetricSeries series) {
        if (series.isEmpty()) {
            return empty(series.metric());
        }
        MetricPoint last = series.last().orElseThrow();
        MetricPoint min = series.min().orElse(null);
        MetricPoint max = series.max().orElse(null);
        return new MetricSummary(series.metric(), series.size(), last.step(), last.value(), last.wallTimeNanos(),
                min == null ? Double.NaN : min.value(), min == null ? -1 : min.step(),
                max == null ? Double.NaN : max.value(), max == null ? -1 : max.step());
    }

    /** Whether the run recorded no point of this metric. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** The final point, if the series has one. */
    public Optional<MetricPoint> last() {
        return isEmpty() ? Optional.empty() : Optional.of(new MetricPoint(lastStep, lastWallNanos, finalValue));
    }

    /** The best value for the goal (NaN ignored); NaN when the series has no number. */
    public double best(Goal goal) {
        return goal == Goal.MINIMIZE ? min : max;
    }

    /** The step of the best value for the goal; -1 when there is none. */
    public long bestStep(Goal goal) {
        return goal == Goal.MINIMIZE ? minStep : maxStep;
    }
}
