// Checks gradient-noise against the brute-force per-example computation (B separate backward passes).
package org.lmw.engine.instruments.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lmw.engine.Experiments;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentSettings;
import org.lmw.engine.models.ParameterTensor;
import org.lmw.engine.training.Trainer;
import org.lmw.model.Architecture;
import org.lmw.model.DataScope;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentTrigger;
import org.lmw.model.Parametrisation;

class GradientNoiseTest {

    static InstrumentSettings settings(String id, DataScope scope, int subset, Map<String, String> parameters) {
        return new InstrumentSettings(id, InstrumentTrigger.EVERY_NSTEPS, 1, scope, subset, 0, parameters);
    }

    /** A small Fashion-MNIST classification run (cross-entropy). */
    static Experiment fashion(Architecture architecture, int width, int batch) {
        Experiment e = Experiments.benchMlp(5);
        e.setSeed(7);
        e.getDataset().setTrainSize(512);
        e.getDataset().setTestSize(100);
        e.getModel().setArchitecture(architecture);
        e.getModel().setWidth(width);
        e.getModel().setChannels(4);
        e.getTraining().setBatchSize(batch);
        return e;
    }

    /** Brute force: B gradients of single examples; returns {trace, meanSq}. */
    static double[] bruteForce(InstrumentContext ctx) {
        List<ParameterTensor> params = ctx.parameters();
        NDArray[] values = params.stream().map(ParameterTensor::value).toArray(NDArray[]::new);
        int b = Math.toIntExact(ctx.inputs().getShape().get(0));
        double[][] g = new double[b][];
        for (int i = 0; i < b; i++) {
            NDIndex row = new NDIndex().addSliceDim(i, i + 1);
            NDArray[] grads = ctx.gradients(values, ctx.inputs().get(row), ctx.targets().get(row));
            int total = 0;
            for (NDArray a : grads) {
                total += Math.toIntExact(a.size());
            }
            g[i] = new double[total];
            int at = 0;
            for (NDArray a : grads) {
                for (float f : a.toFloatArray()) {
                    g[i][at++] = f;
                }
            }
        }
        int n = g[0].length;
        double[] mean = new double[n];
        for (double[] gi : g) {
            for (int k = 0; k < n; k++) {
                mean[k] += gi[k] / b;
            }
        }
        double trace = 0;
        for (double[] gi : g) {
            for (int k = 0; k < n; k++) {
                double d = gi[k] - mean[k];
                trace += d * d;
            }
        }
        trace /= b - 1;
        double meanSq = 0;
        for (double m : mean) {
            meanSq += m * m;
        }
        return new double[] {trace, meanSq, b};
    }

    static Map<String, Double> measure(InstrumentContext ctx, GradientNoise instrument) throws Exception {
        Map<String, Double> out = new LinkedHashMap<>();
        instrument.start(ctx);
        instrument.measure(ctx, out::put);
        return out;
    }

    private static void check(String label, Experiment e, Map<String, String> parameters) throws IOException {
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).build()) {
            t.run();
            InstrumentSettings s = settings("gradient-noise", DataScope.FIXED_BATCH, 0, parameters);
            double[][] r = t.inspect(s, ctx -> {
                try {
                    GradientNoise instrument = new GradientNoise();
                    Map<String, Double> first = measure(ctx, instrument);
                    // The second measurement uses the cached input norms and skips the one-time check.
                    Map<String, Double> second = new LinkedHashMap<>();
                    instrument.measure(ctx, second::put);
                    double[] brute = bruteForce(ctx);
                    double layerSum = 0;
                    for (Map.Entry<String, Double> en : first.entrySet()) {
                        if (en.getKey().startsWith(GradientNoise.TRACE_LAYER)) {
                            layerSum += en.getValue();
                        }
                    }
                    return new double[][] {brute,
                        {first.get(GradientNoise.TRACE), first.get(GradientNoise.MEAN_SQ),
                            first.get(GradientNoise.SNR), first.get(GradientNoise.B_SIMPLE), layerSum},
                        {second.get(GradientNoise.TRACE), second.get(GradientNoise.MEAN_SQ)}};
                } catch (Exception ex) {
                    throw new RuntimeException(ex);
                }
            });
            double[] brute = r[0];
            double[] got = r[1];
            double traceErr = Math.abs(got[0] / brute[0] - 1);
            double meanErr = Math.abs(got[1] / brute[1] - 1);
            System.out.printf(Locale.ROOT, "gradient-noise %s: B=%d trace_cov=%.8g (brute %.8g, rel err %.2e) "
                    + "mean_grad_sq=%.8g (brute %.8g, rel err %.2e) snr=%.5g b_simple=%.5g%n", label, (int) brute[2],
                    got[0], brute[0], traceErr, got[1], brute[1], meanErr, got[2], got[3]);
            assertTrue(traceErr < 1e-4, label + ": trace_cov " + got[0] + " vs brute force " + brute[0]);
            assertTrue(meanErr < 1e-4, label + ": mean_grad_sq " + got[1] + " vs brute force " + brute[1]);
            assertEquals(brute[1] / (brute[0] / brute[2]), got[2], 1e-4 * got[2], label + ": snr");
            assertEquals(brute[0] / brute[1], got[3], 1e-4 * got[3], label + ": b_simple");
            assertEquals(got[0], got[4], 1e-6 * got[0], label + ": per-layer traces add up");
            assertEquals(got[0], r[2][0], 1e-5 * got[0], label + ": second measurement");
        }
    }

    @Test
    void denseLayersMatchBruteForceOnAnMlp() throws IOException {
        check("mlp", fashion(Architecture.MLP, 32, 32), Map.of());
    }

    @Test
    void ntkMultipliersAreAccountedFor() throws IOException {
        Experiment e = fashion(Architecture.MLP, 24, 16);
        e.getModel().setParametrisation(Parametrisation.NTK);
        e.getOptimizer().setLearningRate(1.0);
        check("mlp-ntk", e, Map.of());
    }

    @Test
    void convolutionsFallBackToExactMicroBatches() throws IOException {
        check("cnn", fashion(Architecture.CNN, 16, 16), Map.of());
    }

    @Test
    void biasFreeDeepLinearRegressionFallsBack() throws IOException {
        Experiment e = fashion(Architecture.DEEP_LINEAR, 16, 16);
        e.getDataset().setName("deep-linear");
        e.getDataset().setTestSize(64);
        e.getModel().setDepth(2);
        check("deep-linear", e, Map.of());
    }

    @Test
    void microBatchesEstimateTheTraceWithoutBias() throws IOException {
        // k = 4 on the convolutions: an unbiased estimate, so only its order of magnitude is checked here.
        Experiment e = fashion(Architecture.CNN, 16, 32);
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).build()) {
            t.run();
            double[] r = t.inspect(settings("gradient-noise", DataScope.FIXED_BATCH, 0,
                    Map.of("micro_batch", "4")), ctx -> {
                        try {
                            Map<String, Double> got = measure(ctx, new GradientNoise());
                            return new double[] {got.get(GradientNoise.TRACE), bruteForce(ctx)[0]};
                        } catch (Exception ex) {
                            throw new RuntimeException(ex);
                        }
                    });
            System.out.printf(Locale.ROOT, "gradient-noise cnn micro_batch=4: trace_cov=%.6g (exact %.6g)%n", r[0],
                    r[1]);
            assertTrue(r[0] > 0.3 * r[1] && r[0] < 3 * r[1], r[0] + " vs " + r[1]);
        }
    }
}
