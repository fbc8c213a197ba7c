// A child JVM that launches one experiment and trains it, so a test can kill -9 a real training process.
package org.lmw.jobs;

import java.nio.file.Path;

/** Launches {@code args[1]} (an experiment file) into workspace {@code args[0]}, prints the run id, trains. */
public final class TrainingProcess {

    private TrainingProcess() {
    }

    /**
     * Runs the process.
     *
     * @param args workspace folder, experiment file
     * @throws Exception if anything fails; the test sees the output
     */
    public static void main(String[] args) throws Exception {
        RunLauncher launcher = new RunLauncher(RunJobService.getDefault());
        RunJob job = launcher.launch(RunLauncher.prepare(Path.of(args[1])), Path.of(args[0]),
                TestExperiments.ONE_THREAD).get(0);
        System.out.println("RUN " + job.runId());
        System.out.flush();
        RunOutcome outcome = job.await();
        System.out.println("ENDED " + outcome.status());
        System.exit(0);
    }
}
