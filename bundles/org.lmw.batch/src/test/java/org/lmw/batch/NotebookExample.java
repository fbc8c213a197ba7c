// Builds the example notebook examples/learning-mechanics.lmwnb and the teacher-student experiment it needs.
package org.lmw.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.lmw.core.notebook.PredictionFreezer;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.core.persistence.NotebookFiles;
import org.lmw.model.Activation;
import org.lmw.model.Aggregation;
import org.lmw.model.Architecture;
import org.lmw.model.ChartCell;
import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.ModelSpec;
import org.lmw.model.Notebook;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.Parametrisation;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.RunQuery;
import org.lmw.model.ScheduleKind;
import org.lmw.model.ScheduleSpec;
import org.lmw.model.Sweep;
import org.lmw.model.SweepAxis;
import org.lmw.model.TextCell;
import org.lmw.model.TrainingMode;
import org.lmw.model.TrainingSpec;
import org.lmw.model.Window;

/**
 * The example notebook, as code: the single source of {@code examples/learning-mechanics.lmwnb} and of
 * {@code examples/teacher-student.lmw}, the experiment of its power law. {@link NotebookExampleTest} checks the shipped
 * files equal these. The predictions were frozen at the times below, before any run of the seeds they are judged on
 * existed; rewriting the files keeps those times and hashes.
 */
final class NotebookExample {

    static final String NOTEBOOK = "learning-mechanics.lmwnb";
    static final String TEACHER_STUDENT = "teacher-student.lmw";
    static final Instant FROZEN = Instant.parse("2026-11-22T18:40:00Z");

    private NotebookExample() {
    }

    /**
     * Teacher-student regression: 32-dimensional Gaussian inputs, a tanh teacher of width 8 with label noise 0.05, a
     * 32-128-1 tanh student trained by SGD (0.05, batch 64) for 4 000 steps, test loss every 100 steps; seeds 1 to 3
     * (the seed also draws the teacher). About 15 s a run on one core.
     */
    static Experiment teacherStudent() {
        LmwFactory f = LmwFactory.eINSTANCE;
        Experiment e = f.createExperiment();
        e.setName("teacher-student");
        e.setDescription("Teacher-student regression: Gaussian inputs (d=32) labelled by a random tanh teacher of width"
                + " 8 plus noise 0.05; a 32-128-1 tanh student, plain SGD 0.05, batch 64, 4000 steps, test loss every"
                + " 100 steps; seeds 1, 2, 3. The example notebook fits its test loss against steps to a power law.");
        e.setSeed(1);
        DatasetRef d = f.createDatasetRef();
        d.setName("teacher-student");
        d.setTrainSize(4096);
        d.setTestSize(1024);
        d.setInputDimension(32);
        d.setOutputDimension(1);
        d.setNoise(0.05);
        e.setDataset(d);
        ModelSpec m = f.createModelSpec();
        m.setArchitecture(Architecture.MLP);
        m.setWidth(128);
        m.setDepth(1);
        m.setActivation(Activation.TANH);
        m.setParametrisation(Parametrisation.STANDARD);
        m.setInitScale(1.0);
        e.setModel(m);
        OptimizerSpec o = f.createOptimizerSpec();
        o.setKind(OptimizerKind.SGD);
        o.setLearningRate(0.05);
        o.setMomentum(0.0);
        o.setWeightDecay(0.0);
        ScheduleSpec s = f.createScheduleSpec();
        s.setKind(ScheduleKind.CONSTANT);
        o.setSchedule(s);
        e.setOptimizer(o);
        TrainingSpec t = f.createTrainingSpec();
        t.setMode(TrainingMode.MINIBATCH);
        t.setBatchSize(64);
        t.setEpochs(0);
        t.setMaxSteps(4000);
        t.setShuffle(true);
        t.setEvalEvery(100);
        t.setCheckpointEvery(1000);
        e.setTraining(t);
        Sweep sweep = f.createSweep();
        SweepAxis seeds = f.createSweepAxis();
        seeds.setParameter("seed");
        seeds.getValues().addAll(List.of("1", "2", "3"));
        sweep.getAxes().add(seeds);
        e.setSweep(sweep);
        return e;
    }

    static Notebook notebook() {
        Notebook nb = LmwFactory.eINSTANCE.createNotebook();
        nb.setTitle("Learning mechanics: three falsifiable predictions");
        nb.getCells().add(text("intro", """
                # Three predictions, frozen before their runs

                Each prediction below was written down and **frozen** (a timestamp and a SHA-256 hash of its content
                stored in this file) before any of the runs it is judged on existed. `lmw check` trains the runs that
                are missing, judges every prediction and records the verdict with its evidence:

                ```
                lmw check examples/learning-mechanics.lmwnb
                lmw export-html examples/learning-mechanics.lmwnb
                ```

                Verdicts: *supported*, *refuted*, *inconclusive* (not enough data; the evidence says what is missing) and
                *pending* (no runs yet). Editing a frozen prediction makes a new version; the old one keeps its verdict.
                Editing the file by hand instead is detected: `lmw check` then refuses the notebook (exit code 2)."""));

        nb.getCells().add(text("eos-text", """
                ## 1. The edge of stability

                Full-batch gradient descent with step size *η* is stable on a quadratic only while the sharpness (the
                largest Hessian eigenvalue) stays below `2/η`. Cohen et al. (2021, *Gradient Descent on Neural Networks
                Typically Occurs at the Edge of Stability*) observed that training first **sharpens** until the
                sharpness reaches `2/η`, and then hovers there while the loss keeps falling, non-monotonically.

                **Prediction.** In every run of the `edge-of-stability` experiment, the sharpness divided by `2/η` (each
                run's own learning rate) averages between 0.85 and 1.15 over the last half of training."""));
        Prediction eos = prediction("Sharpness hovers at 2/η over the last half of training", PredictionKind.RATIO,
                "sharpness", query("edge-of-stability"), Window.LAST_HALF, 0.85, 1.15);
        eos.setTheory("2/learning_rate");
        nb.getCells().add(frozen("eos", eos, FROZEN));
        nb.getCells().add(chart("eos-chart", "sharpness", query("edge-of-stability")));

        nb.getCells().add(text("power-law-text", """
                ## 2. A power law in training time

                A student network learning a noisy teacher approaches its noise floor slowly: the test loss against the
                step *t* is expected to follow `L(t) = a·t^(−α) + c`, with *c* the irreducible error and an exponent of
                order one half for a well-conditioned regression problem trained by SGD.

                **Prediction.** For the `teacher-student` experiment (seeds 1 to 3, their mean curve), the fitted *α*
                of the test loss over the whole run lies in [0.3, 0.9]: the 95 % bootstrap interval must lie inside
                this range to support it, and a disjoint interval refutes it.

                *Disclosure:* one pilot run with seed 0, trained while writing this notebook, gave α ≈ 0.56 (interval
                0.46 to 0.67). The seeds judged here also draw new teachers, and none of their runs existed when the
                prediction was frozen."""));
        Prediction law = prediction("Test loss decays as a power law in steps with α in [0.3, 0.9]",
                PredictionKind.POWER_LAW, "test_loss", query("teacher-student"), Window.WHOLE_RUN, 0.3, 0.9);
        law.setAgainst("step");
        law.setConfidence(0.95);
        nb.getCells().add(frozen("power-law", law, FROZEN));
        nb.getCells().add(chart("power-law-chart", "test_loss", query("teacher-student")));

        nb.getCells().add(text("mlp-text", """
                ## 3. A baseline that must hold

                The shipped Fashion-MNIST MLP (784-256-256-10, SGD with momentum and a cosine schedule, 12 epochs) is
                the workbench's reference run. A regression in the engine, the data pipeline or the optimizer shows up
                first as a lower final accuracy.

                **Prediction.** The final test accuracy of `fashion-mnist-mlp` is at least 0.88."""));
        Prediction acc = prediction("Final test accuracy of the Fashion-MNIST MLP is at least 0.88",
                PredictionKind.THRESHOLD, "test_accuracy", query("fashion-mnist-mlp"), Window.END, 0.88,
                Double.POSITIVE_INFINITY);
        nb.getCells().add(frozen("mlp-accuracy", acc, FROZEN));
        return nb;
    }

    private static TextCell text(String id, String markdown) {
        TextCell t = LmwFactory.eINSTANCE.createTextCell();
        t.setId(id);
        t.setMarkdown(markdown);
        return t;
    }

    private static ChartCell chart(String id, String metric, RunQuery query) {
        ChartCell c = LmwFactory.eINSTANCE.createChartCell();
        c.setId(id);
        c.setMetric(metric);
        c.setAggregation(Aggregation.NONE);
        c.setQuery(query);
        return c;
    }

    private static RunQuery query(String experiment) {
        RunQuery q = LmwFactory.eINSTANCE.createRunQuery();
        q.setExperiment(experiment);
        return q;
    }

    private static Prediction prediction(String statement, PredictionKind kind, String metric, RunQuery query,
            Window window, double lower, double upper) {
        Prediction p = LmwFactory.eINSTANCE.createPrediction();
        p.setStatement(statement);
        p.setKind(kind);
        p.setMetric(metric);
        p.setQuery(query);
        p.setWindow(window);
        p.setLower(lower);
        p.setUpper(upper);
        return p;
    }

    private static PredictionCell frozen(String id, Prediction p, Instant at) {
        PredictionCell cell = LmwFactory.eINSTANCE.createPredictionCell();
        cell.setId(id);
        cell.getPredictions().add(p);
        PredictionFreezer.freeze(p, at);
        return cell;
    }

    /**
     * Rewrites the example notebook and the teacher-student experiment.
     *
     * @param args optional target folder
     * @throws Exception if a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : ExampleExperiments.FOLDER;
        ExperimentFiles.save(teacherStudent(), folder.resolve(TEACHER_STUDENT));
        NotebookFiles.save(notebook(), folder.resolve(NOTEBOOK));
    }
}
