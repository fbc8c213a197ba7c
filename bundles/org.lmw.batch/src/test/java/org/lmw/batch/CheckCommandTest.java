// lmw check and lmw export-html end to end: exit codes 0 (supported), 1 (refuted), 2 (bad input, tampered),
// verdicts saved atomically, JSON, the HTML report, and launching a missing experiment's runs.
package org.lmw.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.notebook.PredictionFreezer;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.core.persistence.NotebookFiles;
import org.lmw.core.runstore.RunSession;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.ModelSpec;
import org.lmw.model.Notebook;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.Run;
import org.lmw.model.RunQuery;
import org.lmw.model.RunStatus;
import org.lmw.model.TextCell;
import org.lmw.model.TrainingSpec;
import org.lmw.model.Verdict;
import org.lmw.model.Window;

class CheckCommandTest {

    @TempDir
    Path temp;

    record Result(int code, String out, String err) {
        Object lastLineJson() {
            List<String> lines = out.lines().toList();
            return JsonParser.parse(lines.get(lines.size() - 1));
        }
    }

    private Result lmw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run(args);
        Result r = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        System.out.println("$ lmw " + String.join(" ", args) + "  -> exit " + code + "\n" + r.out + r.err);
        return r;
    }

    private static Prediction prediction(String statement, PredictionKind kind, String metric, String experiment,
            double lower, double upper) {
        Prediction p = LmwFactory.eINSTANCE.createPrediction();
        p.setStatement(statement);
        p.setKind(kind);
        p.setMetric(metric);
        RunQuery q = LmwFactory.eINSTANCE.createRunQuery();
        q.setExperiment(experiment);
        p.setQuery(q);
        p.setWindow(Window.END);
        p.setLower(lower);
        p.setUpper(upper);
        return p;
    }

    private static Notebook notebook(Prediction... predictions) {
        Notebook nb = LmwFactory.eINSTANCE.createNotebook();
        nb.setTitle("check test");
        TextCell text = LmwFactory.eINSTANCE.createTextCell();
        text.setMarkdown("# Predictions\n\nSome *text*.");
        nb.getCells().add(text);
        int i = 0;
        for (Prediction p : predictions) {
            PredictionCell cell = LmwFactory.eINSTANCE.createPredictionCell();
            cell.setId("p" + ++i);
            cell.getPredictions().add(p);
            PredictionFreezer.freeze(p, Instant.now());
            nb.getCells().add(cell);
        }
        return nb;
    }

    /** Real run-store runs of experiment "mlp" with a final test accuracy of 0.89 (no training needed). */
    private Path workspaceWithRuns() throws Exception {
        Path workspace = temp.resolve("ws");
        RunStore store = RunStore.open(workspace);
        for (int seed = 0; seed < 2; seed++) {
            Run run = LmwFactory.eINSTANCE.createRun();
            run.setId("mlp-" + seed);
            run.setExperimentName("mlp");
            int s0 = seed;
            try (RunSession session = store.create(run).start()) {
                for (long step = 0; step <= 1000; step += 100) {
                    session.metrics().record(step, "test_accuracy", 0.5 + 0.39 * step / 1000.0 + 0.001 * s0);
                }
                session.end(RunStatus.FINISHED, null);
            }
        }
        return workspace;
    }

    @Test
    void rightPredictionExitsZeroWrongOneExitsOneAndVerdictsAreSaved() throws Exception {
        Path workspace = workspaceWithRuns();
        Path file = temp.resolve("right.lmwnb");
        NotebookFiles.save(notebook(prediction("final accuracy >= 0.88", PredictionKind.THRESHOLD, "test_accuracy",
                "mlp", 0.88, Double.POSITIVE_INFINITY)), file);
        Result right = lmw("check", "--workspace", workspace.toString(), file.toString());
        assertEquals(0, right.code(), right.out() + right.err());
        assertTrue(right.out().lines().anyMatch(l -> l.startsWith("SUPPORTED") && l.contains("final accuracy >= 0.88")
                && l.contains("mlp-0")), right.out());
        Notebook saved = NotebookFiles.load(file);
        Prediction p = PredictionFreezer.latest((PredictionCell) saved.getCells().get(1));
        assertEquals(Verdict.SUPPORTED, p.getVerdict());
        assertEquals(List.of("mlp-0", "mlp-1"), p.getEvidence().getRunIds());
        assertFalse(PredictionFreezer.tampered(p), "saving verdicts keeps the freeze valid");

        Path wrongFile = temp.resolve("wrong.lmwnb");
        NotebookFiles.save(notebook(
                prediction("final accuracy >= 0.88", PredictionKind.THRESHOLD, "test_accuracy", "mlp", 0.88,
                        Double.POSITIVE_INFINITY),
                prediction("final accuracy in [0.95, 1]", PredictionKind.INTERVAL, "test_accuracy", "mlp", 0.95, 1)),
                wrongFile);
        byte[] before = Files.readAllBytes(wrongFile);
        Result dry = lmw("check", "--no-save", "--workspace", workspace.toString(), wrongFile.toString());
        assertEquals(1, dry.code(), "a refuted prediction exits 1");
        assertArrayEquals(before, Files.readAllBytes(wrongFile), "--no-save writes nothing");

        Result wrong = lmw("check", "--json", "--workspace", workspace.toString(), wrongFile.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.out().lines().anyMatch(l -> l.startsWith("REFUTED") && l.contains("[0.95, 1]")), wrong.out());
        Map<?, ?> json = (Map<?, ?>) wrong.lastLineJson();
        assertEquals(1.0, json.get("supported"));
        assertEquals(1.0, json.get("refuted"));
        List<?> predictions = (List<?>) json.get("predictions");
        assertEquals("refuted", ((Map<?, ?>) predictions.get(1)).get("verdict"));
        assertEquals("p2", ((Map<?, ?>) predictions.get(1)).get("cell"));
        assertEquals(Boolean.TRUE, json.get("saved"));
        Notebook judged = NotebookFiles.load(wrongFile);
        assertEquals(Verdict.REFUTED,
                PredictionFreezer.latest((PredictionCell) judged.getCells().get(2)).getVerdict());

        Path html = temp.resolve("report.html");
        Result export = lmw("export-html", "--workspace", workspace.toString(), "--out", html.toString(),
                wrongFile.toString());
        assertEquals(0, export.code(), export.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("badge supported") && page.contains("badge refuted"), page);
        assertTrue(page.contains("src=\"data:image/svg+xml;base64,"), "charts as images");
        assertTrue(page.contains("<em>text</em>"));
        Result defaultOut = lmw("export-html", "--workspace", workspace.toString(), file.toString());
        assertEquals(0, defaultOut.code());
        assertTrue(Files.isRegularFile(temp.resolve("right.html")));
    }

    @Test
    void badInputAndATamperedNotebookExitTwoAndWriteNothing() throws Exception {
        Path workspace = workspaceWithRuns();
        Path file = temp.resolve("nb.lmwnb");
        NotebookFiles.save(notebook(prediction("final accuracy >= 0.88", PredictionKind.THRESHOLD, "test_accuracy",
                "mlp", 0.88, Double.POSITIVE_INFINITY)), file);
        String xmi = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xmi.contains("lower=\"0.88\""));
        Files.writeString(file, xmi.replace("lower=\"0.88\"", "lower=\"0.5\""), StandardCharsets.UTF_8);
        byte[] tampered = Files.readAllBytes(file);
        Result r = lmw("check", "--workspace", workspace.toString(), file.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("edited after freezing") && r.err().contains("cell p1 v1"), r.err());
        assertTrue(r.out().startsWith("TAMPERED"), r.out());
        assertArrayEquals(tampered, Files.readAllBytes(file), "nothing written");

        Path damaged = temp.resolve("damaged.lmwnb");
        Files.writeString(damaged, "<?xml version=\"1.0\"?><lmw:Notebook xmlns:lmw=\"http://lmw.org/model/1.0\" ti",
                StandardCharsets.UTF_8);
        Path fresh = temp.resolve("fresh");
        for (String[] args : List.of(new String[] {"check", "--workspace", fresh.toString(), damaged.toString()},
                new String[] {"check", "--workspace", fresh.toString(), temp.resolve("missing.lmwnb").toString()},
                new String[] {"check", "--frobnicate", damaged.toString()},
                new String[] {"check", "--workspace", fresh.toString()},
                new String[] {"export-html", "--workspace", fresh.toString(), damaged.toString()},
                new String[] {"export-html", "--out", temp.resolve("no/such/folder.html").toString(),
                    file.toString()})) {
            Result bad = lmw(args);
            assertEquals(2, bad.code(), String.join(" ", args));
            assertEquals(1, bad.err().lines().count(), bad.err());
            assertFalse(bad.err().contains("Exception"), bad.err());
            assertFalse(Files.exists(fresh), "nothing written");
        }
    }

    @Test
    void checkLaunchesTheMissingRunsOfAnExperimentNextToTheNotebook() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("project"));
        ExperimentFiles.save(tinyTeacherStudent(), folder.resolve("tiny-ts.lmw"));
        Path file = folder.resolve("ts.lmwnb");
        Prediction law = prediction("test loss falls as a power law", PredictionKind.POWER_LAW, "test_loss",
                "tiny-ts", 0.05, 3);
        law.setWindow(Window.WHOLE_RUN);
        NotebookFiles.save(notebook(
                prediction("final test loss below 5", PredictionKind.THRESHOLD, "test_loss", "tiny-ts",
                        Double.NEGATIVE_INFINITY, 5),
                law,
                prediction("no experiment like this", PredictionKind.THRESHOLD, "loss", "nowhere", 0, 1)), file);
        Path workspace = temp.resolve("ws2");
        Result r = lmw("check", "--json", "--threads", "1", "--workspace", workspace.toString(), file.toString());
        assertTrue(r.code() == 0, r.out() + r.err());
        assertTrue(r.out().contains("launching tiny-ts: 1 run(s)"), r.out());
        assertTrue(r.out().contains("note: no experiment file named 'nowhere'"), r.out());
        Map<?, ?> json = (Map<?, ?>) r.lastLineJson();
        assertEquals(1, ((List<?>) json.get("launched")).size());
        List<?> predictions = (List<?>) json.get("predictions");
        assertEquals("supported", ((Map<?, ?>) predictions.get(0)).get("verdict"));
        assertTrue(((Map<?, ?>) ((Map<?, ?>) predictions.get(1)).get("values")).containsKey("alpha"));
        assertEquals("pending", ((Map<?, ?>) predictions.get(2)).get("verdict"));

        Result again = lmw("check", "--workspace", workspace.toString(), file.toString());
        assertFalse(again.out().contains("launching"), "runs exist now: nothing is launched twice");
        assertEquals(1, RunStore.open(workspace).runIds().size());
    }

    private static Experiment tinyTeacherStudent() {
        LmwFactory f = LmwFactory.eINSTANCE;
        Experiment e = f.createExperiment();
        e.setName("tiny-ts");
        e.setSeed(5);
        DatasetRef d = f.createDatasetRef();
        d.setName("teacher-student");
        d.setTrainSize(512);
        d.setTestSize(256);
        d.setInputDimension(16);
        d.setOutputDimension(1);
        d.setNoise(0.05);
        e.setDataset(d);
        ModelSpec m = f.createModelSpec();
        m.setArchitecture(Architecture.MLP);
        m.setWidth(32);
        m.setDepth(1);
        m.setActivation(Activation.TANH);
        e.setModel(m);
        OptimizerSpec o = f.createOptimizerSpec();
        o.setKind(OptimizerKind.SGD);
        o.setLearningRate(0.05);
        e.setOptimizer(o);
        TrainingSpec t = f.createTrainingSpec();
        t.setBatchSize(32);
        t.setEpochs(0);
        t.setMaxSteps(400);
        t.setEvalEvery(20);
        t.setCheckpointEvery(0);
        e.setTraining(t);
        return e;
    }
}
