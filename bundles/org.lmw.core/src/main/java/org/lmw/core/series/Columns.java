// A metric series as three primitive columns that this package can build, append to and slice without the run store.
package org.lmw.core.series;

import java.util.Arrays;

import org.lmw.core.runstore.MetricSeries;

/**
 * Steps, wall times and values of one series, steps strictly increasing. Arrays are shared, never changed.
 *
 * @param steps the steps
 * @param wallTimesNanos the wall times, nanoseconds since the epoch
 * @param values the values
 */
public record Columns(long[] steps, long[] wallTimesNanos, double[] values) {
    /** An empty series. */
    public static final Columns EMPTY = new Columns(new long[0], new long[0], new double[0]);

    /** Checks the columns have one length. */
    public Columns {
        if (steps.length != wallTimesNanos.length || steps.length != values.length) {
            throw new IllegalArgumentException("columns differ in length: " + steps.length + ", "
                    + wallTimesNanos.length + ", " + values.length);
        }
    }

    /** The columns of a series read from the run store (no copy). */
    public static Columns of(MetricSeries series) {
        return new Columns(series.steps(), series.wallTimesNanos(), series.values());
    }

    /** The number of points. */
    public int size() {
        return steps.length;
    }

    /** The step of the last point, -1 when empty. */
    public long lastStep() {
        return steps.length == 0 ? -1 : steps[steps.length - 1];
    }

    /** These points followed by the given ones, whose steps must all be larger. */
    public Columns append(Columns more) {
        if (more.size() == 0) {
            return this;
        }
        if (size() == 0) {
            return more;
        }
        int n = size();
        int m = more.size();
        long[] s = Arrays.copyOf(steps, n + m);
        long[] w = Arrays.copyOf(wallTimesNanos, n + m);
        double[] v = Arrays.copyOf(values, n + m);
        System.arraycopy(more.steps, 0, s, n, m);
        System.arraycopy(more.wallTimesNanos, 0, w, n, m);
        System.arraycopy(more.values, 0, v, n, m);
        return new Columns(s, w, v);
    }
}
