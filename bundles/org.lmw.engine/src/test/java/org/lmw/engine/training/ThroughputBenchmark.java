// Prints the training rate of the PyTorch peer's job (torch_fashion_mlp.py) on this engine; measures, never asserts.
package org.lmw.engine.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lmw.engine.Experiments;
import org.lmw.model.Experiment;

/**
 * The peer's job: 784-256-256-10 ReLU MLP, plain SGD 0.05, batch 128, training set in file order, metrics every step.
 * Like the peer: 100 warm-up updates, then the median rate of 5 segments of 400 updates; then one full epoch from a
 * fresh model and its test accuracy.
 *
 * <p>Run it with {@code -Dlmw.bench=true} (skipped otherwise, it takes about a minute), or through {@link #main}.
 */
class ThroughputBenchmark {

    private static final int WARMUP = 100;
    private static final int SEGMENT = 400;
    private static final int SEGMENTS = 5;

    @Test
    void printsStepsPerSecondOfThePeerJob() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("lmw.bench"), "benchmark: run with -Dlmw.bench=true");
        for (String t : System.getProperty("lmw.bench.threads", "1,2").split(",")) {
            run(Integer.parseInt(t.trim()), true);
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args thread counts, default 1 and 2; {@code --no-layer-metrics} to leave out per-layer metrics
     * @throws Exception if the run fails
     */
    public static void main(String[] args) throws Exception {
        boolean detailed = true;
        List<Integer> threads = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--no-layer-metrics")) {
                detailed = false;
            } else {
                threads.add(Integer.parseInt(a));
            }
        }
        if (threads.isEmpty()) {
            threads = List.of(1, 2);
        }
        for (int t : threads) {
            run(t, detailed);
        }
    }

    static void run(int threads, boolean detailed) throws Exception {
        Experiment rateJob = Experiments.benchMlp(WARMUP + SEGMENT * SEGMENTS);
        long[] marks = new long[SEGMENTS + 1];
        long[] cpu = new long[SEGMENTS + 1];
        int[] points = {0};
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        MetricSink sink = (step, name, value) -> {
            points[0]++;
            if (name.equals(MetricNames.LOSS) && step >= WARMUP && (step - WARMUP) % SEGMENT == 0) {
                marks[(int) ((step - WARMUP) / SEGMENT)] = System.nanoTime();
                cpu[(int) ((step - WARMUP) / SEGMENT)] = bean.getCurrentThreadCpuTime();
            }
        };
        try (Trainer trainer = Trainer.builder().setExperiment(rateJob).optThreads(threads).optMetricSink(sink)
                .optDetailedMetrics(detailed).build()) {
            trainer.run();
        }
        double[] rates = new double[SEGMENTS];
        double[] cpuRates = new double[SEGMENTS];
        for (int s = 0; s < SEGMENTS; s++) {
            rates[s] = SEGMENT / ((marks[s + 1] - marks[s]) / 1e9);
            cpuRates[s] = SEGMENT / ((cpu[s + 1] - cpu[s]) / 1e9);
        }
        java.util.Arrays.sort(rates);
        java.util.Arrays.sort(cpuRates);
        // Steps per CPU-second of the training thread: a load-independent figure on a busy machine (1 thread only).
        System.out.printf(Locale.ROOT, "LMW impl=djl threads=%d steps_per_s=%.1f steps_per_cpu_s=%.1f"
                + " layer_metrics=%s points=%d%n", threads, rates[SEGMENTS / 2], cpuRates[SEGMENTS / 2], detailed,
                points[0]);

        Experiment epochJob = Experiments.benchMlp(0);
        long[] epoch = new long[2];
        MetricSink epochSink = (step, name, value) -> {
            if (name.equals(MetricNames.LOSS)) {
                epoch[1] = System.nanoTime();
            }
        };
        try (Trainer trainer = Trainer.builder().setExperiment(epochJob).optThreads(threads).optMetricSink(epochSink)
                .optDetailedMetrics(detailed).build()) {
            epoch[0] = System.nanoTime();
            TrainingResult r = trainer.run();
            System.out.printf(Locale.ROOT, "LMW impl=djl epoch_s=%.2f test_acc=%.4f steps=%d%n",
                    (epoch[1] - epoch[0]) / 1e9, r.testAccuracy(), r.steps());
        }
    }
}
