// A stand-in for a training process, started in a child JVM by tests and the benchmark so that it can be killed -9.
package org.lmw.core.runstore;

import java.nio.file.Path;

/**
 * Starts the given run and records metrics as fast as a training loop with a few metrics per step could, until it is
 * killed. It prints "RUNNING" once its first points are flushed, so the parent knows when to kill it.
 *
 * <p>Arguments: workspace folder, run id.
 */
public final class TrainingProcessStandIn {
    private TrainingProcessStandIn() {
    }

    public static void main(String[] args) throws Exception {
        RunStore store = RunStore.open(Path.of(args[0]));
        RunSession session = store.folder(args[1]).start();
        MetricWriter writer = session.metrics();
        MetricWriter.Series loss = writer.series("loss");
        MetricWriter.Series accuracy = writer.series("accuracy");
        MetricWriter.Series gradNorm = writer.series("grad_norm");
        long step = 0;
        while (true) {
            loss.record(step, 1.0 / (step + 1));
            accuracy.record(step, step * 1e-9);
            gradNorm.record(step, 0.5);
            if (step == 10_000) {
                writer.flush();
                System.out.println("RUNNING");
                System.out.flush();
            }
            step++;
            // A real step takes time; sleeping now and then keeps this from only measuring a busy loop.
            if (step % 50_000 == 0) {
                Thread.sleep(20);
            }
        }
    }
}
