// Experiment files (.lmw): load, save, file names, and the default experiment the New Experiment wizard creates.
package org.lmw.core.persistence;

import java.io.IOException;
import java.nio.file.Path;

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
import org.lmw.model.validation.DatasetNames;

/** Reads, writes and creates experiments ({@code .lmw} XMI files); see {@link ModelFiles} for the guarantees. */
public final class ExperimentFiles {

    /** File extension of experiments, without the dot. */
    public static final String EXTENSION = ModelFiles.EXPERIMENT_EXTENSION;

    private ExperimentFiles() {
    }

    /**
     * Loads an experiment.
     *
     * @throws ModelLoadException with a one-line message such as
     *         {@code fmnist.lmw: not a valid experiment file: XML ends early at line 12}
     */
    public static Experiment load(Path file) throws ModelLoadException {
        return ModelFiles.load(file, Experiment.class);
    }

    /**
     * Saves an experiment atomically, valid or not.
     *
     * @throws IOException with a one-line message naming the file; the previous file is then unchanged
     */
    public static void save(Experiment experiment, Path file) throws IOException {
        ModelFiles.save(experiment, file);
    }

    /** Returns the file an experiment of this name has in a folder: {@code <folder>/<name>.lmw}. */
    public static Path fileFor(Path folder, String name) {
        return folder.resolve(name + "." + EXTENSION);
    }

    /**
     * Creates the experiment the New Experiment wizard starts from: a 784-256-256-10 ReLU MLP on Fashion-MNIST
     * trained with plain SGD, learning rate 0.05, batch 128, for one epoch; evaluation every 200 steps and a
     * checkpoint every 1000. It is valid as created.
     *
     * <p>These are the settings of the PyTorch peer benchmark ({@code torch_fashion_mlp.py}), so a first run can
     * be compared with it directly; momentum is 0 for the same reason. One epoch is about 470 steps, seconds on a
     * laptop CPU, so the first run of a new user finishes while they watch.
     */
    public static Experiment newDefaultExperiment(String name) {
        LmwFactory f = LmwFactory.eINSTANCE;
        Experiment experiment = f.createExperiment();
        experiment.setName(name);
        experiment.setDescription(Messages.DEFAULT_EXPERIMENT_DESCRIPTION);
        experiment.setSeed(0);

        DatasetRef dataset = f.createDatasetRef();
        dataset.setName(DatasetNames.FASHION_MNIST);
        // 0 = the dataset's own split sizes (60 000 / 10 000) and shape (784 in, 10 classes).
        dataset.setTrainSize(0);
        dataset.setTestSize(0);
        experiment.setDataset(dataset);

        ModelSpec model = f.createModelSpec();
        model.setArchitecture(Architecture.MLP);
        model.setWidth(256);
        model.setDepth(2);
        model.setActivation(Activation.RELU);
        model.setParametrisation(Parametrisation.STANDARD);
        model.setInitScale(1.0);
        experiment.setModel(model);

        OptimizerSpec optimizer = f.createOptimizerSpec();
        optimizer.setKind(OptimizerKind.SGD);
        optimizer.setLearningRate(0.05);
        optimizer.setMomentum(0.0);
        optimizer.setWeightDecay(0.0);
        ScheduleSpec schedule = f.createScheduleSpec();
        schedule.setKind(ScheduleKind.CONSTANT);
        schedule.setWarmupSteps(0);
        optimizer.setSchedule(schedule);
        experiment.setOptimizer(optimizer);

        TrainingSpec training = f.createTrainingSpec();
        training.setMode(TrainingMode.MINIBATCH);
        training.setBatchSize(128);
        training.setEpochs(1);
        training.setMaxSteps(0);
        training.setEvalEvery(200);
        training.setCheckpointEvery(1000);
        training.setShuffle(true);
        experiment.setTraining(training);
        return experiment;
    }
}
