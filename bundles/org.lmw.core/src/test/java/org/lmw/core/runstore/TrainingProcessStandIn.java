// A stand-in for a training process, started in a child JVM by tests and the benchmark so that it can be killed -9.
package org.lmw.core.runstore;

import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts the given run and records three metrics per step until it is killed, either as fast as it can or paced like
 * a training loop. It prints "RUNNING" once its first points are flushed, so the parent knows when to kill it.
 *
 * <p>Arguments: workspace folder, run id, and optionally steps per second (0 or none: as fast as it can). Paced, the
 * points never fill a block, so only the writer's periodic flush puts them in the file before the kill.
 */
public final class TrainingProcessStandIn {
    private TrainingProcessStandIn() {
    }

    /** Runs until killed; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        RunStore store = RunStore.open(Path.of(args[0]));
        long stepsPerSecond = args.length > 2 ? Long.parseLong(args[2]) : 0;
        RunSession session = store.folder(args[1]).start();
        MetricWriter writer = session.metrics();
        MetricWriter.Series loss = writer.series("loss");
        MetricWriter.Series accuracy = writer.series("accuracy");
        MetricWriter.Series gradNorm = writer.series("grad_norm");
        long started = System.nanoTime();
        long step = 0;
        while (true) {
            loss.record(step, 1.0 / (step + 1));
            accuracy.record(step, step * 1e-9);
            gradNorm.record(step, 0.5);
            if (step == 100) {
                writer.flush();
                System.out.println("RUNNING");
                System.out.flush();
            }
            step++;
            if (stepsPerSecond > 0) {
                long due = started + step * 1_000_000_000L / stepsPerSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        }
    }
}
