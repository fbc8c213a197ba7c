// Proves the lmw command line end to end on real (small) training runs: exit codes, JSON, list, export, resume.
package org.lmw.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.MetricSeries;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.ModelSpec;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.Sweep;
import org.lmw.model.SweepAxis;
import org.lmw.model.TrainingSpec;

class CliTest {

    @TempDir
    Path temp;

    /** The streams and exit code of one lmw invocation. */
    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        Object lastLineJson() {
            List<String> lines = lines();
            return JsonParser.parse(lines.get(lines.size() - 1));
        }
    }

    private Result lmw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Experiment tiny(String name, double learningRate, int steps) {
        LmwFactory f = LmwFactory.eINSTANCE;
        Experiment e = f.createExperiment();
        e.setName(name);
        e.setSeed(3);
        DatasetRef d = f.createDatasetRef();
        d.setName("fashion-mnist");
        d.setTrainSize(2048);
        d.setTestSize(500);
        e.setDataset(d);
        ModelSpec m = f.createModelSpec();
        m.setArchitecture(Architecture.MLP);
        m.setWidth(32);
        m.setDepth(1);
        m.setActivation(Activation.RELU);
        e.setModel(m);
        OptimizerSpec o = f.createOptimizerSpec();
        o.setKind(OptimizerKind.SGD);
        o.setLearningRate(learningRate);
        e.setOptimizer(o);
        TrainingSpec t = f.createTrainingSpec();
        t.setBatchSize(64);
        t.setEpochs(100);
        t.setMaxSteps(steps);
        t.setEvalEvery(40);
        t.setCheckpointEvery(40);
        e.setTraining(t);
        return e;
    }

    private Path save(Experiment experiment) throws Exception {
        Path file = temp.resolve(experiment.getName() + ".lmw");
        ExperimentFiles.save(experiment, file);
        return file;
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        for (String help : List.of("help", "--help")) {
            Result r = lmw(help);
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("Usage: lmw <command>"), r.out());
        }
    }

    @Test
    void badInputExitsTwoWithOneLineOnStderrAndWritesNothing() throws Exception {
        Experiment invalid = tiny("invalid", -0.5, 50);
        Path file = save(invalid);
        Path workspace = temp.resolve("ws");
        Path damaged = temp.resolve("damaged.lmw");
        Files.writeString(damaged, "<?xml version=\"1.0\"?><lmw:Experiment xmlns:lmw=\"http://lmw.org/model/1.0\" "
                + "name=\"x\"><model width=\"", StandardCharsets.UTF_8);
        List<String[]> invocations = List.of(
                new String[] {"run", "--workspace", workspace.toString(), file.toString()},
                new String[] {"run", "--workspace", workspace.toString(), damaged.toString()},
                new String[] {"run", "--workspace", workspace.toString(), temp.resolve("missing.lmw").toString()},
                new String[] {"run", "--workspace", workspace.toString(), "--threads", "zero", file.toString()},
                new String[] {"run", "--workspace", workspace.toString(), "--device", "tpu", file.toString()},
                new String[] {"run", "--frobnicate", file.toString()},
                new String[] {"resume", "--workspace", workspace.toString(), "no-such-run"},
                new String[] {"export", "--workspace", workspace.toString(), "no-such-run"},
                new String[] {"launch"});
        for (String[] args : invocations) {
            Result r = lmw(args);
            assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.err());
            assertEquals(1, r.err().lines().count(), "one line: " + r.err());
            assertTrue(r.err().startsWith("lmw: "), r.err());
            assertFalse(r.err().contains("Exception"), "no stack trace or exception name: " + r.err());
            assertFalse(Files.exists(workspace), "nothing written for " + String.join(" ", args));
        }
        Result invalidRun = lmw("run", "--workspace", workspace.toString(), file.toString());
        assertTrue(invalidRun.err().contains("invalid.lmw") && invalidRun.err().contains("learning rate"),
                invalidRun.err());
    }

    @Test
    void runJsonListJsonExportCsvAndResumeOfAFinishedRun() throws Exception {
        Path file = save(tiny("cli-run", 0.05, 120));
        Path workspace = temp.resolve("ws");

        Result run = lmw("run", "--json", "--threads", "1", "--workspace", workspace.toString(), file.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        Map<?, ?> report = (Map<?, ?>) run.lastLineJson();
        String runId = (String) report.get("run_id");
        assertTrue(runId.startsWith("cli-run-"), runId);
        assertEquals("finished", report.get("status"));
        assertEquals(120.0, report.get("steps"));
        assertTrue((Double) report.get("steps_per_s") > 0, report.toString());
        assertTrue((Double) report.get("test_accuracy") > 0.5, report.toString());
        assertTrue((Double) report.get("wall_s") > 0, report.toString());
        assertTrue(run.lines().stream().anyMatch(l -> l.contains("epoch") && l.contains("loss")), run.out());

        Result list = lmw("list", "--json", "--workspace", workspace.toString());
        assertEquals(0, list.code(), list.err());
        List<?> runs = (List<?>) list.lastLineJson();
        assertEquals(1, runs.size());
        Map<?, ?> listed = (Map<?, ?>) runs.get(0);
        assertEquals(runId, listed.get("run_id"));
        assertEquals("finished", listed.get("status"));
        assertEquals(0.05, listed.get("learning_rate"));
        assertEquals(0.05, ((Map<?, ?>) listed.get("hyperparameters")).get("optimizer.learningRate"));
        assertEquals(report.get("test_accuracy"), ((Map<?, ?>) listed.get("metrics")).get("test_accuracy"));
        assertEquals(120.0, listed.get("steps"));

        Result csv = lmw("export", "--workspace", workspace.toString(), "--csv", "--metric", "loss", runId);
        assertEquals(0, csv.code(), csv.err());
        List<String> rows = csv.lines();
        assertEquals("step,metric,wall_time_s,value", rows.get(0));
        try (MetricReader reader = RunStore.open(workspace).folder(runId).openReader()) {
            MetricSeries loss = reader.read("loss");
            assertEquals(loss.size() + 1, rows.size());
            for (int i = 0; i < loss.size(); i++) {
                String[] cells = rows.get(i + 1).split(",");
                assertEquals(loss.steps()[i], Long.parseLong(cells[0]));
                assertEquals("loss", cells[1]);
                assertEquals(loss.values()[i], Double.parseDouble(cells[3]), 0.0, "exactly the stored value");
            }
        }
        Result all = lmw("export", "--workspace", workspace.toString(), "--csv", runId);
        assertTrue(all.out().contains(",test_accuracy,") && all.out().contains(",weight_norm/"), "every series");
        Result unknown = lmw("export", "--workspace", workspace.toString(), "--csv", "--metric", "nope", runId);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("loss"), "lists the metrics there are: " + unknown.err());

        Result resume = lmw("resume", "--workspace", workspace.toString(), runId);
        assertEquals(2, resume.code());
        assertTrue(resume.err().contains("finished"), resume.err());
    }

    @Test
    void aSweepReportsARunsArrayAndADivergedRunExitsOne() throws Exception {
        Experiment experiment = tiny("cli-sweep", 0.05, 60);
        Sweep sweep = LmwFactory.eINSTANCE.createSweep();
        SweepAxis axis = LmwFactory.eINSTANCE.createSweepAxis();
        axis.setParameter("optimizer.learningRate");
        axis.getValues().addAll(List.of("0.05", "1e30"));
        sweep.getAxes().add(axis);
        experiment.setSweep(sweep);
        Path file = save(experiment);

        Result run = lmw("run", "--json", "--threads", "1", "--workspace", temp.resolve("ws").toString(),
                file.toString());
        assertEquals(1, run.code(), "the diverged run fails the invocation\n" + run.out() + run.err());
        Map<?, ?> report = (Map<?, ?>) run.lastLineJson();
        List<?> runs = (List<?>) report.get("runs");
        assertEquals(2, runs.size());
        assertEquals("finished", ((Map<?, ?>) runs.get(0)).get("status"));
        assertEquals("diverged", ((Map<?, ?>) runs.get(1)).get("status"));
        assertEquals("diverged", report.get("status"));
        assertTrue(((String) ((Map<?, ?>) runs.get(1)).get("message")).contains("step"), report.toString());
    }
}
