// Dense symmetric eigendecomposition by cyclic Jacobi rotations: small, exact to rounding, no dependencies.
package org.lmw.engine.instruments.hessian;

import java.util.Arrays;

/**
 * The eigendecomposition {@code A = V diag(λ) Vᵀ} of a dense symmetric matrix by the cyclic Jacobi method (Golub and
 * Van Loan, §8.5), with eigenvalues sorted in decreasing order. Each eigenvalue is accurate to a few units of rounding
 * relative to {@code ‖A‖}; the cost is about {@code 10·n³} flops, fine up to a few hundred rows. Used for the Lanczos
 * tridiagonal (a few tens of rows) and, in tests, for dense Hessians.
 */
public final class SymmetricEigen {

    private final double[] values;
    private final double[][] vectors;
    private final int sweeps;

    private SymmetricEigen(double[] values, double[][] vectors, int sweeps) {
        this.values = values;
        this.vectors = vectors;
        this.sweeps = sweeps;
    }

    /**
     * Decomposes a symmetric matrix (only its upper triangle is read).
     *
     * @param matrix {@code n × n}, row-major; not modified
     * @return the decomposition
     * @throws IllegalArgumentException if the matrix is not square or has a non-finite entry
     */
    public static SymmetricEigen of(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("matrix is not square: row " + i + " has " + matrix[i].length
                        + " entries, expected " + n);
            }
            a[i] = matrix[i].clone();
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException("matrix entry (" + i + ", " + j + ") is " + a[i][j]);
                }
            }
            for (int j = 0; j < i; j++) {
                a[i][j] = a[j][i];
            }
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        int sweep = 0;
        double diagonal = 0;
        for (int i = 0; i < n; i++) {
            diagonal += a[i][i] * a[i][i];
        }
        for (; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            double scale = diagonal + 2 * off;
            if (off == 0 || off <= 1e-34 * scale) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, v, p, q, n);
                }
            }
            diagonal = 0;
            for (int i = 0; i < n; i++) {
                diagonal += a[i][i] * a[i][i];
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int k = 0; k < n; k++) {
            int c = order[k];
            values[k] = a[c][c];
            for (int i = 0; i < n; i++) {
                vectors[k][i] = v[i][c];
            }
        }
        return new SymmetricEigen(values, vectors, sweep);
    }

    // One Jacobi rotation that zeroes a[p][q] (a kept symmetric, both triangles), accumulated into v's columns.
    private static void rotate(double[][] a, double[][] v, int p, int q, int n) {
        double apq = a[p][q];
        if (apq == 0) {
            return;
        }
        double app = a[p][p];
        double aqq = a[q][q];
        double theta = (aqq - app) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        a[p][q] = 0;
        a[q][p] = 0;
        for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    /**
     * Returns the eigenvalues in decreasing order.
     *
     * @return a copy of the eigenvalues
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * Returns the unit eigenvector of the {@code k}-th largest eigenvalue.
     *
     * @param k the index into {@link #values()}
     * @return a copy of the eigenvector
     */
    public double[] vector(int k) {
        return vectors[k].clone();
    }

    /**
     * Returns the number of full Jacobi sweeps taken.
     *
     * @return the sweeps
     */
    public int sweeps() {
        return sweeps;
    }
}
