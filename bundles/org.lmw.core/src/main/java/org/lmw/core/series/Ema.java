// Exponential moving average smoothing of a metric series, debiased like TensorBoard's so the start is not dragged to 0.
package org.lmw.core.series;

/**
 * Exponential moving average with bias correction.
 *
 * <p>{@code s_t = w * s_(t-1) + (1 - w) * v_t} started at 0, divided by {@code 1 - w^k} after {@code k} finite values:
 * the first smoothed value equals the first value instead of a fraction of it, the same debiasing as TensorBoard's
 * smoothing slider, so a researcher who moves from there sees the same curve for the same weight. Non-finite values
 * (a diverged run) are passed through unchanged and do not enter the average.
 */
public final class Ema {

    private Ema() {
    }

    /**
     * Smooths values.
     *
     * @param values the raw values
     * @param weight the smoothing weight in [0, 1); 0 returns a copy of the values
     * @return a new array of the same length
     */
    public static double[] smooth(double[] values, double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), was " + weight);
        }
        double[] out = new double[values.length];
        double last = 0;
        double decay = 1;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                out[i] = v;
                continue;
            }
            last = weight * last + (1 - weight) * v;
            decay *= weight;
            out[i] = decay == 1 ? v : last / (1 - decay);
        }
        return out;
    }
}
