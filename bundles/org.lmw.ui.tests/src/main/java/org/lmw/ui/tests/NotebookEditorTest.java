// Tier 3: the hypothesis-notebook editor in the running workbench: open, check against runs, badges and evidence
// charts, add/move/delete cells with Undo, a new version of a frozen prediction, save and reload, a damaged file.
package org.lmw.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lmw.core.notebook.PredictionFreezer;
import org.lmw.core.persistence.NotebookFiles;
import org.lmw.core.runstore.RunSession;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Aggregation;
import org.lmw.model.ChartCell;
import org.lmw.model.Evidence;
import org.lmw.model.LmwFactory;
import org.lmw.model.Notebook;
import org.lmw.model.Parameter;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.Run;
import org.lmw.model.RunQuery;
import org.lmw.model.RunStatus;
import org.lmw.model.TextCell;
import org.lmw.model.Verdict;
import org.lmw.model.Window;
import org.lmw.ui.EditorOpener;
import org.lmw.ui.notebook.NotebookEditor;
import org.lmw.ui.notebook.NotebookKeys;
import org.lmw.ui.notebook.internal.CellView;
import org.lmw.ui.notebook.internal.ChartCellView;
import org.lmw.ui.notebook.internal.PredictionCellView;
import org.lmw.ui.notebook.internal.TextCellView;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotebookEditorTest {
    private static final String EXPERIMENT = "nb-teacher-student";
    private static final int SEEDS = 3;
    private static TestWorkbench workbench;
    private static Path notebookFile;
    private static NotebookEditor editor;

    @BeforeAll
    static void startWorkbench() throws Exception {
        workbench = TestWorkbench.get();
        workbench.settle();
    }

    /**
     * Three finished seeds of a teacher-student run in the workbench's run store: the training loss decays as
     * 2·step^(-0.5) + 0.05 (1 % noise), the final test accuracy is 0.90-0.92.
     */
    private static void writeRuns(RunStore store) throws Exception {
        for (int seed = 1; seed <= SEEDS; seed++) {
            Run run = LmwFactory.eINSTANCE.createRun();
            run.setId(EXPERIMENT + "-s" + seed);
            run.setExperimentName(EXPERIMENT);
            run.getHyperparameters().add(parameter("seed", Integer.toString(seed)));
            run.getHyperparameters().add(parameter("optimizer.learningRate", "0.05"));
            run.getHyperparameters().add(parameter("model.width", "64"));
            SplittableRandom random = new SplittableRandom(seed);
            try (RunSession session = store.create(run).start()) {
                for (long step = 1; step <= 2000; step += 10) {
                    double loss = (2 * Math.pow(step, -0.5) + 0.05) * (1 + 0.01 * random.nextGaussian());
                    session.metrics().record(step, "loss", loss);
                    if (step % 200 == 1) {
                        double acc = 0.55 + 0.36 * (1 - Math.exp(-step / 400.0)) + 0.01 * (seed - 2) * step / 2000.0;
                        session.metrics().record(step, "test_accuracy", acc);
                    }
                }
                session.end(RunStatus.FINISHED, null);
            }
        }
    }

    private static Parameter parameter(String key, String value) {
        Parameter p = LmwFactory.eINSTANCE.createParameter();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    private static RunQuery query() {
        RunQuery q = LmwFactory.eINSTANCE.createRunQuery();
        q.setExperiment(EXPERIMENT);
        return q;
    }

    private static Prediction prediction(int version, String statement, PredictionKind kind, String metric,
            double lower, double upper) {
        Prediction p = LmwFactory.eINSTANCE.createPrediction();
        p.setVersion(version);
        p.setStatement(statement);
        p.setKind(kind);
        p.setMetric(metric);
        p.setWindow(Window.END);
        p.setLower(lower);
        p.setUpper(upper);
        p.setQuery(query());
        p.setVerdict(Verdict.PENDING);
        return p;
    }

    /** A notebook of four cells: text, chart, a supported accuracy threshold (v2 of 2), a refuted power law. */
    private static Notebook notebook() {
        LmwFactory f = LmwFactory.eINSTANCE;
        Notebook nb = NotebookFiles.newNotebook("Teacher\u2013student: loss scaling and final accuracy");
        TextCell intro = f.createTextCell();
        intro.setId("intro");
        intro.setMarkdown("# Does the student learn the teacher?\n\n"
                + "A width-64 **student MLP** learns a fixed random teacher from Gaussian inputs with plain SGD "
                + "(`lr = 0.05`), three seeds. Two predictions were *frozen before the runs existed*:\n\n"
                + "- the final test accuracy clears **0.88** on every seed;\n"
                + "- the training loss decays like a power law `a\u00b7step^(\u2212\u03b1) + c` with "
                + "\u03b1 \u2248 1 (the rate of a strongly convex quadratic).\n\n"
                + "> Check predictions judges both against the runs of the workspace.");
        nb.getCells().add(intro);
        ChartCell chart = f.createChartCell();
        chart.setId("loss-chart");
        chart.setMetric("loss");
        chart.setAggregation(Aggregation.MEAN_STD);
        chart.setQuery(query());
        nb.getCells().add(chart);

        Instant before = Instant.now().minusSeconds(3600);
        PredictionCell accuracy = f.createPredictionCell();
        accuracy.setId("accuracy");
        Prediction v1 = prediction(1, "The student reaches 95 % test accuracy", PredictionKind.THRESHOLD,
                "test_accuracy", 0.95, Double.POSITIVE_INFINITY);
        PredictionFreezer.freeze(v1, before.minusSeconds(600));
        v1.setVerdict(Verdict.REFUTED);
        Evidence old = f.createEvidence();
        old.setSummary("final test_accuracy 0.903 < 0.95 on a pilot run");
        v1.setEvidence(old);
        accuracy.getPredictions().add(v1);
        Prediction v2 = prediction(2, "Every seed ends above 88 % test accuracy", PredictionKind.THRESHOLD,
                "test_accuracy", 0.88, Double.POSITIVE_INFINITY);
        PredictionFreezer.freeze(v2, before);
        accuracy.getPredictions().add(v2);
        nb.getCells().add(accuracy);

        PredictionCell power = f.createPredictionCell();
        power.setId("loss-power-law");
        Prediction law = prediction(1, "The training loss decays like 1/step", PredictionKind.POWER_LAW, "loss",
                0.9, 1.1);
        law.setWindow(Window.WHOLE_RUN);
        law.setAgainst("step");
        PredictionFreezer.freeze(law, before);
        power.getPredictions().add(law);
        nb.getCells().add(power);
        return nb;
    }

    private static void execute(String command) {
        workbench.run(() -> {
            ECommandService commands = workbench.context().get(ECommandService.class);
            EHandlerService handlers = workbench.context().get(EHandlerService.class);
            handlers.executeHandler(commands.createCommand(command, null));
        });
    }

    private static void click(String key) {
        workbench.run(() -> {
            Control c = editor.findControl(key);
            assertNotNull(c, "no control " + key);
            assertTrue(c.isEnabled(), key + " is disabled");
            c.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static String badge(int cell) {
        return workbench.ui(() -> ((PredictionCellView) editor.getCellViews().get(cell)).verdictBadge().getText());
    }

    private static int pointsIn(Chart chart) {
        int points = 0;
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            points += s.getXSeries() == null ? 0 : s.getXSeries().length;
        }
        return points;
    }

    private static void maximizeEditor(boolean on) {
        workbench.run(() -> {
            MPart part = workbench.context().get(EPartService.class).getActivePart();
            MUIElement stack = part.getParent();
            if (on) {
                stack.getTags().add(IPresentationEngine.MAXIMIZED);
            } else {
                stack.getTags().remove(IPresentationEngine.MAXIMIZED);
            }
        });
    }

    private static void check() throws InterruptedException {
        int before = workbench.ui(editor::getCheckCount);
        long start = System.nanoTime();
        execute(NotebookKeys.CHECK_COMMAND);
        workbench.waitUntil("the check to end", () -> editor.getCheckCount() > before, Duration.ofSeconds(60));
        System.out.printf("notebook check: %d ms (status: %s)%n", (System.nanoTime() - start) / 1_000_000,
                workbench.ui(editor::getStatusText));
    }

    @Test
    @Order(1)
    void checkShowsVerdictBadgesAndEvidenceChartsOfTheRuns() throws Exception {
        writeRuns(RunStore.open(workbench.workspace()));
        notebookFile = workbench.workspace().resolve("teacher-student.lmwnb");
        NotebookFiles.save(notebook(), notebookFile);
        editor = workbench.ui(() -> {
            MPart part = EditorOpener.open(notebookFile, workbench.context().get(MApplication.class),
                    workbench.context().get(EModelService.class), workbench.context().get(EPartService.class));
            return assertInstanceOf(NotebookEditor.class, part.getObject());
        });
        assertNull(workbench.ui(editor::getLoadError));
        assertEquals(4, workbench.ui(() -> editor.getCellViews().size()));
        assertEquals("PENDING", badge(2));
        assertEquals("PENDING", badge(3));
        String rendered = workbench.ui(() -> ((TextCellView) editor.getCellViews().get(0)).renderedText());
        assertTrue(rendered.startsWith("Does the student learn the teacher?\n"), rendered);
        assertFalse(rendered.contains("**") || rendered.contains("# "), "Markdown was not rendered: " + rendered);

        // The chart cell reads its runs off the UI thread: one mean line over the three seeds, with points.
        workbench.waitUntil("the chart cell's data", () -> editor.chartsLoaded()
                && ((ChartCellView) editor.getCellViews().get(1)).chart() != null
                && pointsIn(((ChartCellView) editor.getCellViews().get(1)).chart().chart()) > 0,
                Duration.ofSeconds(30));

        // log y on the chart cell: a positive loss switches its y axis to log scale.
        workbench.run(() -> {
            org.eclipse.swt.widgets.Button log = (org.eclipse.swt.widgets.Button) editor
                    .findControl(NotebookKeys.cell(1, NotebookKeys.LOG_Y));
            log.setSelection(true);
            log.notifyListeners(SWT.Selection, new Event());
        });
        assertTrue(workbench.ui(() -> ((ChartCellView) editor.getCellViews().get(1)).chart().chart().getAxisSet()
                .getYAxis(0).isLogScaleEnabled()));

        check();
        assertEquals("SUPPORTED", badge(2), workbench.ui(editor::getStatusText));
        assertEquals("REFUTED", badge(3), workbench.ui(editor::getStatusText));
        for (int cell : new int[] { 2, 3 }) {
            int c = cell;
            int points = workbench.ui(() -> {
                var chart = ((PredictionCellView) editor.getCellViews().get(c)).evidenceChart();
                assertNotNull(chart, "cell " + c + " has no evidence chart");
                return pointsIn(chart.chart());
            });
            assertTrue(points > 0, "the evidence chart of cell " + c + " has no points");
            System.out.printf("evidence chart of cell %d: %d points; evidence: %s%n", c, points,
                    workbench.ui(() -> ((org.eclipse.swt.widgets.Label) editor
                            .findControl(NotebookKeys.cell(c, NotebookKeys.EVIDENCE))).getText()));
        }
        // The power law's chart shows the fitted curve next to the observations.
        assertTrue(workbench.ui(() -> ((PredictionCellView) editor.getCellViews().get(3)).evidenceChart().chart()
                .getSeriesSet().getSeries().length >= 2));
        // Verdicts and evidence went into the model (one undoable step): the editor is dirty.
        Notebook nb = workbench.ui(editor::getNotebook);
        assertEquals(Verdict.SUPPORTED, workbench.ui(() -> latest(nb, 2).getVerdict()));
        assertEquals(Verdict.REFUTED, workbench.ui(() -> latest(nb, 3).getVerdict()));
        assertNotNull(workbench.ui(() -> latest(nb, 3).getEvidence().getSummary()));
        assertTrue(workbench.ui(editor::isDirty));
        assertFalse(workbench.ui(() -> PredictionFreezer.tampered(latest(nb, 2))),
                "writing a verdict must not break the frozen hash");

        maximizeEditor(true);
        workbench.settle();
        workbench.run(() -> editor.revealCell(2));
        workbench.settle();
        workbench.screenshot("notebook");
        workbench.run(() -> editor.revealCell(0));
        workbench.settle();
        workbench.screenshot("notebook-top");
        wheelOverTheChartScrollsThePage();
        maximizeEditor(false);
        workbench.settle();
    }

    /** A real wheel event (xdotool) over a chart cell scrolls the page, as it does over the page's background. */
    private static void wheelOverTheChartScrollsThePage() throws Exception {
        Path xdotool = Path.of("/usr/bin/xdotool");
        if (!Files.isExecutable(xdotool) || System.getenv("DISPLAY") == null) {
            System.out.println("wheel test skipped: no xdotool or DISPLAY");
            return;
        }
        int before = workbench.ui(editor::getScrollY);
        org.eclipse.swt.graphics.Point center = workbench.ui(() -> {
            Chart chart = ((ChartCellView) editor.getCellViews().get(1)).chart().chart();
            org.eclipse.swt.graphics.Point size = chart.getSize();
            return chart.toDisplay(size.x / 2, size.y / 2);
        });
        new ProcessBuilder(xdotool.toString(), "mousemove", Integer.toString(center.x), Integer.toString(center.y),
                "click", "--repeat", "3", "5").inheritIO().start().waitFor();
        workbench.waitUntil("the wheel to scroll the page", () -> editor.getScrollY() > before, Duration.ofSeconds(5));
        System.out.printf("wheel over the chart: page scrolled from %d to %d px%n", before,
                workbench.ui(editor::getScrollY));
        workbench.run(() -> editor.revealCell(0));
    }

    private static Prediction latest(Notebook nb, int cell) {
        return PredictionFreezer.latest((PredictionCell) nb.getCells().get(cell));
    }

    @Test
    @Order(2)
    void cellsAreAddedMovedDeletedAndUndoneThroughTheWorkbenchUndo() throws Exception {
        Notebook nb = workbench.ui(editor::getNotebook);
        Notebook before = workbench.ui(() -> EcoreUtil.copy(nb));
        // Select the first cell, then + Text adds a text cell after it, in edit mode.
        workbench.run(() -> editor.getCellViews().get(0).click());
        click(NotebookKeys.ADD_TEXT);
        assertEquals(5, workbench.ui(() -> nb.getCells().size()));
        CellView added = workbench.ui(() -> editor.getCellViews().get(1));
        assertInstanceOf(TextCellView.class, added);
        assertTrue(workbench.ui(added::isEditing));
        workbench.run(() -> ((TextCellView) added).setSource("## Added\n\nA *new* cell."));
        click(NotebookKeys.cell(1, NotebookKeys.DONE));
        assertEquals("Added\n\nA new cell.", workbench.ui(((TextCellView) added)::renderedText));

        click(NotebookKeys.cell(1, NotebookKeys.DOWN));
        assertEquals(added.cell(), workbench.ui(() -> nb.getCells().get(2)));
        assertEquals(added, workbench.ui(() -> editor.getCellViews().get(2)));
        click(NotebookKeys.cell(2, NotebookKeys.DELETE));
        assertEquals(4, workbench.ui(() -> nb.getCells().size()));

        // Undo: delete, move, edit, add; the notebook is what it was, cards in the same order as the cells.
        for (int i = 0; i < 4; i++) {
            execute("org.eclipse.ui.edit.undo");
        }
        assertTrue(workbench.ui(() -> EcoreUtil.equals(before, nb)), "undo did not restore the notebook");
        assertEquals(4, workbench.ui(() -> editor.getCellViews().size()));
        for (int i = 0; i < 4; i++) {
            int c = i;
            assertEquals(workbench.ui(() -> nb.getCells().get(c)), workbench.ui(() -> editor.getCellViews().get(c)
                    .cell()));
        }
        execute("org.eclipse.ui.edit.redo");
        assertEquals(5, workbench.ui(() -> nb.getCells().size()));
        execute("org.eclipse.ui.edit.undo");
        assertEquals(4, workbench.ui(() -> nb.getCells().size()));
    }

    @Test
    @Order(3)
    void editingAFrozenPredictionAddsAVersionThatIsFrozenAndChecked() throws Exception {
        Notebook nb = workbench.ui(editor::getNotebook);
        Prediction v1 = workbench.ui(() -> latest(nb, 3));
        String v1Hash = workbench.ui(v1::getContentHash);
        click(NotebookKeys.cell(3, NotebookKeys.EDIT));
        workbench.run(() -> {
            var form = ((PredictionCellView) editor.getCellViews().get(3)).form();
            form.set("statement", "The training loss decays like step^(-1/2)");
            form.set("lower", "0.4");
            form.set("upper", "0.6");
        });
        maximizeEditor(true);
        workbench.settle();
        workbench.run(() -> editor.revealCell(3));
        workbench.settle();
        workbench.screenshot("notebook-edit-frozen-prediction");
        maximizeEditor(false);
        click(NotebookKeys.cell(3, NotebookKeys.DONE));
        PredictionCell cell = workbench.ui(() -> (PredictionCell) nb.getCells().get(3));
        assertEquals(2, workbench.ui(() -> cell.getPredictions().size()));
        Prediction v2 = workbench.ui(() -> latest(nb, 3));
        assertEquals(2, workbench.ui(v2::getVersion));
        assertFalse(workbench.ui(() -> PredictionFreezer.isFrozen(v2)));
        assertEquals(v1Hash, workbench.ui(v1::getContentHash));
        assertFalse(workbench.ui(() -> PredictionFreezer.tampered(v1)), "the frozen version changed");
        assertEquals(Verdict.REFUTED, workbench.ui(v1::getVerdict), "the old version keeps its verdict");

        click(NotebookKeys.cell(3, NotebookKeys.FREEZE));
        assertTrue(workbench.ui(() -> PredictionFreezer.isFrozen(v2) && !PredictionFreezer.tampered(v2)));
        check();
        assertEquals("SUPPORTED", badge(3), workbench.ui(editor::getStatusText));
        workbench.settle();
    }

    @Test
    @Order(4)
    void saveWritesTheFileAtomicallyAndItReloadsEqual() throws Exception {
        assertTrue(workbench.ui(editor::isDirty));
        // Markdown typed into a text cell that is still being edited is saved with the rest.
        click(NotebookKeys.cell(0, NotebookKeys.EDIT));
        workbench.run(() -> ((TextCellView) editor.getCellViews().get(0)).setSource("# Does the student learn?\n\n"
                + "Typed, not yet applied."));
        workbench.run(() -> {
            try {
                editor.save();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertFalse(workbench.ui(editor::isDirty));
        Notebook reloaded = NotebookFiles.load(notebookFile);
        Notebook inEditor = workbench.ui(editor::getNotebook);
        assertTrue(workbench.ui(() -> EcoreUtil.equals(inEditor, reloaded)), "the reloaded notebook differs");
        assertEquals("# Does the student learn?\n\nTyped, not yet applied.",
                ((TextCell) reloaded.getCells().get(0)).getMarkdown());
        assertTrue(PredictionFreezer.tamperReport(reloaded).isEmpty(), PredictionFreezer.tamperReport(reloaded)
                .toString());

        // The HTML report of the editor's notebook (as lmw export-html writes it), in a job.
        Path html = workbench.workspace().resolve("teacher-student-report.html");
        int exportsBefore = workbench.ui(editor::getExportCount);
        workbench.run(() -> editor.exportHtml(html));
        workbench.waitUntil("the HTML report", () -> editor.getExportCount() > exportsBefore, Duration.ofSeconds(30));
        assertEquals("Report written to " + html, workbench.ui(editor::getStatusText));
        String report = Files.readString(html);
        assertTrue(report.startsWith("<!DOCTYPE html>") && report.contains("data:image/svg+xml;base64,"),
                "not a self-contained report with charts");
        assertFalse(workbench.ui(editor::isDirty), "exporting must not change the notebook");
        assertEquals(List.of(), Files.list(notebookFile.getParent())
                .filter(p -> p.getFileName().toString().startsWith(".teacher-student") || p.toString().endsWith(".tmp"))
                .toList(), "a temporary file of the atomic save was left behind");
    }

    @Test
    @Order(5)
    void aDamagedNotebookOpensWithAOneLineErrorAndTheWorkbenchKeepsRunning() throws Exception {
        String full = Files.readString(notebookFile);
        Path damaged = workbench.workspace().resolve("damaged.lmwnb");
        Files.writeString(damaged, full.substring(0, full.length() / 2));
        NotebookEditor broken = workbench.ui(() -> (NotebookEditor) EditorOpener.open(damaged,
                workbench.context().get(MApplication.class), workbench.context().get(EModelService.class),
                workbench.context().get(EPartService.class)).getObject());
        String error = workbench.ui(broken::getLoadError);
        assertNotNull(error);
        assertTrue(error.startsWith("damaged.lmwnb: "), error);
        assertFalse(error.contains("\n"), "not one line: " + error);
        assertNotNull(workbench.ui(() -> broken.findControl(NotebookKeys.LOAD_ERROR)));
        workbench.settle();
        workbench.screenshot("notebook-load-error");
        assertTrue(workbench.ui(() -> !workbench.shell().isDisposed() && workbench.shell().isVisible()));
    }

    @Test
    @Order(6)
    void checkTrainsTheRunsAPredictionNeedsAndLacksThenJudgesIt() throws Exception {
        // An experiment file in the workspace and no run of it: Check trains its one run (as lmw check does), waits
        // for it in the job, then judges the prediction.
        Path experiment = workbench.workspace().resolve("nb-train.lmw");
        org.lmw.core.persistence.ExperimentFiles.save(TrainingRunsViewTest.teacherStudentSweep("nb-train", 200, "0.05"),
                experiment);
        Notebook nb = NotebookFiles.newNotebook("Needs a run");
        PredictionCell cell = LmwFactory.eINSTANCE.createPredictionCell();
        cell.setId("needs-run");
        Prediction p = prediction(1, "The teacher-student training loss ends below 10", PredictionKind.THRESHOLD,
                "loss", Double.NEGATIVE_INFINITY, 10);
        p.getQuery().setExperiment("nb-train");
        PredictionFreezer.freeze(p, Instant.now());
        cell.getPredictions().add(p);
        nb.getCells().add(cell);
        Path file = workbench.workspace().resolve("needs-run.lmwnb");
        NotebookFiles.save(nb, file);
        editor = workbench.ui(() -> (NotebookEditor) EditorOpener.open(file,
                workbench.context().get(MApplication.class), workbench.context().get(EModelService.class),
                workbench.context().get(EPartService.class)).getObject());
        assertEquals("PENDING", badge(0));
        int before = workbench.ui(editor::getCheckCount);
        long start = System.nanoTime();
        execute(NotebookKeys.CHECK_COMMAND);
        workbench.waitUntil("the status to say that the missing run trains",
                () -> editor.getStatusText().startsWith("Training 1 run") || editor.getCheckCount() > before,
                Duration.ofSeconds(30));
        workbench.waitUntil("the check with its training run to end", () -> editor.getCheckCount() > before,
                Duration.ofSeconds(240));
        String status = workbench.ui(editor::getStatusText);
        System.out.printf("check with a missing run: %d ms (status: %s)%n", (System.nanoTime() - start) / 1_000_000,
                status);
        assertTrue(status.contains("trained 1 missing run of nb-train"), status);
        assertEquals("SUPPORTED", badge(0), status);
        assertEquals(1, RunStore.open(workbench.workspace()).list().runs().stream()
                .filter(r -> "nb-train".equals(r.getExperimentName())).count());
    }

    @Test
    @Order(7)
    void fileNewNotebookCreatesOneThatOpensAndTheNotebookViewListsIt() throws Exception {
        // The dialog is modal: start the command asynchronously and drive the dialog from here.
        workbench.display().asyncExec(() -> {
            ECommandService commands = workbench.context().get(ECommandService.class);
            EHandlerService handlers = workbench.context().get(EHandlerService.class);
            handlers.executeHandler(commands.createCommand(NotebookKeys.NEW_NOTEBOOK_COMMAND, null));
        });
        workbench.waitUntil("the New Notebook dialog", () -> dialog() != null, Duration.ofSeconds(10));
        workbench.run(() -> {
            org.eclipse.swt.widgets.Text name = find(dialog(), org.eclipse.swt.widgets.Text.class);
            name.setText("fresh ideas");
            org.eclipse.swt.widgets.Button ok = findButton(dialog(), "OK");
            assertTrue(ok.isEnabled());
            ok.notifyListeners(SWT.Selection, new Event());
        });
        Path file = workbench.workspace().resolve("fresh ideas.lmwnb");
        workbench.waitUntil("the new notebook's editor", () -> dialog() == null && Files.exists(file)
                && workbench.context().get(EPartService.class).getActivePart() != null
                && workbench.context().get(EPartService.class).getActivePart().getObject() instanceof NotebookEditor e
                && e.getFile() != null && e.getFile().endsWith("fresh ideas.lmwnb"), Duration.ofSeconds(10));
        NotebookEditor fresh = workbench.ui(() -> (NotebookEditor) workbench.context().get(EPartService.class)
                .getActivePart().getObject());
        assertEquals("fresh ideas", workbench.ui(() -> fresh.getNotebook().getTitle()));
        assertEquals(1, workbench.ui(() -> fresh.getCellViews().size()));
        assertFalse(workbench.ui(fresh::isDirty));

        List<String> links = workbench.ui(() -> {
            MPart view = workbench.context().get(EPartService.class).showPart("org.lmw.ui.notebook.view",
                    EPartService.PartState.VISIBLE);
            return ((org.lmw.ui.notebook.NotebookPart) view.getObject()).getLinkTexts();
        });
        workbench.waitUntil("the Notebook view to list the new notebook", () -> ((org.lmw.ui.notebook.NotebookPart)
                workbench.context().get(EPartService.class).findPart("org.lmw.ui.notebook.view").getObject())
                .getLinkTexts().stream().anyMatch(t -> t.contains("fresh ideas.lmwnb")), Duration.ofSeconds(10));
        System.out.println("Notebook view links before the watch caught up: " + links);
    }

    private static org.eclipse.swt.widgets.Shell dialog() {
        for (org.eclipse.swt.widgets.Shell shell : workbench.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && "New Notebook".equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    private static <T extends Control> T find(Control root, Class<T> type) {
        if (type.isInstance(root)) {
            return type.cast(root);
        }
        if (root instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static org.eclipse.swt.widgets.Button findButton(Control root, String text) {
        if (root instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText().replace("&", ""))) {
            return b;
        }
        if (root instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                org.eclipse.swt.widgets.Button found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    @Order(8)
    void aFrozenPredictionEditedInTheFileIsFlaggedAndCheckedInconclusive() throws Exception {
        // A hand edit of the XMI that moves the bound of a frozen prediction: the hash no longer matches.
        Notebook nb = notebook();
        Prediction frozen = latest(nb, 2);
        frozen.setLower(0.5);
        Path file = workbench.workspace().resolve("tampered.lmwnb");
        NotebookFiles.save(nb, file);
        NotebookEditor tampered = workbench.ui(() -> (NotebookEditor) EditorOpener.open(file,
                workbench.context().get(MApplication.class), workbench.context().get(EModelService.class),
                workbench.context().get(EPartService.class)).getObject());
        editor = tampered;
        String banner = workbench.ui(() -> {
            org.eclipse.swt.widgets.Label label = (org.eclipse.swt.widgets.Label) tampered
                    .findControl(NotebookKeys.TAMPERED);
            return label.isVisible() ? label.getText() : "";
        });
        assertTrue(banner.contains("edited outside the workbench") && banner.contains("hash mismatch"), banner);
        check();
        assertEquals("INCONCLUSIVE", badge(2), workbench.ui(tampered::getStatusText));
        assertEquals("REFUTED", badge(3));
        workbench.settle();
        workbench.run(() -> tampered.revealCell(0));
        workbench.settle();
        workbench.screenshot("notebook-tampered");
    }
}
