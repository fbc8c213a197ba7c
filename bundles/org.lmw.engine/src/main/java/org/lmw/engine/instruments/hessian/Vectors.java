// The few dense vector operations the Krylov solvers need, on plain double arrays.
package org.lmw.engine.instruments.hessian;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/** Dense vector helpers. */
final class Vectors {

    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        return dot(a, b, 0, a.length);
    }

    // ⟨a, b⟩ over [from, to), with four partial sums: one is bound by the latency of the additions (about 1.5x
    // slower on 269k entries).
    private static double dot(double[] a, double[] b, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < to; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static double norm(double[] a) {
        return norm(dot(a, a), a);
    }

    // ‖a‖ from its plain sum of squares when that stays well inside the double range; otherwise recomputed scaled, so
    // that huge or tiny entries cannot overflow or underflow it.
    private static double norm(double squares, double[] a) {
        return squares > 1e-280 && squares < 1e280 ? Math.sqrt(squares) : scaledNorm(a);
    }

    private static double scaledNorm(double[] a) {
        double max = 0;
        for (double x : a) {
            max = Math.max(max, Math.abs(x));
        }
        if (max == 0 || !Double.isFinite(max)) {
            return max;
        }
        double s = 0;
        for (double x : a) {
            double y = x / max;
            s += y * y;
        }
        return max * Math.sqrt(s);
    }

    /**
     * Returns {@code ⟨w, q⟩} and {@code ‖w‖} from one pass (both vectors are read once); the norm is recomputed
     * scaled when the plain sum of squares leaves the safe range, and a non-finite entry of {@code w} throws.
     */
    static double[] dotAndNorm(double[] w, double[] q, String what) {
        double d0 = 0;
        double d1 = 0;
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < w.length; i += 2) {
            double a = w[i];
            double b = w[i + 1];
            d0 += a * q[i];
            d1 += b * q[i + 1];
            s0 += a * a;
            s1 += b * b;
        }
        for (; i < w.length; i++) {
            d0 += w[i] * q[i];
            s0 += w[i] * w[i];
        }
        double squares = s0 + s1;
        if (!Double.isFinite(squares)) {
            requireFinite(w, what);
        }
        return new double[] {d0 + d1, norm(squares, w)};
    }

    /** {@code w −= a·x + b·y} and returns the new {@code ‖w‖}, in one pass. */
    static double subtractTwoAndNorm(double[] w, double a, double[] x, double b, double[] y) {
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < w.length; i += 2) {
            double u = w[i] - a * x[i] - b * y[i];
            double v = w[i + 1] - a * x[i + 1] - b * y[i + 1];
            w[i] = u;
            w[i + 1] = v;
            s0 += u * u;
            s1 += v * v;
        }
        for (; i < w.length; i++) {
            double u = w[i] - a * x[i] - b * y[i];
            w[i] = u;
            s0 += u * u;
        }
        return norm(s0 + s1, w);
    }

    /** Entries per block of the blocked multi-vector passes: 16 KB of each vector, so the block of w stays in L1. */
    private static final int BLOCK = 2048;

    /**
     * Subtracts from {@code w} its projections on the (orthonormal) {@code basis}, classical Gram-Schmidt: all the
     * coefficients {@code c_b = ⟨w, b⟩} in one blocked pass, then {@code w −= Σ c_b b} in another. Each basis vector
     * is read twice instead of five times (a dot product and an axpy per vector, modified Gram-Schmidt), which
     * matters once the basis outgrows the caches (2 MB a vector on the bench MLP). Classical Gram-Schmidt loses
     * orthogonality faster than the modified one; applied twice when the first pass cancels most of {@code w} (as the
     * caller does) it is as good ("twice is enough").
     */
    static void orthogonalise(double[] w, List<double[]> basis) {
        int m = basis.size();
        double[] c = new double[m];
        int n = w.length;
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            for (int k = 0; k < m; k++) {
                c[k] += dot(w, basis.get(k), start, end);
            }
        }
        for (int k = 0; k < m; k++) {
            c[k] = -c[k];
        }
        combine(c, basis, w);
    }

    /** {@code y += Σ_k coefficients[k] · vectors[k]}, in one blocked pass over {@code y}. */
    static void combine(double[] coefficients, List<double[]> vectors, double[] y) {
        int n = y.length;
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            for (int k = 0; k < coefficients.length; k++) {
                double a = coefficients[k];
                double[] x = vectors.get(k);
                for (int i = start; i < end; i++) {
                    y[i] += a * x[i];
                }
            }
        }
    }

    /** {@code y += alpha x}. */
    static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    static void scale(double alpha, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= alpha;
        }
    }

    /**
     * A unit vector with independent Gaussian entries ({@link Random#nextGaussian()}: 8-18 ms for the bench MLP's 269k
     * parameters, so only cold starts use it; a warm start's noise is {@link #randomSigns}).
     */
    static double[] randomUnit(int n, Random random) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        scale(1 / norm(v), v);
        return v;
    }

    /**
     * A unit vector of random signs, {@code ±1/√n}: a cheap generic direction (64 entries per draw of a
     * {@link SplittableRandom} seeded from {@code random}), for the small random component of a warm start.
     */
    static double[] randomSigns(int n, Random random) {
        double[] v = new double[n];
        long unit = Double.doubleToRawLongBits(1 / Math.sqrt(n));
        SplittableRandom fast = new SplittableRandom(random.nextLong());
        long bits = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 0) {
                bits = fast.nextLong();
            }
            // The sign bit straight from the random bit: no unpredictable branch.
            v[i] = Double.longBitsToDouble(unit | (bits & 1) << 63);
            bits >>>= 1;
        }
        return v;
    }

    static void requireFinite(double[] v, String what) {
        // x · 0 is 0 for a finite x and NaN otherwise: a branch-free pass (four partial sums) finds whether to look.
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < v.length; i += 4) {
            s0 += v[i] * 0;
            s1 += v[i + 1] * 0;
            s2 += v[i + 2] * 0;
            s3 += v[i + 3] * 0;
        }
        for (; i < v.length; i++) {
            s0 += v[i] * 0;
        }
        if ((s0 + s1) + (s2 + s3) == 0) {
            return;
        }
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new ArithmeticException(what + " has a non-finite entry (" + x + ")");
            }
        }
    }
}
