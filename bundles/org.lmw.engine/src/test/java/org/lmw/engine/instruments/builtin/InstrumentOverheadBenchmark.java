// Prints what instruments cost on the peer's job (bench-mlp): steps/s with and without them; measures, never asserts.
package org.lmw.engine.instruments.builtin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lmw.engine.ComputeDevice;
import org.lmw.engine.EngineService;
import org.lmw.engine.Experiments;
import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentDescriptor;
import org.lmw.engine.instruments.InstrumentOutput;
import org.lmw.engine.instruments.InstrumentRegistry;
import org.lmw.engine.instruments.StepStatistics;
import org.lmw.engine.models.Mlp;
import org.lmw.engine.models.ParameterTensor;
import org.lmw.engine.models.Scaling;
import org.lmw.engine.training.MetricNames;
import org.lmw.engine.training.MetricSink;
import org.lmw.engine.training.Trainer;
import org.lmw.model.Activation;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.LmwFactory;
import org.lmw.model.Parameter;
import org.lmw.model.OptimizerKind;
import org.lmw.model.Parametrisation;

/**
 * The job of {@code examples/bench-mlp.lmw} (784-256-256-10 ReLU MLP, SGD 0.05, batch 128, Fashion-MNIST, every
 * metric every step, 1 thread) in configurations that alternate round by round, so load from other work on the
 * machine hits all of them:
 * <ul>
 * <li>{@code none}: no instruments;</li>
 * <li>{@code per-step}: {@code weight-norms} and {@code gradient-noise} every step, computed inside the training step
 * (the defaults on this MLP: {@link StepStatistics}; gradient noise on the step's own batch of 128);</li>
 * <li>{@code weight-norms} and {@code gradient-noise} alone, to split the cost;</li>
 * <li>{@code per-step/between}: both every step with {@code in_step=false}, measured between updates (gradient noise
 * on a fixed batch of 128): the cost before the in-step path, for comparison in the same run;</li>
 * <li>{@code sharpness/100}: {@code sharpness} every 100 steps, when that instrument is installed.</li>
 * </ul>
 * Rate: wall-clock steps/s between update {@value #WARMUP} and the last update, instruments and metric recording
 * included (the trainer's own steps_per_s times updates only). Overhead: the median rate without instruments over the
 * median rate with them, minus one. Also printed: the same from the training thread's CPU time (less sensitive to
 * other work on a shared machine; with 1 intra-op thread PyTorch computes on that thread), the instruments' share
 * of time from the run's own accounting ({@code Σ time/instrument/* / time/training}, wall clock), and the
 * instruments' share of the training thread's CPU time within the same run ({@code instrument_cpu_share_pct}: CPU
 * time inside the instruments' measure calls over the rest; the figure least moved by other work on the machine; for
 * in-step instruments it covers only their host-side arithmetic, not the extra tensor work inside the step, so read
 * {@code cpu_overhead_pct} and the run's own accounting {@code instrument_share_pct} for them). And
 * {@code step_cpu_ms}: the median over the iterations after warm-up of the training thread's CPU time per iteration
 * (update, metrics, instruments), median over the rounds; {@code step_cpu_overhead_pct} against {@code none}. A median
 * of thousands of single iterations is the figure least moved by other work (descheduling, a GC, an evaluation).
 *
 * <p>Run: {@code releng/bench/instruments/run.sh}, or this class with {@code -Dlmw.bench=true}
 * ({@code lmw.bench.rounds}, default 3; {@code lmw.bench.steps}, default 450; {@code lmw.bench.extra}, more
 * configurations as {@code id:every,...}; {@code lmw.bench.only}, the configurations to keep besides {@code none};
 * {@code lmw.bench.fused=false} leaves out the prototype).
 */
class InstrumentOverheadBenchmark {

    static final int WARMUP = 50;

    @Test
    void printsInstrumentOverhead() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("lmw.bench"), "benchmark: run with -Dlmw.bench=true");
        main(new String[0]);
    }

    /**
     * Runs the benchmark.
     *
     * @param args unused; see the class comment for the properties
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("lmw.bench.rounds", 3);
        int steps = Integer.getInteger("lmw.bench.steps", 450);
        Map<String, Map<String, Integer>> configs = new LinkedHashMap<>();
        configs.put("none", Map.of());
        configs.put("per-step", Map.of("weight-norms", 1, "gradient-noise", 1));
        configs.put("weight-norms", Map.of("weight-norms", 1));
        configs.put("gradient-noise", Map.of("gradient-noise", 1));
        configs.put("per-step/between", Map.of("weight-norms", 1, "gradient-noise", 1));
        boolean sharpness = InstrumentRegistry.global().find("sharpness") != null;
        if (sharpness) {
            configs.put("sharpness/100", Map.of("sharpness", 100));
        } else {
            System.out.println("instrument 'sharpness' is not installed: its configuration is left out");
        }
        for (String extra : System.getProperty("lmw.bench.extra", "").split(",")) {
            // id:every, e.g. effective-rank:100
            if (!extra.isBlank()) {
                String[] p = extra.split(":");
                configs.put(p[0] + "/" + p[1], Map.of(p[0], Integer.parseInt(p[1])));
            }
        }
        String only = System.getProperty("lmw.bench.only", "");
        if (!only.isBlank()) {
            List<String> keep = Arrays.asList(only.split(","));
            configs.keySet().removeIf(k -> !k.equals("none") && !keep.contains(k));
        }
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> shares = new LinkedHashMap<>();
        Map<String, List<Double>> cpuRates = new LinkedHashMap<>();
        Map<String, List<Double>> cpuShares = new LinkedHashMap<>();
        Map<String, List<Double>> stepCpu = new LinkedHashMap<>();
        // One untimed run warms up the JIT and the allocator.
        run(steps, Map.of("weight-norms", 1, "gradient-noise", 1), true, new double[5]);
        for (int r = 0; r < rounds; r++) {
            List<String> order = new ArrayList<>(configs.keySet());
            if (r % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (String name : order) {
                double[] result = new double[5];
                run(steps, configs.get(name), !name.endsWith("/between"), result);
                rates.computeIfAbsent(name, k -> new ArrayList<>()).add(result[0]);
                cpuRates.computeIfAbsent(name, k -> new ArrayList<>()).add(result[2]);
                shares.computeIfAbsent(name, k -> new ArrayList<>()).add(result[1]);
                cpuShares.computeIfAbsent(name, k -> new ArrayList<>()).add(result[3]);
                stepCpu.computeIfAbsent(name, k -> new ArrayList<>()).add(result[4]);
                System.out.printf(Locale.ROOT, "round %d %-16s steps_per_s=%.1f cpu_steps_per_s=%.1f "
                        + "instrument_share_pct=%.1f instrument_cpu_share_pct=%.1f step_cpu_ms=%.4f%n", r + 1, name,
                        result[0], result[2], 100 * result[1], 100 * result[3], result[4]);
            }
        }
        if (Boolean.parseBoolean(System.getProperty("lmw.bench.fused", "true"))) {
            double[] f = fusedPrototype(Math.max(7, 2 * rounds + 1), 100);
            System.out.printf(Locale.ROOT, "fused-prototype plain_step_cpu_ms=%.3f fused_step_cpu_ms=%.3f "
                    + "fused_overhead_pct=%.1f%n", f[0], f[1], 100 * (f[1] / f[0] - 1));
        }
        double base = median(rates.get("none"));
        double cpuBase = median(cpuRates.get("none"));
        double stepBase = median(stepCpu.get("none"));
        for (String name : configs.keySet()) {
            double rate = median(rates.get(name));
            double cpuRate = median(cpuRates.get(name));
            double stepMs = median(stepCpu.get(name));
            System.out.printf(Locale.ROOT, "%-16s steps_per_s=%.1f overhead_pct=%.1f cpu_steps_per_s=%.1f "
                    + "cpu_overhead_pct=%.1f instrument_share_pct=%.1f instrument_cpu_share_pct=%.1f "
                    + "step_cpu_ms=%.4f step_cpu_overhead_pct=%.1f%n", name, rate,
                    100 * (base / rate - 1), cpuRate, 100 * (cpuBase / cpuRate - 1), 100 * median(shares.get(name)),
                    100 * median(cpuShares.get(name)), stepMs, 100 * (stepMs / stepBase - 1));
        }
    }

    /**
     * Prototype of gradient noise inside the training step (what a trainer hook would cost): the same MLP and SGD
     * step on a fixed batch of 128, once as the trainer does it (leaves, forward, cross-entropy, backward, gradient
     * norms, update, one transfer) and once with the biases as {@code [B, out]} leaves plus the per-example row norms
     * ‖δ_i‖² and ‖a_i‖² in the same transfer: everything gradient-noise needs, for every step, from the step's own
     * backward pass. Returns {plain, fused} CPU milliseconds per step, medians of alternating blocks.
     */
    static double[] fusedPrototype(int rounds, int stepsPerBlock) {
        EngineService.ensureStarted(1, ComputeDevice.CPU);
        EngineService.setThreads(1);
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        try (NDManager root = EngineService.newManager(ComputeDevice.CPU)) {
            Mlp net = new Mlp(root, new int[] {784}, 10, 256, 2, Activation.RELU, true,
                    new Scaling(Parametrisation.STANDARD, OptimizerKind.SGD, 256, 1.0), 1);
            java.util.Random random = new java.util.Random(1);
            int b = 128;
            float[] xs = new float[b * 784];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = (float) Math.abs(random.nextGaussian() * 0.5);
            }
            long[] ys = new long[b];
            for (int i = 0; i < b; i++) {
                ys[i] = random.nextInt(10);
            }
            NDArray x = root.create(xs, new Shape(b, 784));
            NDArray y = root.create(ys, new Shape(b, 1));
            NDArray seed = root.create(-1f);
            List<Double> plain = new ArrayList<>();
            List<Double> fused = new ArrayList<>();
            for (int r = -1; r < rounds; r++) {
                for (int mode = 0; mode < 2; mode++) {
                    boolean f = (mode == 0) == (r % 2 == 0);
                    long c0 = bean.getCurrentThreadCpuTime();
                    for (int k = 0; k < stepsPerBlock; k++) {
                        prototypeStep(root, net, x, y, seed, f);
                    }
                    double ms = (bean.getCurrentThreadCpuTime() - c0) / 1e6 / stepsPerBlock;
                    if (r >= 0) {
                        (f ? fused : plain).add(ms);
                    }
                }
            }
            return new double[] {median(plain), median(fused)};
        }
    }

    private static void prototypeStep(NDManager root, Mlp net, NDArray x, NDArray y, NDArray seed, boolean fused) {
        List<ParameterTensor> params = net.parameters();
        int p = params.size();
        int b = Math.toIntExact(x.getShape().get(0));
        try (NDManager sm = root.newSubManager()) {
            sm.tempAttachAll(x, y, seed);
            for (ParameterTensor t : params) {
                sm.tempAttachAll(t.value());
            }
            NDArray[] leaves = new NDArray[p];
            for (int i = 0; i < p; i++) {
                NDArray v = params.get(i).value();
                if (fused && params.get(i).bias()) {
                    v = v.reshape(1, -1).repeat(0, b);
                }
                leaves[i] = JniUtils.detachGradient((PtNDArray) v);
                leaves[i].attach(sm);
                leaves[i].setRequiresGradient(true);
            }
            List<NDArray> acts = new ArrayList<>();
            JniUtils.setGradMode(true);
            NDArray loss;
            try {
                NDArray out = net.forwardWith(x, leaves, fused ? (name, a) -> acts.add(a) : null);
                loss = out.logSoftmax(1).get(new NDIndex().addAllDim().addPickDim(y)).mean();
                JniUtils.backward((PtNDArray) loss, (PtNDArray) seed, false, false);
            } finally {
                JniUtils.setGradMode(false);
            }
            NDList scalars = new NDList();
            scalars.add(loss);
            NDList rows = new NDList();
            int layer = 0;
            for (int i = 0; i < p; i++) {
                NDArray g = leaves[i].getGradient();
                g.attach(sm);
                if (fused && params.get(i).bias()) {
                    rows.add(g.square().sum(new int[] {1}));
                    NDArray a = layer == 0 ? x : acts.get(layer - 1);
                    rows.add(a.square().sum(new int[] {1}));
                    g = g.sum(new int[] {0});
                    layer++;
                }
                scalars.add(g.norm());
                params.get(i).value().subi(g.mul(0.05f));
            }
            NDList all = new NDList();
            all.add(NDArrays.stack(scalars));
            all.addAll(rows);
            NDArrays.concat(all).toFloatArray();
        }
    }

    /** Trains one run; result[0] = wall-clock steps/s after warm-up, result[1] = instrument time / training time. */
    static void run(int steps, Map<String, Integer> instruments, boolean inStep, double[] result) throws Exception {
        Experiment e = Experiments.benchMlp(steps);
        for (Map.Entry<String, Integer> i : instruments.entrySet()) {
            InstrumentSpec s = LmwFactory.eINSTANCE.createInstrumentSpec();
            s.setInstrumentId(i.getKey());
            s.setEvery(i.getValue());
            if (!inStep) {
                Parameter p = LmwFactory.eINSTANCE.createParameter();
                p.setKey("in_step");
                p.setValue("false");
                s.getParameters().add(p);
            }
            e.getInstruments().add(s);
        }
        // Each instrument runs wrapped so that its thread CPU time is summed: the within-run CPU share is the figure
        // least disturbed by other work on a shared machine (descheduling does not count).
        long[] instrumentCpu = {0};
        InstrumentRegistry registry = InstrumentRegistry.empty();
        for (InstrumentDescriptor d : InstrumentRegistry.global().all()) {
            registry.register(new InstrumentDescriptor(d.id(), d.name(), d.description(), d.measures(),
                    d.defaultTrigger(), d.defaultEvery(), d.defaultScope(), d.cost(),
                    () -> CpuTimed.of(d.factory().get(), instrumentCpu)));
        }
        long[] instrumentMarks = new long[2];
        long[] marks = new long[2];
        long[] cpu = new long[2];
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] training = {0};
        Map<String, Double> instrumentTime = new LinkedHashMap<>();
        long[] lastCpu = {-1};
        List<Double> perStep = new ArrayList<>();
        MetricSink sink = (step, name, value) -> {
            if (name.equals(MetricNames.LOSS)) {
                // CPU time of each whole iteration (update, metrics, instruments: loss record to loss record).
                long now = bean.getCurrentThreadCpuTime();
                if (step > WARMUP && lastCpu[0] >= 0) {
                    perStep.add((now - lastCpu[0]) / 1e6);
                }
                lastCpu[0] = now;
                if (step == WARMUP) {
                    marks[0] = System.nanoTime();
                    cpu[0] = bean.getCurrentThreadCpuTime();
                    instrumentMarks[0] = instrumentCpu[0];
                } else if (step == steps) {
                    marks[1] = System.nanoTime();
                    cpu[1] = bean.getCurrentThreadCpuTime();
                    instrumentMarks[1] = instrumentCpu[0];
                }
            } else if (name.equals(MetricNames.TRAINING_TIME)) {
                training[0] = value;
            } else if (name.startsWith(MetricNames.INSTRUMENT_TIME)) {
                instrumentTime.put(name, value);
            }
        };
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).optMetricSink(sink)
                .optInstrumentRegistry(registry).build()) {
            t.run();
        }
        result[0] = (steps - WARMUP) / ((marks[1] - marks[0]) / 1e9);
        result[2] = (steps - WARMUP) / ((cpu[1] - cpu[0]) / 1e9);
        double spent = 0;
        for (double v : instrumentTime.values()) {
            spent += v;
        }
        result[1] = training[0] > 0 ? spent / training[0] : 0;
        double inWindow = instrumentMarks[1] - instrumentMarks[0];
        result[3] = inWindow / ((cpu[1] - cpu[0]) - inWindow);
        result[4] = median(perStep);
    }

    /** Delegates to an instrument and adds the thread CPU time of its measurements to a counter. */
    private static class CpuTimed implements Instrument {

        static CpuTimed of(Instrument delegate, long[] total) {
            return delegate instanceof StepStatistics ? new InStep(delegate, total) : new CpuTimed(delegate, total);
        }
        private static final java.lang.management.ThreadMXBean BEAN =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private final Instrument delegate;
        private final long[] total;

        CpuTimed(Instrument delegate, long[] total) {
            this.delegate = delegate;
            this.total = total;
        }

        @Override
        public void start(InstrumentContext context) throws Exception {
            delegate.start(context);
        }

        @Override
        public void measure(InstrumentContext context, InstrumentOutput out) throws Exception {
            long t0 = BEAN.getCurrentThreadCpuTime();
            try {
                delegate.measure(context, out);
            } finally {
                total[0] += BEAN.getCurrentThreadCpuTime() - t0;
            }
        }

        @Override
        public void close() {
            delegate.close();
        }

        /** Also forwards the in-step interface, so that the trainer can fuse the wrapped instrument. */
        private static final class InStep extends CpuTimed implements StepStatistics {
            InStep(Instrument delegate, long[] total) {
                super(delegate, total);
            }

            @Override
            public Kind inStep(org.lmw.engine.instruments.InstrumentSettings settings) {
                return ((StepStatistics) super.delegate).inStep(settings);
            }

            @Override
            public int distanceEvery(org.lmw.engine.instruments.InstrumentSettings settings) {
                return ((StepStatistics) super.delegate).distanceEvery(settings);
            }

            @Override
            public NDArray[] initialValues() {
                return ((StepStatistics) super.delegate).initialValues();
            }

            @Override
            public void recordStep(Step step, InstrumentOutput out) {
                long t0 = BEAN.getCurrentThreadCpuTime();
                try {
                    ((StepStatistics) super.delegate).recordStep(step, out);
                } finally {
                    super.total[0] += BEAN.getCurrentThreadCpuTime() - t0;
                }
            }
        }
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
