// Prints what recording every per-step metric costs on the peer's job, in one JVM; measures, never asserts.
package org.lmw.engine.training;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lmw.engine.Experiments;

/**
 * The bench-mlp job (784-256-256-10 ReLU MLP, plain SGD 0.05, batch 128, file order, 1 thread) with every per-step
 * metric recorded (loss, accuracy, learning rate, gradient norm, per-layer weight norms and update/weight ratios)
 * against the same job recording none ({@link Trainer.Builder#optStepMetrics}: the step then reads only its loss, to
 * stop a diverged run). The two alternate run by run in one JVM, so start-up, JIT compilation and slow drifts of a
 * shared machine fall on both; the first round of each is a warm-up and is not counted.
 *
 * <p>Per run it takes the trainer's steady rate ({@code steps_per_s}: median of 50-update windows after 100 warm-up
 * updates) and the training thread's CPU time per update ({@code cpu_ms_per_step}, which a busy machine disturbs less
 * than wall-clock time). Prints every round, then the medians and {@code metrics_cost_pct} both ways.
 *
 * <p>Run with {@code -Dlmw.bench=true} ({@code releng/bench/training/metrics-cost.sh}); rounds and updates per run
 * from {@code lmw.bench.rounds} (default 7) and {@code lmw.bench.steps} (default 1100).
 */
class MetricsCostBenchmark {

    @Test
    void printsTheCostOfRecordingPerStepMetrics() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("lmw.bench"), "benchmark: run with -Dlmw.bench=true");
        int rounds = Integer.getInteger("lmw.bench.rounds", 7);
        int steps = Integer.getInteger("lmw.bench.steps", 1100);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        List<Double> onRate = new ArrayList<>();
        List<Double> offRate = new ArrayList<>();
        List<Double> onCpu = new ArrayList<>();
        List<Double> offCpu = new ArrayList<>();
        System.out.printf(Locale.ROOT, "# metrics cost: %d rounds of %d updates, 1 thread, MKL preload %s%n", rounds,
                steps, System.getenv("LD_PRELOAD") == null ? "none" : System.getenv("LD_PRELOAD"));
        for (int r = 0; r <= rounds; r++) {
            // Alternate which goes first, so neither always gets the quieter slot.
            boolean onFirst = r % 2 == 0;
            double[] a = run(steps, onFirst, bean);
            double[] b = run(steps, !onFirst, bean);
            double[] on = onFirst ? a : b;
            double[] off = onFirst ? b : a;
            System.out.printf(Locale.ROOT, "round %d%s metrics_on steps_per_s=%.1f cpu_ms_per_step=%.4f"
                    + " metrics_off steps_per_s=%.1f cpu_ms_per_step=%.4f%n", r, r == 0 ? " (warm-up)" : "", on[0],
                    on[1], off[0], off[1]);
            if (r > 0) {
                onRate.add(on[0]);
                offRate.add(off[0]);
                onCpu.add(on[1]);
                offCpu.add(off[1]);
            }
        }
        double rOn = median(onRate);
        double rOff = median(offRate);
        double cOn = median(onCpu);
        double cOff = median(offCpu);
        System.out.printf(Locale.ROOT, "metrics_on steps_per_s=%.1f cpu_ms_per_step=%.4f%n", rOn, cOn);
        System.out.printf(Locale.ROOT, "metrics_off steps_per_s=%.1f cpu_ms_per_step=%.4f%n", rOff, cOff);
        System.out.printf(Locale.ROOT, "metrics_cost_pct=%.1f (throughput lost, wall clock)"
                + " metrics_cost_cpu_pct=%.1f (throughput lost, training thread CPU time)%n",
                (rOff - rOn) / rOff * 100, (1 - cOff / cOn) * 100);
    }

    // One run of the job: {steady steps/s, CPU ms per update of the training thread over the whole run}.
    private static double[] run(int steps, boolean metrics, ThreadMXBean bean) throws Exception {
        try (Trainer trainer = Trainer.builder().setExperiment(Experiments.benchMlp(steps)).optThreads(1)
                .optStepMetrics(metrics).build()) {
            long cpu0 = bean.getCurrentThreadCpuTime();
            TrainingResult result = trainer.run();
            long cpu = bean.getCurrentThreadCpuTime() - cpu0;
            return new double[] {result.stepsPerSecond(), cpu / 1e6 / result.steps()};
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
