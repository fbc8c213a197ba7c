// Eigenvalues (and, for small matrices, eigenvectors) of real symmetric matrices in float64, in plain Java.
package org.lmw.engine.instruments.builtin;

/**
 * Symmetric eigen-solvers used by the built-in instruments. Two methods:
 * <ul>
 * <li>{@link #values(double[][])}: Householder reduction to tridiagonal form followed by the implicit QL iteration
 * (Numerical Recipes' {@code tred2}/{@code tqli} without eigenvectors), O(n³) with a small constant; used for the
 * Gram matrices of effective rank (up to a few thousand rows);</li>
 * <li>{@link #jacobi(double[][])}: cyclic Jacobi rotations with eigenvectors, accurate to a few ulps of the largest
 * eigenvalue; used for the small (classes × classes) matrices of neural collapse.</li>
 * </ul>
 * Both read only the lower triangle and leave their argument unchanged.
 */
public final class SymmetricEigen {

    private SymmetricEigen() {
    }

    /**
     * Returns the eigenvalues of a symmetric matrix, in descending order.
     *
     * @param matrix a square symmetric matrix (lower triangle used; not modified)
     * @return the eigenvalues, largest first
     * @throws ArithmeticException if the QL iteration does not converge
     */
    public static double[] values(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = java.util.Arrays.copyOf(matrix[i], i + 1);
        }
        double[] d = new double[n];
        double[] e = new double[n];
        tridiagonalise(a, d, e);
        ql(d, e);
        java.util.Arrays.sort(d);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            double t = d[i];
            d[i] = d[j];
            d[j] = t;
        }
        return d;
    }

    // Householder reduction of the lower triangle a (row i holds columns 0..i) to tridiagonal form: diagonal d,
    // sub-diagonal e[1..n-1] (e[0] = 0).
    private static void tridiagonalise(double[][] a, double[] d, double[] e) {
        int n = a.length;
        for (int i = n - 1; i > 0; i--) {
            int l = i - 1;
            double h = 0;
            if (l > 0) {
                double scale = 0;
                double[] ai = a[i];
                for (int k = 0; k <= l; k++) {
                    scale += Math.abs(ai[k]);
                }
                if (scale == 0) {
                    e[i] = ai[l];
                } else {
                    for (int k = 0; k <= l; k++) {
                        ai[k] /= scale;
                        h += ai[k] * ai[k];
                    }
                    double f = ai[l];
                    double g = f >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
                    e[i] = scale * g;
                    h -= f * g;
                    ai[l] = f - g;
                    f = 0;
                    for (int j = 0; j <= l; j++) {
                        g = 0;
                        double[] aj = a[j];
                        for (int k = 0; k <= j; k++) {
                            g += aj[k] * ai[k];
                        }
                        for (int k = j + 1; k <= l; k++) {
                            g += a[k][j] * ai[k];
                        }
                        e[j] = g / h;
                        f += e[j] * ai[j];
                    }
                    double hh = f / (h + h);
                    for (int j = 0; j <= l; j++) {
                        f = ai[j];
                        g = e[j] - hh * f;
                        e[j] = g;
                        double[] aj = a[j];
                        for (int k = 0; k <= j; k++) {
                            aj[k] -= f * e[k] + g * ai[k];
                        }
                    }
                }
            } else {
                e[i] = a[i][l];
            }
            d[i] = h;
        }
        e[0] = 0;
        for (int i = 0; i < n; i++) {
            d[i] = a[i][i];
        }
    }

    // Implicit QL with Wilkinson shifts on the tridiagonal (d, e); eigenvalues left in d.
    private static void ql(double[] d, double[] e) {
        int n = d.length;
        for (int i = 1; i < n; i++) {
            e[i - 1] = e[i];
        }
        if (n > 0) {
            e[n - 1] = 0;
        }
        for (int l = 0; l < n; l++) {
            int iter = 0;
            int m;
            do {
                for (m = l; m < n - 1; m++) {
                    double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
                    if (Math.abs(e[m]) + dd == dd) {
                        break;
                    }
                }
                if (m != l) {
                    if (iter++ == 200) {
                        throw new ArithmeticException("symmetric eigenvalues: QL iteration did not converge");
                    }
                    double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
                    double r = Math.hypot(g, 1.0);
                    g = d[m] - d[l] + e[l] / (g + (g >= 0 ? Math.abs(r) : -Math.abs(r)));
                    double s = 1;
                    double c = 1;
                    double p = 0;
                    int i;
                    boolean underflow = false;
                    for (i = m - 1; i >= l; i--) {
                        double f = s * e[i];
                        double b = c * e[i];
                        r = Math.hypot(f, g);
                        e[i + 1] = r;
                        if (r == 0) {
                            d[i + 1] -= p;
                            e[m] = 0;
                            underflow = true;
                            break;
                        }
                        s = f / r;
                        c = g / r;
                        g = d[i + 1] - p;
                        r = (d[i] - g) * s + 2.0 * c * b;
                        p = s * r;
                        d[i + 1] = g + p;
                        g = c * r - b;
                    }
                    if (underflow) {
                        continue;
                    }
                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0;
                }
            } while (m != l);
        }
    }

    /**
     * Eigen-decomposes a small symmetric matrix by cyclic Jacobi rotations.
     *
     * @param matrix a square symmetric matrix (not modified)
     * @return {@code [values, vectors]}: {@code values[0]} holds the eigenvalues in descending order,
     *         {@code vectors[k]} the unit eigenvector of {@code values[0][k]}
     */
    public static double[][][] jacobi(double[][] matrix) {
        // One Jacobi implementation in the engine: the Hessian package's (also behind Lanczos).
        int n = matrix.length;
        double[][] symmetric = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                symmetric[i][j] = matrix[i][j];
                symmetric[j][i] = matrix[i][j];
            }
        }
        org.lmw.engine.instruments.hessian.SymmetricEigen e =
                org.lmw.engine.instruments.hessian.SymmetricEigen.of(symmetric);
        double[][] vectors = new double[n][];
        for (int k = 0; k < n; k++) {
            vectors[k] = e.vector(k);
        }
        return new double[][][] {{e.values()}, vectors};
    }
}
