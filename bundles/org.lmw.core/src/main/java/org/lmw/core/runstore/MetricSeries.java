// A metric series read from the run store as primitive columns, ready for charts and analyses without boxing.
package org.lmw.core.runstore;

import java.util.Optional;

/**
 * The points of one metric series, ordered by step, as three parallel primitive arrays.
 *
 * <p>The arrays are created for each read and belong to the caller, who may keep or change them; they are not copied
 * again on access. Steps are strictly increasing: a step recorded twice, or a run resumed from an earlier checkpoint,
 * keeps the later record (see {@link MetricWriter}).
 */
public final class MetricSeries {
    private static final long[] NO_LONGS = new long[0];
    private static final double[] NO_DOUBLES = new double[0];

    private final String metric;
    private final long[] steps;
    private final long[] wallTimesNanos;
    private final double[] values;

    MetricSeries(String metric, long[] steps, long[] wallTimesNanos, double[] values) {
        this.metric = metric;
        this.steps = steps;
        this.wallTimesNanos = wallTimesNanos;
        this.values = values;
    }

    static MetricSeries empty(String metric) {
        return new MetricSeries(metric, NO_LONGS, NO_LONGS, NO_DOUBLES);
    }

    /** The metric's name. */
    public String metric() {
        return metric;
    }

    /** The number of points. */
    public int size() {
        return steps.length;
    }

    /** Whether the series has no points (yet). */
    public boolean isEmpty() {
        return steps.length == 0;
    }

    /** The steps, strictly increasing. */
    public long[] steps() {
        return steps;
    }

    /** The wall time of each point in nanoseconds since the epoch. */
    public long[] wallTimesNanos() {
        return wallTimesNanos;
    }

    /** The value of each point. */
    public double[] values() {
        return values;
    }

    /** The point at an index. */
    public MetricPoint point(int index) {
        return new MetricPoint(steps[index], wallTimesNanos[index], values[index]);
    }

    /** The point with the largest step, if any. */
    public Optional<MetricPoint> last() {
        return isEmpty() ? Optional.empty() : Optional.of(point(size() - 1));
    }

    /** The point with the smallest value, NaN ignored; the earliest one on ties. */
    public Optional<MetricPoint> min() {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (best < 0 || values[i] < values[best])) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(point(best));
    }

    /** The point with the largest value, NaN ignored; the earliest one on ties. */
    public Optional<MetricPoint> max() {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(point(best));
    }

    @Override
    public String toString() {
        return "MetricSeries[" + metric + ", " + size() + " points]";
    }
}
