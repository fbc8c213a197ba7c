// Checks NC1 on constructed features with known answers and against a dense pseudo-inverse.
package org.lmw.engine.instruments.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lmw.engine.Experiments;
import org.lmw.engine.training.Trainer;
import org.lmw.model.Architecture;
import org.lmw.model.DataScope;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.LmwFactory;

class NeuralCollapseTest {

    @Test
    void perfectlyCollapsedFeaturesHaveZeroNc1() {
        double[][] means = {{1, 0, 2}, {-1, 3, 0}, {0, -2, -1}};
        int n = 30;
        double[][] h = new double[n][];
        long[] labels = new long[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            h[i] = means[i % 3].clone();
        }
        double[] r = NeuralCollapse.nc1(h, labels, 1e-10);
        assertEquals(0.0, r[0], 1e-15);
        assertEquals(0.0, r[1], 1e-15);
        assertTrue(r[2] > 0);
    }

    @Test
    void twoClassesByHand() {
        // Class means (±1, 0), spread (±a, ±b): Σ_B = e1e1ᵀ, Σ_W = [[a², ab], [ab, b²]], NC1 = a²/2 whatever b is.
        double a = 0.3;
        double b = 5;
        double[][] h = {{1 + a, b}, {1 - a, -b}, {-1 + a, b}, {-1 - a, -b}};
        long[] labels = {4, 4, 7, 7};
        double[] r = NeuralCollapse.nc1(h, labels, 1e-10);
        System.out.printf(Locale.ROOT, "nc1 two classes by hand: %.15f (exact %.15f)%n", r[0], a * a / 2);
        assertEquals(a * a / 2, r[0], 1e-14);
        assertEquals(a * a + b * b, r[1], 1e-12);
        assertEquals(1.0, r[2], 1e-14);
    }

    @Test
    void matchesADensePseudoInverseOnRandomFeatures() {
        Random random = new Random(3);
        int d = 6;
        int classes = 4;
        int[] counts = {5, 9, 7, 12};
        int n = 33;
        double[][] h = new double[n][d];
        long[] labels = new long[n];
        double[][] centres = new double[classes][d];
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = 2 * random.nextGaussian();
            }
        }
        int at = 0;
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < counts[c]; i++) {
                labels[at] = c;
                for (int j = 0; j < d; j++) {
                    h[at][j] = centres[c][j] + random.nextGaussian();
                }
                at++;
            }
        }
        double expected = dense(h, labels, classes);
        double[] r = NeuralCollapse.nc1(h, labels, 1e-10);
        System.out.printf(Locale.ROOT, "nc1 4 unbalanced classes in 6-D: %.15f (dense pinv %.15f)%n", r[0], expected);
        assertEquals(expected, r[0], 1e-10 * expected);
    }

    /** tr(Σ_W Σ_B⁺)/C with d×d matrices and a pseudo-inverse from Jacobi eigenpairs. */
    private static double dense(double[][] h, long[] labels, int classes) {
        int n = h.length;
        int d = h[0].length;
        double[][] mu = new double[classes][d];
        int[] count = new int[classes];
        double[] g = new double[d];
        for (int i = 0; i < n; i++) {
            int c = (int) labels[i];
            count[c]++;
            for (int j = 0; j < d; j++) {
                mu[c][j] += h[i][j];
                g[j] += h[i][j] / n;
            }
        }
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < d; j++) {
                mu[c][j] /= count[c];
            }
        }
        double[][] sw = new double[d][d];
        double[][] sb = new double[d][d];
        for (int i = 0; i < n; i++) {
            int c = (int) labels[i];
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    sw[p][q] += (h[i][p] - mu[c][p]) * (h[i][q] - mu[c][q]) / n;
                }
            }
        }
        for (int c = 0; c < classes; c++) {
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    sb[p][q] += (mu[c][p] - g[p]) * (mu[c][q] - g[q]) / classes;
                }
            }
        }
        double[][][] eig = SymmetricEigen.jacobi(sb);
        double[][] pinv = new double[d][d];
        for (int k = 0; k < d; k++) {
            double l = eig[0][0][k];
            if (l > 1e-10 * eig[0][0][0]) {
                for (int p = 0; p < d; p++) {
                    for (int q = 0; q < d; q++) {
                        pinv[p][q] += eig[1][k][p] * eig[1][k][q] / l;
                    }
                }
            }
        }
        double tr = 0;
        for (int p = 0; p < d; p++) {
            for (int q = 0; q < d; q++) {
                tr += sw[p][q] * pinv[q][p];
            }
        }
        return tr / classes;
    }

    @Test
    void refusesRegressionRunsWithAClearMessage() {
        Experiment e = Experiments.benchMlp(1);
        e.getDataset().setName("teacher-student");
        e.getDataset().setTrainSize(256);
        e.getDataset().setTestSize(16);
        e.getDataset().setInputDimension(5);
        e.getModel().setWidth(8);
        InstrumentSpec s = LmwFactory.eINSTANCE.createInstrumentSpec();
        s.setInstrumentId("neural-collapse");
        s.setSubsetSize(32);
        e.getInstruments().add(s);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> {
                    // The instruments start when the trainer is built or when it runs, depending on the engine.
                    try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).build()) {
                        t.run();
                    }
                });
        assertTrue(ex.getMessage().contains("needs a classification run"), ex.getMessage());
    }

    @Test
    void instrumentOnAnMlpMatchesTheDenseComputation() throws IOException {
        Experiment e = GradientNoiseTest.fashion(Architecture.MLP, 16, 32);
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).build()) {
            t.run();
            Map<String, Double> got = new LinkedHashMap<>();
            double direct = t.inspect(GradientNoiseTest.settings("neural-collapse", DataScope.FIXED_SUBSET, 300,
                    Map.of()), ctx -> {
                        NeuralCollapse instrument = new NeuralCollapse();
                        instrument.start(ctx);
                        instrument.measure(ctx, got::put);
                        float[] f = ctx.network().activations(ctx.inputs()).get("fc2").toFloatArray();
                        long[] y = ctx.targets().toLongArray();
                        int n = y.length;
                        int d = f.length / n;
                        double[][] h = new double[n][d];
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j < d; j++) {
                                h[i][j] = f[i * d + j];
                            }
                        }
                        return dense(h, y, 10);
                    });
            System.out.printf(Locale.ROOT, "nc1 mlp fc2 on 300 examples: %s (dense %.12f)%n", got, direct);
            assertEquals(direct, got.get(NeuralCollapse.NC1), 1e-8 * direct);
        }
    }
}
