// Small, real experiments on a slice of Fashion-MNIST, sized so that each test trains in a second or two.
package org.lmw.jobs;

import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.ModelSpec;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.ScheduleKind;
import org.lmw.model.ScheduleSpec;
import org.lmw.model.Sweep;
import org.lmw.model.SweepAxis;
import org.lmw.model.SweepMode;
import org.lmw.model.TrainingMode;
import org.lmw.model.TrainingSpec;

/** Experiment builders for the job service's tests. */
final class TestExperiments {

    /** Runs in tests use one thread: deterministic, and frugal on a shared machine. */
    static final RunOptions ONE_THREAD = new RunOptions(1, org.lmw.engine.ComputeDevice.CPU);

    private TestExperiments() {
    }

    /**
     * Returns an MLP on the first {@code trainSize} Fashion-MNIST images.
     *
     * @param name the experiment name
     * @param width hidden width
     * @param trainSize training examples
     * @param maxSteps updates (epochs are set high enough that this is the limit)
     * @return a valid experiment with evaluation and checkpoints every 50 steps
     */
    static Experiment mlp(String name, int width, int trainSize, int maxSteps) {
        LmwFactory f = LmwFactory.eINSTANCE;
        Experiment e = f.createExperiment();
        e.setName(name);
        e.setSeed(7);
        DatasetRef d = f.createDatasetRef();
        d.setName("fashion-mnist");
        d.setTrainSize(trainSize);
        d.setTestSize(1000);
        e.setDataset(d);
        ModelSpec m = f.createModelSpec();
        m.setArchitecture(Architecture.MLP);
        m.setWidth(width);
        m.setDepth(2);
        m.setActivation(Activation.RELU);
        e.setModel(m);
        OptimizerSpec o = f.createOptimizerSpec();
        o.setKind(OptimizerKind.SGD);
        o.setLearningRate(0.05);
        o.setMomentum(0.9);
        ScheduleSpec s = f.createScheduleSpec();
        s.setKind(ScheduleKind.COSINE);
        o.setSchedule(s);
        e.setOptimizer(o);
        TrainingSpec t = f.createTrainingSpec();
        t.setMode(TrainingMode.MINIBATCH);
        t.setBatchSize(64);
        t.setEpochs(1000);
        t.setMaxSteps(maxSteps);
        t.setShuffle(true);
        t.setEvalEvery(50);
        t.setCheckpointEvery(50);
        e.setTraining(t);
        return e;
    }

    /**
     * Adds a sweep axis to an experiment.
     *
     * @param experiment the experiment
     * @param path the hyperparameter path
     * @param values its values
     * @return the experiment
     */
    static Experiment sweep(Experiment experiment, String path, String... values) {
        Sweep sweep = experiment.getSweep();
        if (sweep == null) {
            sweep = LmwFactory.eINSTANCE.createSweep();
            sweep.setMode(SweepMode.GRID);
            experiment.setSweep(sweep);
        }
        SweepAxis axis = LmwFactory.eINSTANCE.createSweepAxis();
        axis.setParameter(path);
        axis.getValues().addAll(java.util.List.of(values));
        sweep.getAxes().add(axis);
        return experiment;
    }
}
