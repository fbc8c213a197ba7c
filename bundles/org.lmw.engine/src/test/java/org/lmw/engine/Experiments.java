// Builds EMF experiments for the engine's tests and benchmark.
package org.lmw.engine;

import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.ModelSpec;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.TrainingSpec;

/**
 * Experiment builders shared by tests.
 */
public final class Experiments {

    private Experiments() {
    }

    /**
     * Returns the job of the PyTorch peer: 784-256-256-10 ReLU, plain SGD 0.05, batch 128, file order.
     *
     * @param maxSteps updates to run (0: one epoch)
     * @return the experiment
     */
    public static Experiment benchMlp(int maxSteps) {
        LmwFactory f = LmwFactory.eINSTANCE;
        Experiment e = f.createExperiment();
        e.setName("bench-mlp");
        e.setSeed(0);
        DatasetRef d = f.createDatasetRef();
        d.setName("fashion-mnist");
        e.setDataset(d);
        ModelSpec m = f.createModelSpec();
        m.setArchitecture(Architecture.MLP);
        m.setWidth(256);
        m.setDepth(2);
        m.setActivation(Activation.RELU);
        e.setModel(m);
        OptimizerSpec o = f.createOptimizerSpec();
        o.setKind(OptimizerKind.SGD);
        o.setLearningRate(0.05);
        e.setOptimizer(o);
        TrainingSpec t = f.createTrainingSpec();
        t.setBatchSize(128);
        t.setEpochs(maxSteps > 0 ? 0 : 1);
        t.setMaxSteps(maxSteps);
        t.setShuffle(false);
        t.setEvalEvery(0);
        t.setCheckpointEvery(0);
        e.setTraining(t);
        return e;
    }
}
