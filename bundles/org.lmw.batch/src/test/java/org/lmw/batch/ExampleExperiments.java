// Builds the example experiments shipped in the product's examples/ folder; main() rewrites the .lmw files.
package org.lmw.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.ModelSpec;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.Parametrisation;
import org.lmw.model.ScheduleKind;
import org.lmw.model.ScheduleSpec;
import org.lmw.model.TrainingMode;
import org.lmw.model.TrainingSpec;

/**
 * The example experiments, as code: the single source of the files in {@code features/org.lmw.feature/rootfiles/
 * examples/}. {@link ExamplesTest} checks that the shipped files load, validate and equal these.
 */
final class ExampleExperiments {

    /** Where the examples live, relative to this bundle's folder (the test's working directory). */
    static final Path FOLDER = Path.of("..", "..", "features", "org.lmw.feature", "rootfiles", "examples");

    private ExampleExperiments() {
    }

    static Map<String, Experiment> all() {
        Map<String, Experiment> all = new LinkedHashMap<>();
        all.put("fashion-mnist-mlp.lmw", fashionMnistMlp());
        all.put("fashion-mnist-cnn.lmw", fashionMnistCnn());
        all.put("bench-mlp.lmw", benchMlp());
        return all;
    }

    /** 784-256-256-10 ReLU, SGD with momentum and a cosine schedule: above 0.88 test accuracy in well under a minute. */
    static Experiment fashionMnistMlp() {
        Experiment e = base("fashion-mnist-mlp", "Fashion-MNIST, 784-256-256-10 ReLU MLP, SGD with momentum 0.9,"
                + " learning rate 0.05 with a cosine schedule, batch 128, 12 epochs; test accuracy about 0.89.");
        e.setModel(mlp());
        e.setOptimizer(sgd(0.05, 0.9, ScheduleKind.COSINE));
        e.setTraining(training(128, 12, true, 468, 1000));
        return e;
    }

    /** Two 3x3 conv + max-pool blocks (32, 64 filters), a 128-unit dense layer: about 0.91 in a few minutes. */
    static Experiment fashionMnistCnn() {
        Experiment e = base("fashion-mnist-cnn", "Fashion-MNIST, small CNN: two 3x3 convolutions (32 and 64 filters)"
                + " each with 2x2 max-pooling, a 128-unit dense layer, ReLU; SGD with momentum 0.9, learning rate"
                + " 0.05 with a cosine schedule, batch 128, 5 epochs; test accuracy about 0.91.");
        ModelSpec m = LmwFactory.eINSTANCE.createModelSpec();
        m.setArchitecture(Architecture.CNN);
        m.setChannels(32);
        m.setWidth(128);
        m.setDepth(2);
        m.setActivation(Activation.RELU);
        m.setParametrisation(Parametrisation.STANDARD);
        m.setInitScale(1.0);
        e.setModel(m);
        e.setOptimizer(sgd(0.05, 0.9, ScheduleKind.COSINE));
        e.setTraining(training(128, 5, true, 468, 500));
        return e;
    }

    /**
     * Exactly the job the PyTorch peer torch_fashion_mlp.py times: plain SGD 0.05, batch 128, file order, 2100 updates
     * (its 100 warm-up updates and 5 timed segments of 400, cycling through the training set).
     */
    static Experiment benchMlp() {
        Experiment e = base("bench-mlp", "The PyTorch peer's job (torch_fashion_mlp.py): Fashion-MNIST pixels in"
                + " [0,1], 784-256-256-10 ReLU MLP, cross-entropy, plain SGD (learning rate 0.05, no momentum),"
                + " batch 128, training set in file order, seed 0, 2100 updates (the peer times 100 warm-up updates"
                + " and then 5 segments of 400); metrics recorded every step.");
        e.setModel(mlp());
        e.setOptimizer(sgd(0.05, 0.0, ScheduleKind.CONSTANT));
        // Evaluation only at the end and no checkpoints: the peer does neither while it trains.
        e.setTraining(training(128, 5, false, 0, 0));
        e.getTraining().setMaxSteps(2100);
        return e;
    }

    private static Experiment base(String name, String description) {
        LmwFactory f = LmwFactory.eINSTANCE;
        Experiment e = f.createExperiment();
        e.setName(name);
        e.setDescription(description);
        e.setSeed(0);
        DatasetRef d = f.createDatasetRef();
        d.setName("fashion-mnist");
        d.setTrainSize(0);
        d.setTestSize(0);
        e.setDataset(d);
        return e;
    }

    private static ModelSpec mlp() {
        ModelSpec m = LmwFactory.eINSTANCE.createModelSpec();
        m.setArchitecture(Architecture.MLP);
        m.setWidth(256);
        m.setDepth(2);
        m.setActivation(Activation.RELU);
        m.setParametrisation(Parametrisation.STANDARD);
        m.setInitScale(1.0);
        return m;
    }

    private static OptimizerSpec sgd(double learningRate, double momentum, ScheduleKind schedule) {
        OptimizerSpec o = LmwFactory.eINSTANCE.createOptimizerSpec();
        o.setKind(OptimizerKind.SGD);
        o.setLearningRate(learningRate);
        o.setMomentum(momentum);
        o.setWeightDecay(0.0);
        ScheduleSpec s = LmwFactory.eINSTANCE.createScheduleSpec();
        s.setKind(schedule);
        s.setWarmupSteps(0);
        s.setMinLearningRate(0.0);
        o.setSchedule(s);
        return o;
    }

    private static TrainingSpec training(int batch, int epochs, boolean shuffle, int evalEvery, int checkpointEvery) {
        TrainingSpec t = LmwFactory.eINSTANCE.createTrainingSpec();
        t.setMode(TrainingMode.MINIBATCH);
        t.setBatchSize(batch);
        t.setEpochs(epochs);
        t.setMaxSteps(0);
        t.setShuffle(shuffle);
        t.setEvalEvery(evalEvery);
        t.setCheckpointEvery(checkpointEvery);
        return t;
    }

    /**
     * Rewrites the example files from the builders above.
     *
     * @param args optional target folder
     * @throws Exception if a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : FOLDER;
        for (Map.Entry<String, Experiment> example : all().entrySet()) {
            ExperimentFiles.save(example.getValue(), folder.resolve(example.getKey()));
        }
    }
}
