// Proves the 2/η overlay follows a learning-rate schedule, families chart one line per member, overhead adds up.
package org.lmw.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.runstore.RunSession;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;

class InstrumentChartsTest {
    @TempDir
    Path workspace;

    private static Columns columns(long[] steps, double[] values) {
        long[] walls = new long[steps.length];
        for (int i = 0; i < steps.length; i++) {
            walls[i] = 1_000_000_000L * (1 + steps[i]);
        }
        return new Columns(steps, walls, values);
    }

    @Test
    void aConstantLearningRateGivesAFlatLineOverTheWholeRange() {
        long[] steps = new long[1000];
        double[] eta = new double[1000];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
            eta[i] = 0.02;
        }
        Columns line = StabilityThreshold.series(columns(steps, eta), 2, 1200, 1_201_000_000_000L);
        assertArrayEquals(new long[] { 0, 1200 }, line.steps(), "two points, extended to the metric's last step");
        assertEquals(100, line.values()[0], 1e-12);
        assertEquals(100, line.values()[1], 1e-12);
    }

    @Test
    void aStepScheduleGivesAStaircaseWithVerticalJumpsAtTheChanges() {
        // η = 0.02 for steps 0..499, 0.04 from 500 on (a step-up schedule), recorded every step.
        long[] steps = new long[1000];
        double[] eta = new double[1000];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
            eta[i] = i < 500 ? 0.02 : 0.04;
        }
        Columns line = StabilityThreshold.series(columns(steps, eta), 2, -1, 0);
        assertArrayEquals(new long[] { 0, 500, 500, 999 }, line.steps());
        assertArrayEquals(new double[] { 100, 100, 50, 50 }, line.values(), 1e-12);
        // Momentum 0.9 moves the threshold to (2 + 2β)/η.
        Columns heavy = StabilityThreshold.series(columns(steps, eta), 2 + 2 * 0.9, -1, 0);
        assertEquals(3.8 / 0.02, heavy.values()[0], 1e-9);
        assertEquals(3.8 / 0.04, heavy.values()[3], 1e-9);
    }

    @Test
    void aSmoothScheduleIsFollowedPointByPointAndZeroLearningRateLeavesAGap() {
        long[] steps = new long[100];
        double[] eta = new double[100];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
            eta[i] = 0.1 * i / 99; // linear warm-up from 0
        }
        Columns line = StabilityThreshold.series(columns(steps, eta), 2, -1, 0);
        assertEquals(100, line.size());
        assertTrue(Double.isNaN(line.values()[0]), "η = 0 has no threshold");
        assertEquals(20, line.values()[99], 1e-9);
    }

    @Test
    void theFactorFollowsTheOptimizer() {
        assertEquals(2, StabilityThreshold.factor(TestRuns.run("a", "optimizer.kind", "sgd")));
        assertEquals(3, StabilityThreshold.factor(TestRuns.run("b", "optimizer.momentum", "0.5")));
        assertTrue(Double.isNaN(StabilityThreshold.factor(TestRuns.run("c", "optimizer.kind", "adam"))));
        assertEquals("2/\u03b7", StabilityThreshold.symbol(2));
    }

    /** Writes a run with sharpness every 10 steps, η every step (changing at step 300), and instrument timings. */
    private static Run writeEosRun(RunStore store, String id, double eta) throws Exception {
        Run run = TestRuns.run(id, "optimizer.learningRate", Double.toString(eta), "optimizer.kind", "sgd");
        try (RunSession session = store.create(run).start()) {
            for (int s = 0; s < 600; s++) {
                double lr = s < 300 ? eta : eta / 2;
                session.metrics().record(s, "learning_rate", lr);
                session.metrics().record(s, "loss", 1.0 / (1 + s));
                if (s % 10 == 0) {
                    session.metrics().record(s, "sharpness", Math.min(2 / lr, 1 + s * 0.5));
                    session.metrics().record(s, "hessian_eig/1", Math.min(2 / lr, 1 + s * 0.5));
                    session.metrics().record(s, "hessian_eig/2", 0.5 * Math.min(2 / lr, 1 + s * 0.5));
                    session.metrics().record(s, "hessian_eig/10", 0.1);
                    session.metrics().record(s, "time/training", 0.25 * s);
                    session.metrics().record(s, "time/instrument/sharpness", 0.02 * s);
                    session.metrics().record(s, "time/instrument/hessian_trace", 0.004 * s);
                }
                if (s == 200 || s == 410) {
                    session.metrics().record(s, "instrument_failure/sharpness", 1);
                }
            }
            session.metrics().record(599, "instrument_every/hessian_trace", 50);
            session.end(RunStatus.FINISHED, null);
        }
        return store.load(id);
    }

    @Test
    void theSharpnessChartDrawsEachRunsThresholdInItsColourFollowingTheSchedule() throws Exception {
        RunStore store = RunStore.open(workspace);
        Run a = writeEosRun(store, "eos-a", 0.02);
        Run b = writeEosRun(store, "eos-b", 0.04);
        try (ChartDataProvider provider = new ChartDataProvider(store)) {
            ChartRequest request = new ChartRequest(List.of(a, b), "sharpness", true, XAxis.STEP, false, 0, false,
                    800);
            ChartModel model = InstrumentCharts.fetch(provider, request);
            assertEquals(4, model.lines().size(), "two sharpness lines and two thresholds: " + model.lines());
            ChartModel.Line sa = model.lines().get(0);
            ChartModel.Line ta = model.lines().get(2);
            ChartModel.Line tb = model.lines().get(3);
            assertTrue(InstrumentCharts.isThreshold(ta) && ta.dashed());
            assertEquals(sa.color(), ta.color(), "the threshold takes its run's colour");
            assertEquals("2/\u03b7 (learningRate=0.02)", ta.legend());
            assertEquals("2/\u03b7 (learningRate=0.04)", tb.legend());
            assertArrayEquals(new double[] { 100, 100, 200, 200 }, ta.y(), 1e-9, "η halves at step 300");
            assertArrayEquals(new long[] { 0, 300, 300, 599 }, ta.steps());
            assertArrayEquals(new double[] { 50, 50, 100, 100 }, tb.y(), 1e-9);
            // The CSV of the chart carries the threshold too.
            assertTrue(CsvExport.toString(InstrumentCharts.shown(provider, request)).contains("2/\u03b7"));
            // Not on other metrics, nor for Adam.
            ChartModel loss = InstrumentCharts.fetch(provider, new ChartRequest(List.of(a, b), "loss", false,
                    XAxis.STEP, false, 0, false, 800));
            assertTrue(loss.lines().stream().noneMatch(InstrumentCharts::isThreshold));
        }
    }

    @Test
    void aFamilyIsOfferedInTheChooserAndChartsOneLinePerMemberWithTheThresholdOnTheTopEigenvalue() throws Exception {
        RunStore store = RunStore.open(workspace);
        Run a = writeEosRun(store, "eos-a", 0.02);
        try (ChartDataProvider provider = new ChartDataProvider(store)) {
            List<String> items = InstrumentCharts.chooserItems(provider.metrics(List.of(a)));
            int family = items.indexOf("hessian_eig/*");
            assertTrue(family >= 0, "items: " + items);
            assertEquals(List.of("hessian_eig/1", "hessian_eig/2", "hessian_eig/10"), items.subList(family + 1,
                    family + 4), "natural order after the family entry");
            assertTrue(items.contains("time/instrument/*"));
            assertFalse(items.contains("time/*"), "a single member is no family");

            ChartModel model = InstrumentCharts.fetch(provider, new ChartRequest(List.of(a), "hessian_eig/*", false,
                    XAxis.STEP, false, 0, false, 800));
            List<String> labels = model.lines().stream().map(ChartModel.Line::label).toList();
            assertEquals(List.of("1", "2", "10", "2/\u03b7 (eos-a)"), labels);
            assertEquals(3, model.lines().stream().map(ChartModel.Line::color).distinct().count());
            assertNotNull(InstrumentCharts.axisTitle("effective_rank/*"));
            assertNotNull(InstrumentCharts.axisTitle("sharpness"));
            assertEquals(null, InstrumentCharts.axisTitle("loss"));
        }
    }

    @Test
    void overheadIsTheLastPointOfEachClockAndFailuresAreCountedWithTheirLastStep() throws Exception {
        RunStore store = RunStore.open(workspace);
        Run a = writeEosRun(store, "eos-a", 0.02);
        Run plain = TestRuns.write(store, TestRuns.run("plain"), "loss", 100, 1, s -> 1.0 / (1 + s));
        try (ChartDataProvider provider = new ChartDataProvider(store)) {
            InstrumentOverhead o = InstrumentOverhead.read(provider, a);
            assertEquals(0.25 * 590, o.trainingSeconds(), 1e-9);
            assertEquals(0.024 * 590, o.instrumentSeconds(), 1e-9);
            assertEquals(0.096, o.fraction(), 1e-9);
            assertEquals(2, o.failures());
            assertEquals(410, o.lastFailureStep());
            assertEquals(50, o.instruments().get("hessian_trace").every());
            assertEquals("\u26a0 2 failures (last at step 410) \u00b7 14.2 s (9.6 % of training 148 s)", o.cell());
            assertTrue(o.details().contains("sharpness: 11.8 s (8.0 %), failed 2 times (last at step 410)"),
                    o.details());
            assertTrue(o.details().contains("thinned by its budget to every 50 steps"), o.details());
            assertTrue(InstrumentOverhead.read(provider, plain).isEmpty());
            assertEquals("", InstrumentOverhead.read(provider, plain).cell());
        }
    }
}
