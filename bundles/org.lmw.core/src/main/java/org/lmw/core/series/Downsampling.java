// Display downsampling of long series: largest-triangle-three-buckets and min/max buckets, keeping the extremes.
package org.lmw.core.series;

import java.util.Arrays;

/**
 * Chooses which points of a long series a chart draws, so that a 1 M-point series costs a chart no more than a few
 * thousand points.
 *
 * <p>Both methods return indices into the original arrays, increasing, so callers can pick x, y, steps or wall times
 * from the same selection. Both keep the first and the last point and the points with the smallest and largest
 * value: a spike never disappears from the picture and the legend's min and max are always visible on the line.
 * Inputs must be finite; callers drop NaN and infinite values first (see {@link #finiteIndices}).
 */
public final class Downsampling {

    private Downsampling() {
    }

    /**
     * Largest-triangle-three-buckets (Steinarsson 2013): the first and last point, then one point per bucket, the one
     * that spans the largest triangle with the point chosen in the previous bucket and the mean of the next bucket;
     * the global minimum and maximum replace the choice of their buckets.
     *
     * @param x the x values, non-decreasing
     * @param y the y values, finite
     * @param threshold how many points to keep, at least 3
     * @return the indices of the kept points, increasing; all indices when the series has at most
     *         {@code threshold} points
     */
    public static int[] lttb(double[] x, double[] y, int threshold) {
        int n = y.length;
        if (x.length != n) {
            throw new IllegalArgumentException("x has " + x.length + " values, y has " + n);
        }
        if (threshold >= n || n <= 2) {
            return identity(n);
        }
        threshold = Math.max(3, threshold);
        int[] kept = new int[threshold];
        kept[0] = 0;
        double every = (double) (n - 2) / (threshold - 2);
        int a = 0;
        for (int b = 0; b < threshold - 2; b++) {
            int start = (int) Math.floor(b * every) + 1;
            int end = Math.min((int) Math.floor((b + 1) * every) + 1, n - 1);
            int nextStart = end;
            int nextEnd = Math.min((int) Math.floor((b + 2) * every) + 1, n);
            double meanX = 0;
            double meanY = 0;
            int count = nextEnd - nextStart;
            for (int i = nextStart; i < nextEnd; i++) {
                meanX += x[i];
                meanY += y[i];
            }
            meanX /= count;
            meanY /= count;
            double ax = x[a];
            double ay = y[a];
            double bestArea = -1;
            int best = start;
            for (int i = start; i < end; i++) {
                // Twice the triangle's area; the factor does not change which point wins.
                double area = Math.abs((ax - meanX) * (y[i] - ay) - (ax - x[i]) * (meanY - ay));
                if (area > bestArea) {
                    bestArea = area;
                    best = i;
                }
            }
            kept[b + 1] = best;
            a = best;
        }
        kept[threshold - 1] = n - 1;
        keepExtremes(y, kept, every);
        return kept;
    }

    /**
     * Min/max buckets: splits the series into buckets of equal index span and keeps, per bucket, its first, smallest,
     * largest and last point, in index order. Exact for the envelope a chart draws; costs up to four points per
     * bucket.
     *
     * @param y the y values, finite
     * @param buckets the number of buckets, at least 1 (a chart uses about one per pixel column)
     * @return the indices of the kept points, increasing, without duplicates
     */
    public static int[] minMaxBuckets(double[] y, int buckets) {
        int n = y.length;
        if (n <= 4L * buckets) {
            return identity(n);
        }
        int[] out = new int[4 * buckets];
        int filled = 0;
        for (int b = 0; b < buckets; b++) {
            int start = (int) ((long) b * n / buckets);
            int end = (int) ((long) (b + 1) * n / buckets);
            int min = start;
            int max = start;
            for (int i = start + 1; i < end; i++) {
                if (y[i] < y[min]) {
                    min = i;
                }
                if (y[i] > y[max]) {
                    max = i;
                }
            }
            int[] four = { start, Math.min(min, max), Math.max(min, max), end - 1 };
            for (int index : four) {
                if (filled == 0 || out[filled - 1] < index) {
                    out[filled++] = index;
                }
            }
        }
        return Arrays.copyOf(out, filled);
    }

    /**
     * The indices whose x and y are both finite (and, for a log axis, whose y is positive).
     *
     * @param x the x values
     * @param y the y values
     * @param positiveOnly whether to drop values at or below zero too
     * @return the indices, increasing; the identity when every point qualifies
     */
    public static int[] finiteIndices(double[] x, double[] y, boolean positiveOnly) {
        int first = 0;
        while (first < y.length && Double.isFinite(y[first]) && Double.isFinite(x[first])
                && (!positiveOnly || y[first] > 0)) {
            first++;
        }
        if (first == y.length) {
            // Every point qualifies: callers compare lengths and then skip copying the columns.
            return identity(y.length);
        }
        int[] out = new int[y.length];
        int filled = first;
        for (int i = 0; i < first; i++) {
            out[i] = i;
        }
        for (int i = first; i < y.length; i++) {
            if (Double.isFinite(y[i]) && Double.isFinite(x[i]) && (!positiveOnly || y[i] > 0)) {
                out[filled++] = i;
            }
        }
        return filled == y.length ? out : Arrays.copyOf(out, filled);
    }

    /** Picks {@code values[indices[i]]} into a new array. */
    public static double[] pick(double[] values, int[] indices) {
        double[] out = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }

    /** Picks {@code values[indices[i]]} into a new array. */
    public static long[] pick(long[] values, int[] indices) {
        long[] out = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }

    /** Composes two selections: {@code outer} indexes into the result of {@code inner}. */
    public static int[] compose(int[] inner, int[] outer) {
        int[] out = new int[outer.length];
        for (int i = 0; i < outer.length; i++) {
            out[i] = inner[outer[i]];
        }
        return out;
    }

    static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** Puts the global minimum and maximum in place of the points chosen in their buckets (first and last stay). */
    private static void keepExtremes(double[] y, int[] kept, double every) {
        int n = y.length;
        int min = 0;
        int max = 0;
        for (int i = 1; i < n; i++) {
            if (y[i] < y[min]) {
                min = i;
            }
            if (y[i] > y[max]) {
                max = i;
            }
        }
        int lastSlot = kept.length - 2;
        int low = Math.min(min, max);
        int high = Math.max(min, max);
        boolean lowInner = low != 0 && low != n - 1;
        boolean highInner = high != 0 && high != n - 1 && high != low;
        int lowSlot = lowInner ? bucket(low, every, lastSlot) + 1 : -1;
        int highSlot = highInner ? bucket(high, every, lastSlot) + 1 : -1;
        if (lowSlot > 0 && lowSlot == highSlot) {
            // Both extremes fall in one bucket: the neighbouring slot takes one of them; the order stays increasing
            // because a neighbour bucket's indices all lie on that side of this bucket's.
            if (highSlot < lastSlot) {
                highSlot++;
            } else if (lowSlot > 1) {
                lowSlot--;
            } else {
                lowSlot = -1;
            }
        }
        if (lowSlot > 0) {
            kept[lowSlot] = low;
        }
        if (highSlot > 0) {
            kept[highSlot] = high;
        }
    }

    /** The bucket covering an index: bucket b covers [floor(b*every)+1, floor((b+1)*every)+1). */
    private static int bucket(int index, double every, int lastSlot) {
        int bucket = (int) Math.floor((index - 1) / every);
        while (bucket > 0 && (int) Math.floor(bucket * every) + 1 > index) {
            bucket--;
        }
        while (bucket < lastSlot - 1 && (int) Math.floor((bucket + 1) * every) + 1 <= index) {
            bucket++;
        }
        return Math.min(bucket, lastSlot - 1);
    }
}
