// Verdicts on real run-store runs: right predictions supported, wrong ones refuted, for every kind; pending/inconclusive.
package org.lmw.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Notebook;
import org.lmw.model.OrderDirection;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionKind;
import org.lmw.model.RunStatus;
import org.lmw.model.Verdict;
import org.lmw.model.Window;

class NotebookEvaluatorTest {

    @TempDir
    Path workspace;

    private RunStore store;
    private NotebookEvaluator evaluator;

    @BeforeEach
    void setUp() throws Exception {
        store = RunStore.open(workspace);
        evaluator = new NotebookEvaluator(store);
    }

    private PredictionOutcome check(Prediction p, Verdict expected) {
        PredictionOutcome o = evaluator.evaluate(p);
        System.out.println(o.line());
        assertEquals(expected, o.verdict(), o.line());
        assertTrue(!o.evidence().isBlank() && !o.evidence().contains("\n"), "one evidence line");
        return o;
    }

    @Test
    void thresholdOnFinalAccuracy() throws Exception {
        NotebookFixtures.write(store, NotebookFixtures.run("mlp-1", "mlp"), "test_accuracy", 1000, 100,
                s -> 0.5 + 0.39 * s / 900.0);
        Prediction right = NotebookFixtures.prediction("final accuracy >= 0.88", PredictionKind.THRESHOLD,
                "test_accuracy", "mlp", Window.END, 0.88, Double.POSITIVE_INFINITY);
        PredictionOutcome o = check(right, Verdict.SUPPORTED);
        assertEquals(List.of("mlp-1"), o.runIds());
        assertEquals(0.89, o.values().get("value_mean"), 1e-9);
        assertEquals(0.88, o.predictedLower());
        assertEquals(null, o.predictedUpper());
        assertEquals(1, o.observed().size());
        assertEquals(10, o.observed().get(0).x().length);
        Prediction wrong = NotebookFixtures.prediction("final accuracy >= 0.95", PredictionKind.THRESHOLD,
                "test_accuracy", "mlp", Window.END, 0.95, Double.POSITIVE_INFINITY);
        check(wrong, Verdict.REFUTED);
        Prediction atStep = NotebookFixtures.prediction("accuracy at step 450 in [0.6, 0.75]",
                PredictionKind.INTERVAL, "test_accuracy", "mlp", Window.AT_STEP, 0.6, 0.75);
        atStep.setAtStep(450);
        PredictionOutcome at = check(atStep, Verdict.SUPPORTED);
        assertEquals(0.5 + 0.39 * 400 / 900.0, at.values().get("value_mean"), 1e-9);
        atStep.setAtStep(5000);
        check(atStep, Verdict.INCONCLUSIVE);
    }

    @Test
    void ratioToTwoOverEtaInTheLastHalfIsJudgedPerRun() throws Exception {
        Random random = new Random(3);
        for (double lr : new double[] {0.01, 0.02, 0.04}) {
            double edge = 2 / lr;
            NotebookFixtures.write(store, NotebookFixtures.run("eos-" + lr, "edge-of-stability",
                    "optimizer.learningRate", Double.toString(lr), "seed", "0"), "sharpness", 2000, 10,
                    s -> s < 1000 ? edge * s / 1000.0 : edge * (1 + 0.05 * random.nextGaussian()));
        }
        Prediction p = NotebookFixtures.prediction("sharpness hovers at 2/eta", PredictionKind.RATIO, "sharpness",
                "edge-of-stability", Window.LAST_HALF, 0.85, 1.15);
        p.setTheory("2/learning_rate");
        PredictionOutcome o = check(p, Verdict.SUPPORTED);
        assertEquals(3, o.runIds().size());
        assertEquals(1.0, o.values().get("ratio_mean"), 0.02);
        EvidenceSeries line = o.observed().get(0);
        assertEquals(200, line.x().length, "short series are charted whole");
        assertEquals(1990.0, line.x()[line.x().length - 1]);
        p.setTheory("1/eta");
        check(p, Verdict.REFUTED);
        p.setWindow(Window.WHOLE_RUN);
        p.setTheory("2/lr");
        check(p, Verdict.REFUTED);
        p.setTheory("2/optimizer.momentum");
        PredictionOutcome missing = check(p, Verdict.INCONCLUSIVE);
        assertTrue(missing.evidence().contains("momentum"), missing.evidence());
    }

    @Test
    void powerLawOfLossAgainstSteps() throws Exception {
        Random random = new Random(11);
        for (int seed = 0; seed < 2; seed++) {
            NotebookFixtures.write(store, NotebookFixtures.run("ts-" + seed, "teacher-student", "seed",
                    Integer.toString(seed)), "loss", 5001, 5,
                    s -> 3 * Math.pow(Math.max(s, 1), -0.5) + 0.1 + 0.002 * random.nextGaussian());
        }
        Prediction p = NotebookFixtures.prediction("loss ~ t^-0.5", PredictionKind.POWER_LAW, "loss",
                "teacher-student", Window.WHOLE_RUN, 0.4, 0.6);
        PredictionOutcome o = check(p, Verdict.SUPPORTED);
        assertEquals(0.5, o.values().get("alpha"), 0.03);
        assertTrue(o.values().get("alpha_ci_low") <= o.values().get("alpha"));
        assertTrue(o.values().get("points") <= NotebookEvaluator.MAX_FIT_POINTS);
        assertNotNull(o.observed().get(0).predictedY());
        assertEquals(o.observed().get(0).x().length, o.observed().get(0).predictedY().length);
        p.setLower(1.0);
        p.setUpper(2.0);
        check(p, Verdict.REFUTED);
        p.setLower(0.3);
        p.setUpper(0.5);
        check(p, Verdict.INCONCLUSIVE);
    }

    @Test
    void powerLawAgainstASweptHyperparameter() throws Exception {
        for (int width : new int[] {8, 16, 32, 64, 128, 256}) {
            double finalLoss = 2 * Math.pow(width, -1.0) + 0.05;
            NotebookFixtures.write(store, NotebookFixtures.run("w-" + width, "width-sweep", "model.width",
                    Integer.toString(width)), "loss", 100, 10, s -> finalLoss + (99 - s) * 0.01);
        }
        Prediction p = NotebookFixtures.prediction("final loss ~ width^-1", PredictionKind.POWER_LAW, "loss",
                "width-sweep", Window.END, 0.8, 1.2);
        p.setAgainst("width");
        PredictionOutcome o = check(p, Verdict.SUPPORTED);
        assertEquals(1.0, o.values().get("alpha"), 1e-3);
        assertEquals(6, o.runIds().size());
        p.setLower(1.5);
        p.setUpper(3);
        check(p, Verdict.REFUTED);
    }

    @Test
    void orderingByLearningRate() throws Exception {
        for (double lr : new double[] {0.01, 0.03, 0.1}) {
            for (int seed = 0; seed < 2; seed++) {
                int sd = seed;
                NotebookFixtures.write(store, NotebookFixtures.run("lr-" + lr + "-" + seed, "lr-sweep",
                        "optimizer.learningRate", Double.toString(lr), "seed", Integer.toString(seed)), "loss", 200,
                        10, s -> 1 / (1 + lr * s) + 0.001 * sd);
            }
        }
        Prediction p = NotebookFixtures.prediction("larger steps, lower final loss", PredictionKind.ORDERING,
                "loss", "lr-sweep", Window.END, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        p.setAgainst("optimizer.learningRate");
        p.setDirection(OrderDirection.DECREASING);
        PredictionOutcome o = check(p, Verdict.SUPPORTED);
        assertEquals(3, o.observed().size());
        p.setDirection(OrderDirection.INCREASING);
        check(p, Verdict.REFUTED);
    }

    @Test
    void comparisonOfTwoGroups() throws Exception {
        for (int seed = 0; seed < 3; seed++) {
            int sd = seed;
            NotebookFixtures.write(store, NotebookFixtures.run("a-" + seed, "cmp", "model.width", "256", "seed",
                    Integer.toString(seed)), "test_accuracy", 100, 10, s -> 0.90 + 0.005 * sd);
            NotebookFixtures.write(store, NotebookFixtures.run("b-" + seed, "cmp", "model.width", "32", "seed",
                    Integer.toString(seed)), "test_accuracy", 100, 10, s -> 0.80 + 0.005 * sd);
        }
        Prediction p = NotebookFixtures.prediction("wider is 5-15 points better", PredictionKind.COMPARISON,
                "test_accuracy", "cmp", Window.END, 0.05, 0.15);
        p.setQuery(NotebookFixtures.query("cmp", "width", "256"));
        p.setComparisonQuery(NotebookFixtures.query("cmp", "model.width", "32"));
        PredictionOutcome o = check(p, Verdict.SUPPORTED);
        assertEquals(0.1, o.values().get("difference"), 1e-9);
        assertEquals(6, o.runIds().size());
        p.setLower(0.3);
        p.setUpper(0.5);
        check(p, Verdict.REFUTED);
    }

    @Test
    void pendingWithoutRunsInconclusiveWhileTrainingOrWithoutTheMetric() throws Exception {
        Prediction p = NotebookFixtures.prediction("final accuracy >= 0.88", PredictionKind.THRESHOLD,
                "test_accuracy", "later", Window.END, 0.88, Double.POSITIVE_INFINITY);
        PredictionOutcome pending = check(p, Verdict.PENDING);
        assertTrue(pending.missing().contains("later"), pending.missing());

        NotebookFixtures.write(store, NotebookFixtures.run("later-1", "later"), "test_accuracy", 100, 10, s -> 0.9,
                RunStatus.RUNNING);
        // The session closed without an end: the store still says running until start-up marks it interrupted.
        PredictionOutcome training = evaluator.evaluate(p);
        System.out.println(training.line());
        assertTrue(training.verdict() == Verdict.INCONCLUSIVE, training.line());

        NotebookFixtures.write(store, NotebookFixtures.run("later-2", "later"), "loss", 100, 10, s -> 0.9);
        PredictionOutcome noMetric = check(p, Verdict.INCONCLUSIVE);
        assertTrue(noMetric.evidence().contains("has no test_accuracy"), noMetric.evidence());
    }

    @Test
    void notebookEvaluationJudgesLatestVersionsAndApplyWritesEvidence() throws Exception {
        NotebookFixtures.write(store, NotebookFixtures.run("mlp-1", "mlp"), "test_accuracy", 100, 10, s -> 0.9);
        Notebook nb = NotebookFixtures.notebook("nb");
        nb.getCells().add(NotebookFixtures.text("intro"));
        Prediction v1 = NotebookFixtures.prediction("acc >= 0.95", PredictionKind.THRESHOLD, "test_accuracy", "mlp",
                Window.END, 0.95, Double.POSITIVE_INFINITY);
        var cell = NotebookFixtures.cell("acc", v1);
        nb.getCells().add(cell);
        PredictionFreezer.freeze(v1, java.time.Instant.now().minusSeconds(60));
        NotebookEvaluator.apply(evaluator.evaluate(v1));
        assertEquals(Verdict.REFUTED, v1.getVerdict());
        Prediction v2 = PredictionFreezer.newVersion(cell);
        v2.setLower(0.85);
        PredictionFreezer.freeze(v2, java.time.Instant.now());
        List<PredictionOutcome> outcomes = evaluator.evaluate(nb);
        assertEquals(1, outcomes.size());
        assertEquals(v2, outcomes.get(0).prediction());
        NotebookEvaluator.apply(outcomes.get(0));
        assertEquals(Verdict.SUPPORTED, v2.getVerdict());
        assertEquals(Verdict.REFUTED, v1.getVerdict(), "the old version keeps its verdict");
        assertEquals(List.of("mlp-1"), v2.getEvidence().getRunIds());
        assertNotNull(v2.getEvidence().getEvaluatedAt());
        assertTrue(v2.getEvidence().getSummary().contains("0.9"));
        assertTrue(v2.getEvidence().getValues().stream().anyMatch(v -> v.getKey().equals("value_mean")));
        assertTrue(outcomes.get(0).evidence().contains("created before the prediction was frozen"),
                outcomes.get(0).evidence());
        assertTrue(!PredictionFreezer.tampered(v2), "evaluation must not unfreeze");
    }

    @Test
    void chartLinesAreThinnedKeepingSpikesAndEnds() {
        long[] steps = new long[100_000];
        double[] values = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
            values[i] = i == 54_321 ? 100 : Math.sin(i / 1000.0);
        }
        values[7] = Double.NaN;
        EvidenceSeries line = NotebookEvaluator.chartSeries("x", steps, values, null);
        assertTrue(line.x().length <= 400, "at most 400 points: " + line.x().length);
        assertEquals(0.0, line.x()[0]);
        assertEquals(99_999.0, line.x()[line.x().length - 1]);
        assertTrue(java.util.Arrays.stream(line.y()).anyMatch(v -> v == 100), "the spike stays");
        assertTrue(java.util.Arrays.stream(line.y()).allMatch(Double::isFinite));
    }
}
