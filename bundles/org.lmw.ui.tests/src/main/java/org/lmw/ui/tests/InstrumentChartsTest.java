// Tier 3: instrument series in the Training Runs view: sharpness with each run's 2/η line, families, overhead column.
package org.lmw.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lmw.core.runstore.MetricWriter;
import org.lmw.core.runstore.RunSession;
import org.lmw.core.runstore.RunStore;
import org.lmw.core.series.ChartModel;
import org.lmw.core.series.InstrumentCharts;
import org.lmw.model.LmwFactory;
import org.lmw.model.Parameter;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;
import org.lmw.model.TrainingMode;
import org.lmw.ui.runs.Messages;
import org.lmw.ui.runs.RunsUi;
import org.lmw.ui.runs.TrainingRunsPart;
import org.lmw.ui.runs.internal.MetricChart;

/**
 * Two synthetic edge-of-stability runs, as full-batch GD at η = 0.02 and 0.04 would record them (Cohen et al. 2021):
 * sharpness rises (progressive sharpening) and then hovers at 2/η = 100 and 50. They are written with the run store
 * API, so the test needs no training.
 */
class InstrumentChartsTest {
    private static final int STEPS = 2_000;
    private static final String EXPERIMENT = "edge-of-stability";
    private static final String LAUNCH = EXPERIMENT + "-20261122-120000";
    private static TestWorkbench workbench;

    @BeforeAll
    static void startWorkbench() throws Exception {
        workbench = TestWorkbench.get();
        workbench.settle();
    }

    /**
     * Writes one run: learning_rate every step, loss every step, instruments every 20 steps (sharpness, top-3
     * eigenvalues, trace, effective rank of two layers, NC1) with their clocks, and optional instrument failures.
     *
     * @param trainingPerStep seconds of training per step ({@code time/training} ends at {@code STEPS} times it)
     * @param failures steps at which the Hessian-trace instrument failed
     */
    private static String writeRun(RunStore store, int index, double eta, double trainingPerStep, long... failures)
            throws Exception {
        return writeRun(store, EXPERIMENT, LAUNCH + "-" + index, index, s -> eta, trainingPerStep, failures);
    }

    /** As above with a learning-rate schedule {@code etaAt(step)}; the hyperparameter holds its first value. */
    private static String writeRun(RunStore store, String experiment, String id, int index,
            java.util.function.IntToDoubleFunction etaAt, double trainingPerStep, long... failures) throws Exception {
        double eta = etaAt.applyAsDouble(0);
        Run run = LmwFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setExperimentName(experiment);
        run.setTotalSteps(STEPS);
        String[][] hyper = { { "seed", "0" }, { "dataset.name", "fashion-mnist" }, { "dataset.trainSize", "5000" },
                { "optimizer.kind", "sgd" }, { "optimizer.learningRate", Double.toString(eta) },
                { "optimizer.momentum", "0.0" }, { "training.mode", TrainingMode.FULL_BATCH.getLiteral() },
                { "training.loss", "mse" } };
        for (String[] kv : hyper) {
            Parameter p = LmwFactory.eINSTANCE.createParameter();
            p.setKey(kv[0]);
            p.setValue(kv[1]);
            run.getHyperparameters().add(p);
        }
        Random random = new Random(index);
        // As if it had run for the training and instrument seconds it records, ending now.
        double seconds = STEPS * (trainingPerStep + 0.0062);
        long startMillis = System.currentTimeMillis() - Math.round(seconds * 1000);
        run.setStartedAt(new java.util.Date(startMillis));
        try (RunSession session = store.create(run).start()) {
            MetricWriter m = session.metrics();
            long start = startMillis * 1_000_000L;
            double sharpTime = 0;
            double traceTime = 0;
            for (int s = 0; s < STEPS; s++) {
                long wall = start + Math.round((trainingPerStep + 0.0062) * 1e9 * (s + 1));
                double lr = etaAt.applyAsDouble(s);
                double threshold = 2 / lr;
                // Progressive sharpening towards ~115, then the edge of stability: λ hovers at 2/η.
                double rising = 5 + 110 * (1 - Math.exp(-s / 700.0));
                boolean atEdge = rising >= threshold;
                double lambda = atEdge ? threshold * (1 + 0.035 * Math.sin(s / 9.0) + 0.01 * random.nextGaussian())
                        : rising;
                double loss = 0.42 * Math.exp(-s * eta / 10) + 0.03 + (atEdge ? 0.012 * Math.abs(Math.sin(s / 9.0)) : 0);
                m.record(s, wall, "learning_rate", lr);
                m.record(s, wall, "loss", loss);
                if (s % 20 == 0 || s == STEPS - 1) {
                    sharpTime = 0.005 * (s + 1);
                    traceTime = 0.0012 * (s + 1);
                    m.record(s, wall, "sharpness", lambda);
                    m.record(s, wall, "sharpness/residual", 1e-7 * (1 + random.nextDouble()));
                    m.record(s, wall, "sharpness/iterations", 20 + random.nextInt(10));
                    m.record(s, wall, "hessian_eig/1", lambda);
                    m.record(s, wall, "hessian_eig/2", 0.62 * lambda);
                    m.record(s, wall, "hessian_eig/3", 0.41 * lambda);
                    m.record(s, wall, "hessian_trace", 7.5 * lambda);
                    m.record(s, wall, "effective_rank/fc1", 12 + 30 * Math.exp(-s / 600.0));
                    m.record(s, wall, "effective_rank/fc2", 8 + 22 * Math.exp(-s / 450.0));
                    m.record(s, wall, "nc1", 3.0 * Math.exp(-s / 800.0) + 0.2);
                    m.record(s, wall, "time/training", trainingPerStep * (s + 1));
                    m.record(s, wall, "time/instrument/sharpness", sharpTime);
                    m.record(s, wall, "time/instrument/hessian_trace", traceTime);
                }
                for (long f : failures) {
                    if (f == s) {
                        m.record(s, wall, "instrument_failure/hessian_trace", 1);
                    }
                }
            }
            session.updateDescriptor(r -> r.setSteps(STEPS));
            session.end(RunStatus.FINISHED, null);
        }
        return id;
    }

    private static TrainingRunsPart runsView() {
        return workbench.ui(() -> {
            EPartService parts = workbench.context().get(EPartService.class);
            MPart part = parts.showPart(RunsUi.PART_ID, EPartService.PartState.VISIBLE);
            return (TrainingRunsPart) part.getObject();
        });
    }

    private static void maximizeRunsView(boolean on) {
        workbench.run(() -> {
            MPart part = workbench.context().get(EPartService.class).findPart(RunsUi.PART_ID);
            MUIElement stack = part.getParent();
            if (on) {
                stack.getTags().add(IPresentationEngine.MAXIMIZED);
            } else {
                stack.getTags().remove(IPresentationEngine.MAXIMIZED);
            }
        });
    }

    private static ChartModel.Line line(ChartModel model, boolean threshold, String rate) {
        return model.lines().stream().filter(l -> InstrumentCharts.isThreshold(l) == threshold)
                .filter(l -> l.label().contains("learningRate=" + rate)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + (threshold ? "2/η" : "sharpness") + " line for η = "
                        + rate + " among " + model.lines().stream().map(ChartModel.Line::label).toList()));
    }

    /** The texts of the Instruments column of the tree's rows, by run id (groups expanded). */
    private static List<String[]> instrumentCells(Tree tree) {
        int column = -1;
        TreeColumn[] columns = tree.getColumns();
        for (int i = 0; i < columns.length; i++) {
            if (Messages.columnInstruments.equals(columns[i].getText())) {
                column = i;
            }
        }
        List<String[]> out = new ArrayList<>();
        List<TreeItem> items = new ArrayList<>(List.of(tree.getItems()));
        for (int i = 0; i < items.size(); i++) {
            TreeItem item = items.get(i);
            items.addAll(List.of(item.getItems()));
            out.add(new String[] { item.getText(0), column < 0 ? null : item.getText(column) });
        }
        return out;
    }

    private static String cellOf(Tree tree, String id) {
        return instrumentCells(tree).stream().filter(c -> c[0].equals(id)).map(c -> c[1]).findFirst().orElse(null);
    }

    @Test
    void sharpnessChartDrawsTwoOverEtaPerRunAndTheTableShowsInstrumentOverhead() throws Exception {
        RunStore store = RunStore.open(workbench.workspace());
        String slow = writeRun(store, 1, 0.02, 0.075);
        String fast = writeRun(store, 2, 0.04, 0.07, 1240, 1600);
        List<String> ids = List.of(slow, fast);
        TrainingRunsPart view = runsView();
        workbench.waitUntil("the two edge-of-stability runs in the table", () -> view.getTable().visibleRows()
                .stream().filter(r -> ids.contains(r.run().getId())).count() == 2, Duration.ofSeconds(20));
        workbench.run(() -> {
            view.setSmoothing(0);
            view.setMetric(0, "loss");
            view.setMetric(1, "sharpness");
            view.getTable().select(ids);
        });
        workbench.waitUntil("sharpness with two 2/η lines", () -> {
            ChartModel m = view.getCharts().get(1).model();
            return m != null && "sharpness".equals(m.metric()) && m.lines().size() == 4
                    && m.lines().stream().allMatch(l -> l.size() > 0);
        }, Duration.ofSeconds(20));
        ChartModel model = workbench.ui(() -> view.getCharts().get(1).model());

        // The sharpness of each run, at full length, rising and then at the edge.
        for (String rate : List.of("0.02", "0.04")) {
            ChartModel.Line sharp = line(model, false, rate);
            assertEquals(STEPS - 1, sharp.stats().lastStep());
            assertTrue(sharp.y()[0] < 10, "sharpness starts low");
            double edge = 2 / Double.parseDouble(rate);
            assertEquals(edge, sharp.stats().last(), 0.1 * edge, "sharpness ends at 2/η");
        }
        // Each run's threshold: dashed, in the run's colour, at 2/η over the whole run.
        double[][] expected = { { 0.02, 100 }, { 0.04, 50 } };
        for (double[] e : expected) {
            String rate = Double.toString(e[0]);
            ChartModel.Line t = line(model, true, rate);
            assertTrue(t.dashed());
            assertEquals(line(model, false, rate).color(), t.color(), "the run's colour");
            assertEquals("2/\u03b7 (learningRate=" + rate + ")", t.legend());
            assertEquals(0, t.steps()[0]);
            assertEquals(STEPS - 1, t.steps()[t.size() - 1]);
            for (double y : t.y()) {
                assertEquals(e[1], y, 1e-9, "2/η of η = " + rate);
            }
        }
        List<String> legend = workbench.ui(() -> view.getCharts().get(1).legend());
        assertTrue(legend.contains("2/\u03b7 (learningRate=0.02)") && legend.contains("2/\u03b7 (learningRate=0.04)"),
                "legend: " + legend);
        // The SWTChart widget really holds the four series, the thresholds at 100 and 50.
        List<double[]> drawn = workbench.ui(() -> {
            List<double[]> ys = new ArrayList<>();
            for (org.eclipse.swtchart.ISeries<?> s : view.getCharts().get(1).chart().getSeriesSet().getSeries()) {
                if (s.getDescription() != null && s.getDescription().startsWith("2/\u03b7")) {
                    ys.add(s.getYSeries());
                }
            }
            return ys;
        });
        assertEquals(2, drawn.size());
        assertTrue(drawn.stream().anyMatch(y -> y[0] == 100) && drawn.stream().anyMatch(y -> y[0] == 50));

        // Overhead beside the training time, and the failures of an instrument that did not stop the run.
        workbench.waitUntil("the Instruments cells", () -> cellOf(view.getTable().viewer().getTree(), fast) != null
                && !cellOf(view.getTable().viewer().getTree(), fast).isEmpty(), Duration.ofSeconds(10));
        String slowCell = workbench.ui(() -> cellOf(view.getTable().viewer().getTree(), slow));
        String fastCell = workbench.ui(() -> cellOf(view.getTable().viewer().getTree(), fast));
        assertEquals("12.4 s (8.3 % of training 150 s)", slowCell);
        assertEquals("\u26a0 2 failures (last at step 1600) \u00b7 12.4 s (8.9 % of training 140 s)", fastCell);
        String details = workbench.ui(() -> view.getTable().overhead(view.getTable().visibleRows().stream()
                .filter(r -> r.run().getId().equals(fast)).findFirst().orElseThrow()).details());
        assertTrue(details.contains("hessian_trace: 2.4 s (1.7 %), failed 2 times (last at step 1600)"), details);
        assertTrue(details.contains("sharpness: 10.0 s (7.1 %)"), details);

        // Families: effective rank of both layers, one line per layer and run.
        List<String> items = workbench.ui(() -> List.of(view.getMetricItems(0)));
        assertTrue(items.contains("effective_rank/*") && items.contains("hessian_eig/*"), "chooser: " + items);
        workbench.run(() -> view.setMetric(0, "effective_rank/*"));
        workbench.waitUntil("four effective-rank lines", () -> {
            ChartModel m = view.getCharts().get(0).model();
            return m != null && "effective_rank/*".equals(m.metric()) && m.lines().size() == 4;
        }, Duration.ofSeconds(20));
        List<String> labels = workbench.ui(() -> view.getCharts().get(0).model().lines().stream()
                .map(ChartModel.Line::label).toList());
        assertTrue(labels.contains("fc1 \u00b7 learningRate=0.02") && labels.contains("fc2 \u00b7 learningRate=0.04"),
                "labels: " + labels);

        // The picture: loss and sharpness side by side, the sweep chart beside them.
        workbench.run(() -> view.setMetric(0, "loss"));
        workbench.waitUntil("the loss chart back", () -> {
            ChartModel m = view.getCharts().get(0).model();
            return m != null && "loss".equals(m.metric()) && !m.lines().isEmpty();
        }, Duration.ofSeconds(20));
        int before = workbench.ui(() -> view.getCharts().get(1).updates());
        maximizeRunsView(true);
        // The view refreshes its charts at their new size; then the y axis has room to say what is measured.
        workbench.waitUntil("the sharpness chart's y title", () -> view.getCharts().get(1).updates() > before
                && view.getCharts().get(1).chart().getAxisSet().getYAxis(0).getTitle().getText()
                        .startsWith("sharpness"), Duration.ofSeconds(20));
        workbench.settle();
        Path shot = workbench.screenshot("sharpness-eos");
        Path chartShot = shot.resolveSibling("sharpness-eos-chart.png");
        workbench.run(() -> {
            try {
                view.export(view.getCharts().get(1), 1, Messages.exportPng, chartShot);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        maximizeRunsView(false);

        // A schedule: η halves at step 1000, so the threshold steps up from 50 to 100 and sharpness follows it.
        String scheduled = writeRun(store, "eos-schedule", "eos-step-schedule", 3, s -> s < 1000 ? 0.04 : 0.02,
                0.07);
        workbench.waitUntil("the scheduled run in the table", () -> view.getTable().visibleRows().stream()
                .anyMatch(r -> r.run().getId().equals(scheduled)), Duration.ofSeconds(20));
        workbench.run(() -> view.getTable().select(List.of(scheduled)));
        workbench.waitUntil("the scheduled run's sharpness and threshold", () -> {
            ChartModel m = view.getCharts().get(1).model();
            return m != null && m.lines().size() == 2 && m.lines().get(0).runIds().equals(List.of(scheduled))
                    && m.lines().get(1).size() > 0;
        }, Duration.ofSeconds(20));
        ChartModel.Line staircase = workbench.ui(() -> view.getCharts().get(1).model().lines().get(1));
        assertTrue(InstrumentCharts.isThreshold(staircase) && staircase.dashed());
        assertEquals(List.of(0L, 1000L, 1000L, (long) STEPS - 1),
                java.util.Arrays.stream(staircase.steps()).boxed().toList(), "a jump where η changes");
        assertEquals(List.of(50.0, 50.0, 100.0, 100.0), java.util.Arrays.stream(staircase.y()).boxed()
                .map(y -> Math.round(y * 1e9) / 1e9).toList());
        Path scheduleShot = shot.resolveSibling("sharpness-eos-schedule.png");
        maximizeRunsView(true);
        workbench.settle();
        int shown = workbench.ui(() -> view.getCharts().get(1).updates());
        workbench.run(() -> view.setMetric(1, "sharpness"));
        workbench.waitUntil("the chart redrawn at its maximized size", () -> {
            ChartModel m = view.getCharts().get(1).model();
            return view.getCharts().get(1).updates() > shown && m != null && m.lines().size() == 2;
        }, Duration.ofSeconds(20));
        workbench.settle();
        workbench.run(() -> {
            try {
                view.export(view.getCharts().get(1), 1, Messages.exportPng, scheduleShot);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        maximizeRunsView(false);
        workbench.run(() -> {
            view.setSmoothing(0.6);
            view.setMetric(1, "test_accuracy");
        });
        assertTrue(Files.size(shot) > 10_000);
        assertTrue(Files.size(chartShot) > 1_000);
    }
}
