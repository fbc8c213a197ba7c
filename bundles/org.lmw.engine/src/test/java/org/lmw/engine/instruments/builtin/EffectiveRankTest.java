// Checks effective rank (and the eigen-solvers under it) on matrices with known singular values.
package org.lmw.engine.instruments.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lmw.engine.EngineService;
import org.lmw.engine.training.Trainer;
import org.lmw.model.Architecture;
import org.lmw.model.DataScope;
import org.lmw.model.Experiment;

class EffectiveRankTest {

    /** A random n×n orthogonal matrix (Gram–Schmidt of a Gaussian matrix), rows orthonormal. */
    static double[][] orthogonal(int n, Random random) {
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[i][j] = random.nextGaussian();
            }
            for (int k = 0; k < i; k++) {
                double dot = 0;
                for (int j = 0; j < n; j++) {
                    dot += q[i][j] * q[k][j];
                }
                for (int j = 0; j < n; j++) {
                    q[i][j] -= dot * q[k][j];
                }
            }
            double norm = 0;
            for (int j = 0; j < n; j++) {
                norm += q[i][j] * q[i][j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < n; j++) {
                q[i][j] /= norm;
            }
        }
        return q;
    }

    /** {@code A = U diag(σ) Vᵀ} of shape n×d with random orthogonal U, V. */
    static double[] withSingularValues(int n, int d, double[] sigma, long seed) {
        Random random = new Random(seed);
        double[][] u = orthogonal(n, random);
        double[][] v = orthogonal(d, random);
        double[] a = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int k = 0; k < sigma.length; k++) {
                    s += u[k][i] * sigma[k] * v[k][j];
                }
                a[i * d + j] = s;
            }
        }
        return a;
    }

    static double entropyRank(double... sigma) {
        double sum = 0;
        for (double s : sigma) {
            sum += s;
        }
        double h = 0;
        for (double s : sigma) {
            if (s > 0) {
                h -= s / sum * Math.log(s / sum);
            }
        }
        return Math.exp(h);
    }

    static NDManager manager() {
        EngineService.ensureStarted(1, org.lmw.engine.ComputeDevice.CPU);
        return EngineService.newManager(org.lmw.engine.ComputeDevice.CPU);
    }

    private static double throughTorch(int n, int d, double[] sigma, boolean center) {
        try (NDManager m = manager()) {
            NDArray a = m.create(withSingularValues(n, d, sigma, 11), new Shape(n, d));
            return EffectiveRank.of(EffectiveRank.gram(a, center), Math.max(n, d) * Math.ulp(1f));
        }
    }

    @Test
    void threeUnitSingularValuesGiveRankThree() {
        double[][] g = new double[6][6];
        g[0][0] = 1;
        g[1][1] = 1;
        g[2][2] = 1;
        assertEquals(3.0, EffectiveRank.of(g, 1e-12), 1e-12);
        double r = throughTorch(8, 6, new double[] {1, 1, 1}, false);
        System.out.printf(Locale.ROOT, "effective-rank diag(1,1,1,0,0,0) rotated: %.12f (exact 3)%n", r);
        assertEquals(3.0, r, 1e-9);
    }

    @Test
    void equalSingularValuesGiveTheirCount() {
        for (int k : new int[] {1, 2, 5, 10}) {
            double[] sigma = new double[k];
            java.util.Arrays.fill(sigma, 2.5);
            double tall = throughTorch(20, 12, sigma, false);
            double wide = throughTorch(12, 20, sigma, false);
            System.out.printf(Locale.ROOT, "effective-rank %d equal singular values: tall %.12f wide %.12f%n", k, tall,
                    wide);
            assertEquals(k, tall, 1e-9 * k);
            assertEquals(k, wide, 1e-9 * k);
        }
    }

    @Test
    void aKnownMixtureGivesExpOfItsEntropy() {
        // p = (1/2, 1/3, 1/6): H = ln 2 / 2 + ln 3 / 3 + ln 6 / 6.
        double expected = Math.exp(Math.log(2) / 2 + Math.log(3) / 3 + Math.log(6) / 6);
        assertEquals(expected, entropyRank(3, 2, 1), 1e-15);
        double r = throughTorch(10, 7, new double[] {3, 2, 1}, false);
        System.out.printf(Locale.ROOT, "effective-rank sigma=(3,2,1): %.12f (exact %.12f)%n", r, expected);
        assertEquals(expected, r, 1e-9);
        double[] decay = {5, 4, 2.5, 1, 0.5, 0.25, 0.1};
        double r2 = throughTorch(16, 9, decay, false);
        System.out.printf(Locale.ROOT, "effective-rank sigma=(5,4,2.5,1,.5,.25,.1): %.12f (exact %.12f)%n", r2,
                entropyRank(decay));
        assertEquals(entropyRank(decay), r2, 1e-9);
    }

    @Test
    void centringRemovesACommonOffset() {
        // Rank-one plus a constant row offset: uncentred it has two directions, centred one.
        int n = 30;
        int d = 5;
        double[] a = new double[n * d];
        double[] dir = {1, -2, 0.5, 3, 1};
        double[] offset = {4, 4, 4, 4, 4};
        for (int i = 0; i < n; i++) {
            double t = i - (n - 1) / 2.0;
            for (int j = 0; j < d; j++) {
                a[i * d + j] = t * dir[j] + offset[j];
            }
        }
        try (NDManager m = manager()) {
            NDArray x = m.create(a, new Shape(n, d));
            // Singular values from Gram eigenvalues resolve down to about sqrt(eps64) = 1.5e-8 of the largest.
            double centred = EffectiveRank.of(EffectiveRank.gram(x, true), 1e-6);
            double raw = EffectiveRank.of(EffectiveRank.gram(x, false), 1e-6);
            assertEquals(1.0, centred, 1e-9);
            assertTrue(raw > 1.5, "uncentred " + raw);
        }
    }

    @Test
    void householderQlMatchesJacobiOnRandomSymmetricMatrices() {
        Random random = new Random(5);
        for (int n : new int[] {1, 2, 3, 7, 40}) {
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    a[i][j] = random.nextGaussian();
                    a[j][i] = a[i][j];
                }
            }
            double[] ql = SymmetricEigen.values(a);
            double[][][] jac = SymmetricEigen.jacobi(a);
            for (int k = 0; k < n; k++) {
                assertEquals(jac[0][0][k], ql[k], 1e-10, "n=" + n + " eigenvalue " + k);
                // A v = λ v for Jacobi's vectors.
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < n; j++) {
                        s += a[i][j] * jac[1][k][j];
                    }
                    assertEquals(jac[0][0][k] * jac[1][k][i], s, 1e-10);
                }
            }
        }
    }

    @Test
    void instrumentMeasuresEveryLayerOfAnMlp() throws IOException {
        Experiment e = GradientNoiseTest.fashion(Architecture.MLP, 32, 32);
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).build()) {
            t.run();
            Map<String, Double> got = new LinkedHashMap<>();
            double[] direct = t.inspect(GradientNoiseTest.settings("effective-rank", DataScope.FIXED_SUBSET, 200,
                    Map.of()), ctx -> {
                        new EffectiveRank().measure(ctx, got::put);
                        // Direct: the fc1 activations' singular values from Jacobi on AᵀA computed in Java.
                        NDArray h = ctx.network().activations(ctx.inputs()).get("fc1");
                        float[] f = h.toType(DataType.FLOAT32, false).toFloatArray();
                        int n = Math.toIntExact(h.getShape().get(0));
                        int d = f.length / n;
                        double[][] g = new double[d][d];
                        for (int i = 0; i < n; i++) {
                            for (int p = 0; p < d; p++) {
                                for (int q = 0; q < d; q++) {
                                    g[p][q] += (double) f[i * d + p] * f[i * d + q];
                                }
                            }
                        }
                        double[] lambda = SymmetricEigen.jacobi(g)[0][0];
                        double[] sigma = new double[d];
                        for (int k = 0; k < d; k++) {
                            sigma[k] = Math.sqrt(Math.max(0, lambda[k]));
                        }
                        return new double[] {EffectiveRank.fromSingularValues(sigma, 200 * Math.ulp(1f))};
                    });
            System.out.printf(Locale.ROOT, "effective-rank mlp on 200 examples: %s (fc1 direct %.9f)%n", got,
                    direct[0]);
            assertEquals(3, got.size());
            assertEquals(direct[0], got.get(EffectiveRank.PREFIX + "fc1"), 1e-9 * direct[0]);
            assertTrue(got.get(EffectiveRank.PREFIX + "out") <= 10);
        }
    }
}
