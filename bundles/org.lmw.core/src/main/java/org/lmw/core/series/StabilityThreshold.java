// The edge-of-stability threshold 2/η of a run as a step function of the step, following its learning-rate schedule.
package org.lmw.core.series;

import java.util.Arrays;

import org.lmw.model.Run;

/**
 * The stability threshold of gradient descent that the sharpness chart overlays (Cohen et al. 2021, "Gradient
 * descent on neural networks typically occurs at the edge of stability").
 *
 * <p>On a quadratic with curvature λ, gradient descent with step size η is stable iff {@code λ < 2/η}; heavy-ball
 * momentum β (the {@code torch.optim.SGD} form {@code buf = β·buf + g}, {@code w -= η·buf}) moves the threshold to
 * {@code (2 + 2β)/η}. Full-batch training sharpens until the largest Hessian eigenvalue reaches that value and
 * hovers there. For Adam the threshold concerns the preconditioned Hessian, not the raw sharpness, so no line is
 * drawn ({@link #factor} is NaN).
 *
 * <p>η is read from the run's {@value #LEARNING_RATE} series (recorded every step by the engine, so a schedule shows as
 * steps of the line); a run written before that series existed falls back to the constant
 * {@code optimizer.learningRate} hyperparameter.
 */
public final class StabilityThreshold {
    /** The series of the learning rate of each update. */
    public static final String LEARNING_RATE = "learning_rate";
    /** The hyperparameter holding the base learning rate (used when the series is missing). */
    public static final String LEARNING_RATE_PARAMETER = "optimizer.learningRate";
    /** The hyperparameter of the heavy-ball momentum. */
    public static final String MOMENTUM_PARAMETER = "optimizer.momentum";
    /** The hyperparameter naming the optimizer ({@code sgd}, {@code adam}). */
    public static final String OPTIMIZER_PARAMETER = "optimizer.kind";
    /** The series the threshold is drawn over: the top Hessian eigenvalue under its two names. */
    public static final String SHARPNESS = "sharpness";
    /** The first of the top-k Hessian eigenvalues, the same quantity as {@link #SHARPNESS}. */
    public static final String TOP_EIGENVALUE = "hessian_eig/1";

    /**
     * When the learning rate changes at more than this fraction of its points (a smooth schedule such as cosine), the
     * line follows the points instead of drawing a vertical jump at each, which would double them for nothing.
     */
    private static final double SMOOTH_SCHEDULE = 0.25;

    private StabilityThreshold() {
    }

    /** Whether a chart of this metric draws the threshold: sharpness, {@code hessian_eig/1} or its family. */
    public static boolean applies(String metric) {
        return SHARPNESS.equals(metric) || TOP_EIGENVALUE.equals(metric);
    }

    /**
     * The factor {@code c} of the threshold {@code c/η} for a run: 2 for plain gradient descent, {@code 2 + 2β} with
     * heavy-ball momentum β, NaN for an adaptive optimizer (no line).
     */
    public static double factor(Run run) {
        String kind = Runs.hyperparameter(run, OPTIMIZER_PARAMETER);
        if (kind != null && !kind.isBlank() && !"sgd".equalsIgnoreCase(kind.trim())) {
            return Double.NaN;
        }
        double momentum = Runs.number(Runs.hyperparameter(run, MOMENTUM_PARAMETER));
        return momentum > 0 && momentum < 1 ? 2 + 2 * momentum : 2;
    }

    /** The legend symbol of the threshold for a factor: {@code 2/η}, or {@code (2+2β)/η} with momentum. */
    public static String symbol(double factor) {
        return factor == 2 ? "2/\u03b7" : "(2+2\u03b2)/\u03b7";
    }

    /**
     * The threshold {@code factor/η} as a step function of the step.
     *
     * <p>Each stored learning rate holds from its step until the next one's; where it changes, the line jumps
     * vertically (two points at the step of the change, old value then new). Runs of equal values are collapsed to
     * their ends, so a constant η gives two points and a step schedule a staircase of a few. A learning rate at or
     * below zero (a warm-up from 0) gives NaN there, which the chart leaves as a gap.
     *
     * @param learningRate the run's {@value #LEARNING_RATE} series
     * @param factor the factor (see {@link #factor})
     * @param untilStep the last step to draw to (the last point of the charted metric), or -1 to end with the series
     * @param untilWallNanos the wall time of {@code untilStep}
     * @return the line; empty when the series is
     */
    public static Columns series(Columns learningRate, double factor, long untilStep, long untilWallNanos) {
        int n = learningRate.size();
        if (n == 0) {
            return Columns.EMPTY;
        }
        long[] steps = learningRate.steps();
        long[] walls = learningRate.wallTimesNanos();
        double[] eta = learningRate.values();
        int changes = 0;
        for (int i = 1; i < n; i++) {
            if (!same(eta[i], eta[i - 1])) {
                changes++;
            }
        }
        if (n > 8 && changes > SMOOTH_SCHEDULE * n) {
            int m = untilStep > steps[n - 1] ? n + 1 : n;
            long[] s = Arrays.copyOf(steps, m);
            long[] w = Arrays.copyOf(walls, m);
            double[] v = new double[m];
            for (int i = 0; i < n; i++) {
                v[i] = threshold(factor, eta[i]);
            }
            if (m > n) {
                s[n] = untilStep;
                w[n] = untilWallNanos;
                v[n] = v[n - 1];
            }
            return new Columns(s, w, v);
        }
        int capacity = 2 * changes + 3;
        long[] s = new long[capacity];
        long[] w = new long[capacity];
        double[] v = new double[capacity];
        int k = 0;
        s[k] = steps[0];
        w[k] = walls[0];
        v[k++] = threshold(factor, eta[0]);
        for (int i = 1; i < n; i++) {
            if (!same(eta[i], eta[i - 1])) {
                // The old value up to the change, then the new one from it: a vertical jump at steps[i].
                s[k] = steps[i];
                w[k] = walls[i];
                v[k++] = threshold(factor, eta[i - 1]);
                s[k] = steps[i];
                w[k] = walls[i];
                v[k++] = threshold(factor, eta[i]);
            }
        }
        long endStep = Math.max(steps[n - 1], untilStep);
        long endWall = untilStep > steps[n - 1] ? untilWallNanos : walls[n - 1];
        if (endStep > s[k - 1]) {
            s[k] = endStep;
            w[k] = endWall;
            v[k++] = threshold(factor, eta[n - 1]);
        }
        return new Columns(Arrays.copyOf(s, k), Arrays.copyOf(w, k), Arrays.copyOf(v, k));
    }

    /**
     * The threshold of a constant learning rate over a range of steps (runs without a {@value #LEARNING_RATE}
     * series): two points, empty when η is not a positive number.
     */
    public static Columns constant(double learningRate, double factor, long fromStep, long fromWallNanos, long toStep,
            long toWallNanos) {
        if (!(learningRate > 0) || Double.isNaN(factor) || toStep < fromStep) {
            return Columns.EMPTY;
        }
        double value = factor / learningRate;
        return new Columns(new long[] { fromStep, toStep }, new long[] { fromWallNanos, toWallNanos },
                new double[] { value, value });
    }

    /** {@code factor/η}; NaN where η is not positive. */
    public static double threshold(double factor, double eta) {
        return eta > 0 && Double.isFinite(eta) ? factor / eta : Double.NaN;
    }

    private static boolean same(double a, double b) {
        return a == b || Double.isNaN(a) && Double.isNaN(b);
    }
}
