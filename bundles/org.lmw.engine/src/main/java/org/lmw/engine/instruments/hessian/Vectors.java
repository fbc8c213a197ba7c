// The few dense vector operations the Krylov solvers need, on plain double arrays.
package org.lmw.engine.instruments.hessian;

import java.util.Random;

/** Dense vector helpers. */
final class Vectors {

    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        // Scaled so that huge or tiny entries cannot overflow or underflow the sum of squares.
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

    /** A unit vector with independent Gaussian entries. */
    static double[] randomUnit(int n, Random random) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        scale(1 / norm(v), v);
        return v;
    }

    static void requireFinite(double[] v, String what) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new ArithmeticException(what + " has a non-finite entry (" + x + ")");
            }
        }
    }
}
