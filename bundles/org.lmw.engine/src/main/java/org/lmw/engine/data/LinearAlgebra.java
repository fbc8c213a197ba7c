// The little dense linear algebra the data generators need (Gaussian matrices, Gram-Schmidt), in double precision.
package org.lmw.engine.data;

import java.util.Random;

/**
 * Small dense helpers for the generators; matrices are row-major {@code double[rows][cols]}.
 */
final class LinearAlgebra {

    private LinearAlgebra() {
    }

    static double[][] gaussian(Random random, int rows, int cols, double std) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = random.nextGaussian() * std;
            }
        }
        return m;
    }

    /**
     * Orthonormalises the columns of {@code m} in place (modified Gram-Schmidt, twice for stability).
     */
    static void orthonormalColumns(double[][] m) {
        int rows = m.length;
        int cols = m[0].length;
        if (cols > rows) {
            throw new IllegalArgumentException("Cannot make " + cols + " orthonormal columns of length " + rows + ".");
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < cols; j++) {
                for (int k = 0; k < j; k++) {
                    double dot = 0;
                    for (int i = 0; i < rows; i++) {
                        dot += m[i][j] * m[i][k];
                    }
                    for (int i = 0; i < rows; i++) {
                        m[i][j] -= dot * m[i][k];
                    }
                }
                double norm = 0;
                for (int i = 0; i < rows; i++) {
                    norm += m[i][j] * m[i][j];
                }
                norm = Math.sqrt(norm);
                if (norm < 1e-12) {
                    throw new IllegalStateException("Gram-Schmidt met a degenerate column; try another seed.");
                }
                for (int i = 0; i < rows; i++) {
                    m[i][j] /= norm;
                }
            }
        }
    }

    static float[] flatten(double[][] m) {
        int cols = m[0].length;
        float[] out = new float[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < cols; j++) {
                out[i * cols + j] = (float) m[i][j];
            }
        }
        return out;
    }
}
