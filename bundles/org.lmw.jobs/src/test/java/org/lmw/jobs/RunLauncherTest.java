// Proves the launcher's contract: sweeps become runs with resolved hyperparameters, bad input writes nothing.
package org.lmw.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Experiment;
import org.lmw.model.Parameter;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;

class RunLauncherTest {

    @TempDir
    Path temp;

    private final RunLauncher launcher = new RunLauncher(RunJobService.getDefault());

    @Test
    void aSweepOfTwoLearningRatesCreatesTwoRunsWithResolvedHyperparametersAndTrainsThemOneAtATime()
            throws Exception {
        Experiment experiment = TestExperiments.sweep(TestExperiments.mlp("lr-sweep", 32, 2048, 60),
                "optimizer.learningRate", "0.01", "0.1");
        Path file = temp.resolve("lr-sweep.lmw");
        ExperimentFiles.save(experiment, file);
        Path workspace = temp.resolve("ws");

        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        RunListener listener = event -> {
            events.add(event);
            if (event.kind() == RunEvent.Kind.STARTED) {
                mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            } else if (event.kind() == RunEvent.Kind.ENDED) {
                running.decrementAndGet();
            }
        };
        RunJobService.getDefault().addListener(listener);
        try {
            RunJobService.getDefault().setMaxConcurrentRuns(1);
            LaunchPlan plan = RunLauncher.prepare(file);
            assertEquals(2, plan.size());
            List<RunJob> jobs = launcher.launch(plan, workspace, TestExperiments.ONE_THREAD);
            List<RunOutcome> outcomes = new ArrayList<>();
            for (RunJob job : jobs) {
                outcomes.add(job.await());
            }

            assertEquals(2, outcomes.size());
            assertNotEquals(outcomes.get(0).runId(), outcomes.get(1).runId());
            assertTrue(outcomes.get(0).runId().matches("lr-sweep-\\d{8}-\\d{6}-1"), outcomes.get(0).runId());
            assertEquals(1, mostRunning.get(), "the queue's limit of one run at a time holds");

            RunStore store = RunStore.open(workspace);
            List<String> learningRates = new ArrayList<>();
            for (RunOutcome outcome : outcomes) {
                assertEquals(RunStatus.FINISHED, outcome.status(), outcome.message());
                assertEquals(60, outcome.steps());
                Run run = store.load(outcome.runId());
                assertEquals(RunStatus.FINISHED, run.getStatus());
                assertEquals(60, run.getSteps());
                assertEquals("lr-sweep", run.getExperimentName());
                Map<String, String> hyper = run.getHyperparameters().stream()
                        .collect(Collectors.toMap(Parameter::getKey, Parameter::getValue));
                learningRates.add(hyper.get("optimizer.learningRate"));
                assertEquals("32", hyper.get("model.width"));
                assertEquals("7", hyper.get("seed"));
                assertNotNull(run.getProvenance());
                assertEquals(7, run.getProvenance().getSeed());
                assertEquals("cpu", run.getProvenance().getDevice());
                assertEquals(1, run.getProvenance().getThreads());
                assertTrue(run.getProvenance().getDataChecksum() != null
                        && !run.getProvenance().getDataChecksum().isBlank());
                assertEquals("2.7.1", run.getProvenance().getEngineVersion());
                assertTrue(run.getProvenance().getExperimentHash().startsWith("sha256:"));
                // The run folder keeps the resolved experiment: its learning rate, and no sweep.
                Experiment resolved = ExperimentFiles.load(outcome.folder().resolve(RunJob.EXPERIMENT_FILE));
                assertEquals(Double.parseDouble(hyper.get("optimizer.learningRate")),
                        resolved.getOptimizer().getLearningRate());
                assertEquals(null, resolved.getSweep());
                try (MetricReader reader = store.folder(outcome.runId()).openReader()) {
                    assertEquals(60, reader.read("loss").size());
                    assertEquals(outcome.testAccuracy(), reader.last("test_accuracy").orElseThrow().value());
                }
                assertFalse(store.folder(outcome.runId()).checkpoints().isEmpty());
            }
            assertEquals(List.of("0.01", "0.1"), learningRates);
            assertNotEquals(outcomes.get(0).finalLoss(), outcomes.get(1).finalLoss());

            // Events of a run come in order: queued, started, progress..., ended.
            for (RunOutcome outcome : outcomes) {
                List<RunEvent.Kind> kinds = events.stream().filter(e -> e.runId().equals(outcome.runId()))
                        .map(RunEvent::kind).toList();
                assertEquals(RunEvent.Kind.QUEUED, kinds.get(0));
                assertEquals(RunEvent.Kind.STARTED, kinds.get(1));
                assertTrue(kinds.contains(RunEvent.Kind.PROGRESS));
                assertEquals(RunEvent.Kind.ENDED, kinds.get(kinds.size() - 1));
            }
        } finally {
            RunJobService.getDefault().removeListener(listener);
        }
    }

    @Test
    void anInvalidExperimentIsRefusedWithOneLineNamingTheFieldAndNothingIsWritten() throws Exception {
        Experiment experiment = TestExperiments.mlp("bad-lr", 32, 2048, 60);
        experiment.getOptimizer().setLearningRate(-0.1);
        Path file = temp.resolve("bad-lr.lmw");
        ExperimentFiles.save(experiment, file);

        LaunchException e = assertThrows(LaunchException.class, () -> RunLauncher.prepare(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad-lr.lmw: "), e.getMessage());
        assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
        assertEquals(List.of("bad-lr.lmw"), list(temp));
    }

    @Test
    void aSweepValueThatMakesAnInvalidRunIsRefusedNamingTheAxisAndValue() throws Exception {
        Experiment experiment = TestExperiments.sweep(TestExperiments.mlp("bad-point", 32, 2048, 60),
                "optimizer.learningRate", "0.1", "-1");
        LaunchException e = assertThrows(LaunchException.class, () -> RunLauncher.prepare(experiment, null));
        assertTrue(e.getMessage().contains("optimizer.learningRate") && e.getMessage().contains("-1"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void damagedAndHostileFilesAreRefusedWithOneLine() throws Exception {
        Path truncated = temp.resolve("truncated.lmw");
        Files.writeString(truncated, "<?xml version=\"1.0\"?>\n<lmw:Experiment xmlns:lmw=\"http://lmw.org/model/1.0\"",
                StandardCharsets.UTF_8);
        Path hostile = temp.resolve("hostile.lmw");
        Files.writeString(hostile, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "\n<x>&e;</x>\n", StandardCharsets.UTF_8);
        for (Path file : List.of(truncated, hostile, temp.resolve("missing.lmw"))) {
            LaunchException e = assertThrows(LaunchException.class, () -> RunLauncher.prepare(file));
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        }
    }

    @Test
    void aHugeLearningRateEndsTheRunDivergedNamingTheStep() throws Exception {
        Experiment experiment = TestExperiments.mlp("diverge", 32, 2048, 200);
        experiment.getOptimizer().setLearningRate(1e6);
        experiment.getOptimizer().getSchedule().setKind(org.lmw.model.ScheduleKind.CONSTANT);
        List<RunJob> jobs = launcher.launch(RunLauncher.prepare(experiment, null), temp.resolve("ws"),
                TestExperiments.ONE_THREAD);
        RunOutcome outcome = jobs.get(0).await();
        assertEquals(RunStatus.DIVERGED, outcome.status(), outcome.message());
        assertTrue(outcome.isFailure());
        assertTrue(outcome.message().contains("step " + outcome.steps()), outcome.message());
        Run run = RunStore.open(temp.resolve("ws")).load(outcome.runId());
        assertEquals(RunStatus.DIVERGED, run.getStatus());
        assertEquals(outcome.message(), run.getMessage());
    }

    @Test
    void aRunWhoseExperimentCannotBeReadEndsFailedWithTheReason() throws Exception {
        RunStore store = RunStore.open(temp.resolve("ws"));
        Run run = org.lmw.model.LmwFactory.eINSTANCE.createRun();
        run.setId("broken-1");
        run.setStatus(RunStatus.QUEUED);
        var folder = store.create(run);
        Files.writeString(folder.path().resolve(RunJob.EXPERIMENT_FILE), "not xml", StandardCharsets.UTF_8);
        RunJob job = new RunJob(RunJobService.getDefault(), store, "broken-1", "broken", TestExperiments.ONE_THREAD,
                false);
        RunJobService.getDefault().schedule(job);
        RunOutcome outcome = job.await();
        assertEquals(RunStatus.FAILED, outcome.status());
        assertTrue(outcome.message().startsWith("Failed: ") && outcome.message().contains(RunJob.EXPERIMENT_FILE),
                outcome.message());
        assertEquals(RunStatus.FAILED, store.load("broken-1").getStatus());
    }

    private static List<String> list(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

}
