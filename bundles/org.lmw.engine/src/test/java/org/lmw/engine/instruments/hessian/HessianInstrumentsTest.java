// Checks the Hessian instruments against a dense Hessian from exact double backward, and their memory and wiring.
package org.lmw.engine.instruments.hessian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lmw.engine.Experiments;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentRegistry;
import org.lmw.engine.instruments.InstrumentSettings;
import org.lmw.engine.models.ParameterTensor;
import org.lmw.engine.training.MetricSink;
import org.lmw.engine.training.Trainer;
import org.lmw.engine.training.TrainingResult;
import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.DataScope;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.InstrumentTrigger;
import org.lmw.model.LmwFactory;
import org.lmw.model.Parameter;
import org.lmw.model.Parametrisation;
import org.lmw.model.RunStatus;
import org.lmw.model.TrainingMode;

class HessianInstrumentsTest {

    /** Teacher-student regression (4 inputs, 3 outputs, 64 examples), MLP 4-10-10-3 tanh: 193 parameters. */
    private static Experiment tiny(int steps) {
        Experiment e = Experiments.benchMlp(steps);
        e.setSeed(3);
        e.getDataset().setName("teacher-student");
        e.getDataset().setTrainSize(64);
        e.getDataset().setTestSize(32);
        e.getDataset().setInputDimension(4);
        e.getDataset().setOutputDimension(3);
        e.getModel().setWidth(10);
        e.getModel().setDepth(2);
        e.getModel().setActivation(Activation.TANH);
        e.getOptimizer().setLearningRate(0.05);
        e.getTraining().setMode(TrainingMode.FULL_BATCH);
        e.getTraining().setBatchSize(64);
        e.getTraining().setEvalEvery(0);
        return e;
    }

    private static InstrumentSettings settings(String id, DataScope scope, String... keyValues) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put(keyValues[i], keyValues[i + 1]);
        }
        return new InstrumentSettings(id, InstrumentTrigger.EVERY_NSTEPS, 1, scope, 0, 0, p);
    }

    private static Map<String, Double> measure(Trainer t, InstrumentSettings s,
            org.lmw.engine.instruments.Instrument instrument) {
        return t.inspect(s, ctx -> {
            Map<String, Double> out = new LinkedHashMap<>();
            try {
                instrument.start(ctx);
                instrument.measure(ctx, out::put);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return out;
        });
    }

    /** The dense Hessian, column by column, from exact double backward. */
    static double[][] exactHessian(InstrumentContext ctx) {
        int n = 0;
        for (ParameterTensor p : ctx.parameters()) {
            n += Math.toIntExact(p.value().size());
        }
        List<double[]> units = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            double[] e = new double[n];
            e[c] = 1;
            units.add(e);
        }
        return exactProducts(ctx, units).toArray(double[][]::new);
    }

    /**
     * Exact Hessian-vector products by double backward (create_graph): H v is the gradient of g(θ)·v, read as the
     * leaves' accumulated gradient minus g. Leaks a little per product (PLATFORM.md): tests only.
     */
    static List<double[]> exactProducts(InstrumentContext ctx, List<double[]> vectors) {
        List<ParameterTensor> ps = ctx.parameters();
        int count = ps.size();
        int[] offsets = new int[count + 1];
        for (int i = 0; i < count; i++) {
            offsets[i + 1] = offsets[i] + Math.toIntExact(ps.get(i).value().size());
        }
        int n = offsets[count];
        List<double[]> products = new ArrayList<>();
        try (NDManager sm = ctx.manager().newSubManager()) {
            NDArray[] theta = new NDArray[count];
            for (int i = 0; i < count; i++) {
                theta[i] = ps.get(i).value().toType(DataType.FLOAT64, true);
                theta[i].attach(sm);
            }
            NDArray x = ctx.inputs().toType(DataType.FLOAT64, true);
            x.attach(sm);
            NDArray y = ctx.targets().getDataType().isFloating() ? ctx.targets().toType(DataType.FLOAT64, true)
                    : ctx.targets().duplicate();
            y.attach(sm);
            boolean was = JniUtils.isGradMode();
            for (double[] v : vectors) {
                try (NDManager cm = sm.newSubManager()) {
                    cm.tempAttachAll(theta);
                    cm.tempAttachAll(x, y);
                    NDArray[] leaves = new NDArray[count];
                    for (int i = 0; i < count; i++) {
                        leaves[i] = JniUtils.detachGradient((PtNDArray) theta[i]);
                        leaves[i].attach(cm);
                        leaves[i].setRequiresGradient(true);
                    }
                    JniUtils.setGradMode(true);
                    double[] g0 = new double[n];
                    double[] after = new double[n];
                    try {
                        NDArray loss = ctx.loss(ctx.network().forwardWith(x, leaves, null), y);
                        assertEquals(DataType.FLOAT64, loss.getDataType());
                        JniUtils.backward((PtNDArray) loss, (PtNDArray) cm.create(1.0), true, true);
                        NDArray dot = null;
                        for (int i = 0; i < count; i++) {
                            NDArray g = leaves[i].getGradient();
                            g.attach(cm);
                            System.arraycopy(g.toDoubleArray(), 0, g0, offsets[i], offsets[i + 1] - offsets[i]);
                            double[] part = java.util.Arrays.copyOfRange(v, offsets[i], offsets[i + 1]);
                            NDArray term = g.mul(cm.create(part, g.getShape())).sum();
                            dot = dot == null ? term : dot.add(term);
                        }
                        JniUtils.backward((PtNDArray) dot, (PtNDArray) cm.create(1.0), false, false);
                    } finally {
                        JniUtils.setGradMode(was);
                    }
                    for (int i = 0; i < count; i++) {
                        NDArray g = leaves[i].getGradient();
                        g.attach(cm);
                        System.arraycopy(g.toDoubleArray(), 0, after, offsets[i], offsets[i + 1] - offsets[i]);
                    }
                    double[] hv = new double[n];
                    for (int r = 0; r < n; r++) {
                        hv[r] = after[r] - g0[r];
                    }
                    products.add(hv);
                }
            }
        }
        return products;
    }

    private static double frobenius(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double x : row) {
                s += x * x;
            }
        }
        return Math.sqrt(s);
    }

    private static double relativeDifference(double[][] a, double[][] b) {
        double[][] d = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                d[i][j] = a[i][j] - b[i][j];
            }
        }
        return frobenius(d) / frobenius(b);
    }

    @Test
    void sharpnessTopThreeAndTraceMatchTheDenseHessian() throws IOException {
        try (Trainer t = Trainer.builder().setExperiment(tiny(40)).optThreads(1).build()) {
            assertEquals(RunStatus.FINISHED, t.run().status());
            InstrumentSettings data = settings("dense", DataScope.TRAINING_SUBSET);
            double[][] exact = t.inspect(data, HessianInstrumentsTest::exactHessian);
            int n = exact.length;
            assertEquals(193, n);
            double[][] sym = new double[n][n];
            double asym = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    sym[i][j] = 0.5 * (exact[i][j] + exact[j][i]);
                    asym = Math.max(asym, Math.abs(exact[i][j] - exact[j][i]));
                }
            }
            SymmetricEigen dense = SymmetricEigen.of(sym);
            double[] lambda = dense.values();
            double trace = 0;
            for (int i = 0; i < n; i++) {
                trace += sym[i][i];
            }
            System.out.printf(Locale.ROOT, "dense exact Hessian n=%d: asymmetry %.1e, top %.9g %.9g %.9g,"
                    + " bottom %.4g, trace %.6g%n", n, asym, lambda[0], lambda[1], lambda[2], lambda[n - 1], trace);

            // Finite-difference columns vs the exact Hessian, over the relative step.
            double[] epsilons = {1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8};
            double[] errors = new double[epsilons.length];
            for (int e = 0; e < epsilons.length; e++) {
                double eps = epsilons[e];
                errors[e] = t.inspect(data, ctx -> {
                    try (HessianVectorProduct hvp = HessianVectorProduct.of(ctx, eps)) {
                        double[][] fd = new double[n][];
                        for (int c = 0; c < n; c++) {
                            double[] unit = new double[n];
                            unit[c] = 1;
                            fd[c] = hvp.apply(unit);
                        }
                        return relativeDifference(fd, exact);
                    }
                });
                System.out.printf(Locale.ROOT, "FD HVP eps %.0e: relative Frobenius error vs exact %.2e%n", eps,
                        errors[e]);
            }
            assertTrue(errors[3] < 1e-8, "eps 1e-5 error " + errors[3]);

            Map<String, Double> lanczos = measure(t, settings("sharpness", DataScope.TRAINING_SUBSET, "k", "3"),
                    new SharpnessInstrument());
            System.out.println("lanczos (defaults): " + lanczos);
            assertEquals(lanczos.get("sharpness"), lanczos.get("hessian_eig/1"));
            for (int i = 0; i < 3; i++) {
                double got = lanczos.get("hessian_eig/" + (i + 1));
                double rel = Math.abs(got - lambda[i]) / Math.abs(lambda[i]);
                System.out.printf(Locale.ROOT, "lanczos eig %d: %.12g vs dense %.12g, relative error %.2e%n", i + 1,
                        got, lambda[i], rel);
                assertTrue(rel <= 1e-6, "eigenvalue " + (i + 1) + " relative error " + rel);
            }
            assertTrue(lanczos.get("sharpness/residual") < 1e-3, "residual " + lanczos.get("sharpness/residual"));

            Map<String, Double> power = measure(t, settings("sharpness", DataScope.TRAINING_SUBSET, "k", "1",
                    "method", "power", "tolerance", "1e-4", "max_iterations", "500"), new SharpnessInstrument());
            double powerRel = Math.abs(power.get("sharpness") - lambda[0]) / lambda[0];
            System.out.printf(Locale.ROOT, "power: %s, relative error %.2e%n", power, powerRel);
            assertTrue(powerRel <= 1e-6, "power sharpness relative error " + powerRel);

            double offDiagonal = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    offDiagonal += i == j ? 0 : sym[i][j] * sym[i][j];
                }
            }
            // Var(zᵀHz) = 2 Σ_{i≠j} H_ij² for Rademacher z: the estimator's own error with 100 probes.
            double hutchinsonSe = Math.sqrt(2 * offDiagonal / 100) / trace;
            for (String method : new String[] {"hutchinson", "hutch++"}) {
                Map<String, Double> estimate = measure(t, settings("hessian-trace", DataScope.TRAINING_SUBSET,
                        "probes", "100", "method", method), new HessianTraceInstrument());
                double traceRel = Math.abs(estimate.get("hessian_trace") - trace) / Math.abs(trace);
                System.out.printf(Locale.ROOT, "%s, 100 products: %s vs exact %.6g, relative error %.2f %%"
                        + " (Hutchinson's theoretical standard error with 100 probes: %.2f %%)%n", method, estimate,
                        trace, 100 * traceRel, 100 * hutchinsonSe);
                assertTrue(Math.abs(estimate.get("hessian_trace") - trace)
                        < 4 * estimate.get("hessian_trace/stderr"), method + " error beyond 4 standard errors");
                if (method.equals("hutchinson")) {
                    // Plain Hutchinson's own standard error here is 3.6 %: 5 % is a 1.4-sigma bound, not a test.
                    assertTrue(traceRel < 3 * hutchinsonSe, "hutchinson error beyond 3 theoretical standard errors");
                } else {
                    assertTrue(traceRel < 0.05, method + " trace relative error " + traceRel);
                }
            }
        }
    }

    private static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    @Test
    void thousandProductsDoNotGrowResidentMemory() throws IOException {
        int products = Integer.getInteger("lmw.hvp.products", 1000);
        Experiment e = Experiments.benchMlp(1);
        e.getDataset().setTrainSize(1280);
        e.getDataset().setTestSize(100);
        // 784-128-128-10 (118k parameters) on a batch of 32 keeps 1000 float64 products well under 30 s on this shared
        // 2-core machine under load; 784-256-256-10 took 19-34 ms per product even at batch 16 (load average 10-12).
        // A leak of one parameter-sized float64 array per product would still be 0.9 GB here.
        e.getModel().setWidth(Integer.getInteger("lmw.hvp.width", 128));
        e.getTraining().setBatchSize(Integer.getInteger("lmw.hvp.batch", 32));
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).build()) {
            long[] result = t.inspect(settings("memory", DataScope.FIXED_BATCH), ctx -> {
                try (HessianVectorProduct hvp = HessianVectorProduct.of(ctx, HessianVectorProduct.DEFAULT_EPSILON)) {
                    double[] v = Vectors.randomUnit(hvp.dimension(), new Random(1));
                    double sink = 0;
                    for (int i = 0; i < 100; i++) {
                        sink += hvp.apply(v)[i];
                    }
                    System.gc();
                    Thread.sleep(200);
                    long before = residentKb();
                    long t0 = System.nanoTime();
                    for (int i = 0; i < products; i++) {
                        sink += hvp.apply(v)[i % 7];
                    }
                    long nanos = System.nanoTime() - t0;
                    System.gc();
                    Thread.sleep(200);
                    long after = residentKb();
                    assertTrue(Double.isFinite(sink));
                    return new long[] {before, after, nanos, hvp.dimension(), ctx.inputs().getShape().get(0)};
                } catch (InterruptedException ex) {
                    throw new IllegalStateException(ex);
                }
            });
            double growthMb = (result[1] - result[0]) / 1024.0;
            System.out.printf(Locale.ROOT, "%d HVPs on %s (%d parameters), batch %d: %.1f ms each;"
                    + " VmRSS %.1f MB -> %.1f MB, growth %.1f MB%n", products, t.network().describe(), result[3],
                    result[4], result[2] / 1e6 / products, result[0] / 1024.0, result[1] / 1024.0, growthMb);
            assertTrue(growthMb < 50, "resident memory grew " + growthMb + " MB over " + products + " HVPs");
        }
    }

    @Test
    void finiteDifferencesMatchExactProductsOnTheBenchMlp() throws IOException {
        Experiment e = Experiments.benchMlp(20);
        e.getDataset().setTrainSize(1280);
        e.getDataset().setTestSize(100);
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).build()) {
            assertEquals(RunStatus.FINISHED, t.run().status());
            t.inspect(settings("fd-accuracy", DataScope.FIXED_BATCH), ctx -> {
                int n = 0;
                for (ParameterTensor p : ctx.parameters()) {
                    n += Math.toIntExact(p.value().size());
                }
                List<double[]> vs = List.of(Vectors.randomUnit(n, new Random(11)), Vectors.randomUnit(n, new Random(12)));
                List<double[]> exact = exactProducts(ctx, vs);
                for (double eps : new double[] {1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8}) {
                    try (HessianVectorProduct hvp = HessianVectorProduct.of(ctx, eps)) {
                        double worst = 0;
                        for (int i = 0; i < vs.size(); i++) {
                            double[] d;
                            try {
                                d = hvp.apply(vs.get(i));
                            } catch (ArithmeticException ex) {
                                // Kinks on both sides within the step: the product refuses rather than errs.
                                assertTrue(eps > HessianVectorProduct.DEFAULT_EPSILON, ex.getMessage());
                                worst = Double.POSITIVE_INFINITY;
                                continue;
                            }
                            Vectors.axpy(-1, exact.get(i), d);
                            worst = Math.max(worst, Vectors.norm(d) / Vectors.norm(exact.get(i)));
                        }
                        System.out.printf(Locale.ROOT, "%s, batch %d, ||theta|| %.1f: FD HVP eps %.0e relative error"
                                + " vs exact (worst of 2 random directions; Infinity: refused) %.2e, %d of 2 at a kink%n",
                                ctx.network().describe(), ctx.inputs().getShape().get(0), hvp.parameterNorm(), eps,
                                worst, hvp.kinks());
                        if (eps == HessianVectorProduct.DEFAULT_EPSILON) {
                            assertTrue(worst < 1e-6, "default epsilon error " + worst);
                        }
                    }
                }
                return null;
            });
        }
    }

    /**
     * The networks' forwardWith must compute in float64 when given float64 parameters, whatever the parametrisation;
     * the small CNN's gradient jumps at θ (max-pooling), where the products must fail rather than return garbage.
     */
    @Test
    void everyNetworkKindGivesFloat64ProductsOrFailsLoudly() throws IOException {
        List<Experiment> kinds = new ArrayList<>();
        for (Parametrisation p : new Parametrisation[] {Parametrisation.NTK, Parametrisation.MUP}) {
            Experiment e = tiny(1);
            e.getModel().setParametrisation(p);
            kinds.add(e);
        }
        Experiment linear = tiny(1);
        linear.getDataset().setName("deep-linear");
        linear.getDataset().setTrainSize(128);
        linear.getModel().setArchitecture(Architecture.DEEP_LINEAR);
        linear.getModel().setWidth(8);
        linear.getModel().setDepth(2);
        kinds.add(linear);
        Experiment cnn = Experiments.benchMlp(1);
        cnn.getDataset().setTrainSize(256);
        cnn.getDataset().setTestSize(100);
        cnn.getModel().setArchitecture(Architecture.CNN);
        cnn.getModel().setChannels(4);
        cnn.getModel().setWidth(16);
        cnn.getModel().setActivation(Activation.TANH);
        cnn.getTraining().setBatchSize(32);
        kinds.add(cnn);
        for (Experiment e : kinds) {
            try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).build()) {
                boolean isCnn = e.getModel().getArchitecture() == Architecture.CNN;
                String result = t.inspect(settings("float64", DataScope.FIXED_BATCH), ctx -> {
                    try (HessianVectorProduct hvp = HessianVectorProduct.of(ctx, HessianVectorProduct.DEFAULT_EPSILON)) {
                        double[] v = Vectors.randomUnit(hvp.dimension(), new Random(5));
                        double[] exact = exactProducts(ctx, List.of(v)).get(0);
                        double[] fd;
                        try {
                            fd = hvp.apply(v);
                        } catch (ArithmeticException ex) {
                            return "failed: " + ex.getMessage();
                        }
                        Vectors.axpy(-1, exact, fd);
                        double rel = Vectors.norm(fd) / Vectors.norm(exact);
                        assertTrue(rel < 1e-6, ctx.network().describe() + ": relative error " + rel);
                        return String.format(Locale.ROOT, "FD HVP vs exact, relative error %.2e", rel);
                    }
                });
                System.out.println(t.network().describe() + ": " + result);
                assertEquals(isCnn, result.startsWith("failed: "), result);
            }
        }
    }

    @Test
    void instrumentsRecordSeriesThroughTheTrainer() throws IOException {
        Experiment e = tiny(60);
        LmwFactory f = LmwFactory.eINSTANCE;
        InstrumentSpec sharpness = f.createInstrumentSpec();
        sharpness.setInstrumentId("sharpness");
        sharpness.setEvery(10);
        org.lmw.model.Parameter k = f.createParameter();
        k.setKey("k");
        k.setValue("3");
        sharpness.getParameters().add(k);
        e.getInstruments().add(sharpness);
        InstrumentSpec trace = f.createInstrumentSpec();
        trace.setInstrumentId("hessian-trace");
        trace.setEvery(30);
        Parameter probes = f.createParameter();
        probes.setKey("probes");
        probes.setValue("20");
        trace.getParameters().add(probes);
        e.getInstruments().add(trace);
        List<long[]> steps = new ArrayList<>();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        MetricSink sink = new MetricSink() {
            @Override
            public void record(long step, String name, double value) {
                series.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                if (name.equals("sharpness")) {
                    steps.add(new long[] {step});
                }
            }

            @Override
            public void instrumentFailed(long step, String instrumentId, String message) {
                failures.add(message);
            }
        };
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).optMetricSink(sink).build()) {
            TrainingResult r = t.run();
            assertEquals(RunStatus.FINISHED, r.status(), r.message());
        }
        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(List.of(0L, 10L, 20L, 30L, 40L, 50L, 60L), steps.stream().map(s -> s[0]).toList());
        List<Double> sharp = series.get("sharpness");
        System.out.println("sharpness series: " + sharp + "; iterations " + series.get("sharpness/iterations")
                + "; residuals " + series.get("sharpness/residual") + "; trace " + series.get("hessian_trace"));
        for (int i = 0; i < sharp.size(); i++) {
            assertTrue(Double.isFinite(sharp.get(i)) && sharp.get(i) > 0, "sharpness " + sharp);
            assertEquals(sharp.get(i), series.get("hessian_eig/1").get(i));
            assertTrue(series.get("hessian_eig/2").get(i) <= sharp.get(i));
            assertTrue(series.get("hessian_eig/3").get(i) <= series.get("hessian_eig/2").get(i));
            assertTrue(series.get("sharpness/residual").get(i) < 1e-2);
            assertTrue(series.get("sharpness/iterations").get(i) >= 3);
        }
        List<Double> tr = series.get("hessian_trace");
        assertEquals(3, tr.size());
        for (int i = 0; i < tr.size(); i++) {
            assertTrue(Double.isFinite(tr.get(i)) && tr.get(i) > 0, "trace " + tr);
            assertTrue(series.get("hessian_trace/stderr").get(i) > 0);
        }
        assertFalse(series.getOrDefault("instrument_failure/sharpness", List.of()).contains(1.0));
    }

    @Test
    void builtInsAreRegisteredAndSettingsAreChecked() {
        InstrumentRegistry r = InstrumentRegistry.global();
        assertEquals("hvp", r.require("sharpness").cost());
        assertEquals(100, r.require("sharpness").defaultEvery());
        assertEquals(DataScope.FIXED_BATCH, r.require("sharpness").defaultScope());
        assertEquals(List.of("hessian_trace", "hessian_trace/stderr"), r.require("hessian-trace").measures());
        SharpnessInstrument.Settings d = SharpnessInstrument.Settings.of(settings("sharpness", DataScope.FIXED_BATCH));
        assertEquals(1, d.k());
        assertTrue(d.lanczos());
        assertFalse(d.exactResidual());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> SharpnessInstrument.Settings.of(settings("sharpness", DataScope.FIXED_BATCH, "method", "qr")));
        assertTrue(ex.getMessage().contains("method"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class,
                () -> SharpnessInstrument.Settings.of(settings("sharpness", DataScope.FIXED_BATCH, "k", "0")));
        assertTrue(ex.getMessage().contains("parameter k"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> HessianTraceInstrument.Settings
                .of(settings("hessian-trace", DataScope.FIXED_BATCH, "epsilon", "0.5")));
        assertTrue(ex.getMessage().contains("epsilon"), ex.getMessage());
    }
}
