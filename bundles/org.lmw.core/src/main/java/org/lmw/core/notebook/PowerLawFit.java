// Nonlinear least squares for y = a * x^(-alpha) + c with a wild-bootstrap confidence interval for alpha; pure Java.
package org.lmw.core.notebook;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fits {@code y = a * x^(-alpha) + c} (x &gt; 0) by least squares and gives a bootstrap confidence interval for
 * {@code alpha}.
 *
 * <p><b>Fit.</b> Variable projection: for a fixed {@code alpha} the model is linear in {@code a} and {@code c}, which
 * ordinary least squares gives in closed form, so the residual sum of squares is a function of {@code alpha} alone.
 * It is scanned on a grid of {@value #GRID} values over [{@value #ALPHA_MIN}, {@value #ALPHA_MAX}] and refined by a
 * golden-section search between the best grid point's neighbours, to 1e-7. No starting values, no divergence.
 *
 * <p><b>Interval.</b> A wild bootstrap with Rademacher weights: each resample keeps the x values and adds the fitted
 * curve to the residuals (inflated by {@code sqrt(n / (n - 3))} for the three fitted parameters), each multiplied by
 * a random sign; the interval is the percentile interval of the refitted {@code alpha}. It keeps the design (a few
 * small-x points that pin {@code alpha} down stay in every resample) and allows the noise to vary with x.
 * Residuals that are correlated along x (a noisy training curve) make it too narrow; average seeds or thin the
 * series first. Coverage on {@code 3 x^(-0.5) + 0.1} with noise is measured by {@code PowerLawFitTest}.
 */
public final class PowerLawFit {
    /** Smallest exponent searched. */
    public static final double ALPHA_MIN = 0.0;
    /** Largest exponent searched. */
    public static final double ALPHA_MAX = 6.0;
    /** Grid points of the first scan. */
    public static final int GRID = 61;
    /** Fewest points a fit needs: three parameters and two degrees of freedom. */
    public static final int MIN_POINTS = 5;

    private PowerLawFit() {
    }

    /** A fitted curve. */
    public record Fit(double a, double alpha, double c, double rss, int n) {
        /** The curve's value at x. */
        public double at(double x) {
            return a * Math.pow(x, -alpha) + c;
        }

        /** The coefficient of determination against the data it was fitted to. */
        public double rSquared(double[] y) {
            double mean = Arrays.stream(y).average().orElse(0);
            double tss = 0;
            for (double v : y) {
                tss += (v - mean) * (v - mean);
            }
            return tss > 0 ? 1 - rss / tss : 1;
        }
    }

    /**
     * A fit with the bootstrap interval of its exponent.
     *
     * @param fit the least-squares fit of all points
     * @param alphaLow lower end of the percentile interval
     * @param alphaHigh upper end
     * @param confidence the interval's level, e.g. 0.95
     * @param resamples the number of bootstrap resamples
     */
    public record Result(Fit fit, double alphaLow, double alphaHigh, double confidence, int resamples) {
    }

    /**
     * Fits the curve.
     *
     * @param x positive x values (any order)
     * @param y the observations
     * @throws IllegalArgumentException when fewer than {@link #MIN_POINTS} points, lengths differ, an x is not
     *         positive, a value is not finite, or all x are equal
     */
    public static Fit fit(double[] x, double[] y) {
        check(x, y);
        double[] logX = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            logX[i] = Math.log(x[i]);
        }
        return fitLog(logX, y, new double[x.length]);
    }

    /**
     * Fits the curve and bootstraps the exponent's interval.
     *
     * @param x positive x values
     * @param y the observations
     * @param confidence the level, in (0, 1)
     * @param resamples the number of resamples (1 000 is plenty for a 95 % interval)
     * @param seed the random seed: the same data and seed give the same interval
     */
    public static Result bootstrap(double[] x, double[] y, double confidence, int resamples, long seed) {
        check(x, y);
        if (!(confidence > 0 && confidence < 1) || resamples < 10) {
            throw new IllegalArgumentException("confidence must lie in (0, 1) and resamples be at least 10");
        }
        int n = x.length;
        double[] logX = new double[n];
        for (int i = 0; i < n; i++) {
            logX[i] = Math.log(x[i]);
        }
        double[] work = new double[n];
        Fit fit = fitLog(logX, y, work);
        double[] fitted = new double[n];
        double[] residual = new double[n];
        double inflate = Math.sqrt((double) n / (n - 3));
        for (int i = 0; i < n; i++) {
            fitted[i] = fit.a * Math.exp(-fit.alpha * logX[i]) + fit.c;
            residual[i] = (y[i] - fitted[i]) * inflate;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] alphas = new double[resamples];
        double[] ys = new double[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                ys[i] = fitted[i] + (random.nextBoolean() ? residual[i] : -residual[i]);
            }
            alphas[b] = fitLog(logX, ys, work).alpha;
        }
        Arrays.sort(alphas);
        double tail = (1 - confidence) / 2;
        return new Result(fit, quantile(alphas, tail), quantile(alphas, 1 - tail), confidence, resamples);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static void check(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
        if (x.length < MIN_POINTS) {
            throw new IllegalArgumentException("a power-law fit needs at least " + MIN_POINTS + " points, has "
                    + x.length);
        }
        boolean varies = false;
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0) || !Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not usable: x=" + x[i] + " y=" + y[i]);
            }
            varies |= x[i] != x[0];
        }
        if (!varies) {
            throw new IllegalArgumentException("all x values are equal");
        }
    }

    private static Fit fitLog(double[] logX, double[] y, double[] u) {
        double step = (ALPHA_MAX - ALPHA_MIN) / (GRID - 1);
        int best = 0;
        double bestRss = Double.POSITIVE_INFINITY;
        for (int k = 0; k < GRID; k++) {
            double rss = rss(ALPHA_MIN + k * step, logX, y, u, null);
            if (rss < bestRss) {
                bestRss = rss;
                best = k;
            }
        }
        double lo = ALPHA_MIN + Math.max(0, best - 1) * step;
        double hi = ALPHA_MIN + Math.min(GRID - 1, best + 1) * step;
        double g = (Math.sqrt(5) - 1) / 2;
        double x1 = hi - g * (hi - lo);
        double x2 = lo + g * (hi - lo);
        double f1 = rss(x1, logX, y, u, null);
        double f2 = rss(x2, logX, y, u, null);
        while (hi - lo > 1e-7) {
            if (f1 <= f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - g * (hi - lo);
                f1 = rss(x1, logX, y, u, null);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + g * (hi - lo);
                f2 = rss(x2, logX, y, u, null);
            }
        }
        double alpha = (lo + hi) / 2;
        double[] ac = new double[2];
        double rss = rss(alpha, logX, y, u, ac);
        if (bestRss < rss) {
            // The grid point beats the refinement only at a boundary of the search range.
            alpha = ALPHA_MIN + best * step;
            rss = rss(alpha, logX, y, u, ac);
        }
        return new Fit(ac[0], alpha, ac[1], rss, y.length);
    }

    /** Residual sum of squares of the best (a, c) for an exponent; writes (a, c) into {@code ac} when given. */
    private static double rss(double alpha, double[] logX, double[] y, double[] u, double[] ac) {
        int n = y.length;
        double su = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            u[i] = Math.exp(-alpha * logX[i]);
            su += u[i];
            sy += y[i];
        }
        double mu = su / n;
        double my = sy / n;
        double suu = 0;
        double suy = 0;
        for (int i = 0; i < n; i++) {
            double du = u[i] - mu;
            suu += du * du;
            suy += du * (y[i] - my);
        }
        double a = suu > 0 ? suy / suu : 0;
        double c = my - a * mu;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - a * u[i] - c;
            rss += r * r;
        }
        if (ac != null) {
            ac[0] = a;
            ac[1] = c;
        }
        return rss;
    }
}
