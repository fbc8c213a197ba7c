// The starting points the New Experiment wizard offers, each a complete, valid experiment with sensible defaults.
package org.lmw.ui.experiments.internal.wizard;

import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.DataScope;
import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.InstrumentTrigger;
import org.lmw.model.LmwFactory;
import org.lmw.model.ModelSpec;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.Parametrisation;
import org.lmw.model.ScheduleKind;
import org.lmw.model.ScheduleSpec;
import org.lmw.model.Sweep;
import org.lmw.model.SweepAxis;
import org.lmw.model.SweepMode;
import org.lmw.model.TrainingMode;
import org.lmw.model.TrainingSpec;
import org.lmw.model.validation.DatasetNames;
import org.lmw.ui.experiments.Messages;

/**
 * Templates of new experiments. Each fills every part of the experiment, so the editor opens on a file that runs as
 * it is and validates without errors.
 */
public enum ExperimentTemplate {
    /**
     * The workbench's default experiment (a 784-256-256-10 MLP on Fashion-MNIST, plain SGD, one epoch: the PyTorch
     * peer benchmark's settings), plus sharpness and weight-norm instruments.
     */
    FASHION_MNIST_MLP(Messages.templateFashionMlp, Messages.templateFashionMlpText) {
        @Override
        void fill(Experiment e) {
            e.getInstruments().add(instrument("sharpness", 100, DataScope.FIXED_BATCH, 0.05));
            e.getInstruments().add(instrument("weight-norm", 100, DataScope.FIXED_BATCH, 0.0));
            e.getTags().add("mlp");
        }
    },
    /** Two convolution blocks on Fashion-MNIST, Adam with warm-up and cosine decay. */
    FASHION_MNIST_CNN(Messages.templateFashionCnn, Messages.templateFashionCnnText) {
        @Override
        void fill(Experiment e) {
            e.setDataset(dataset(DatasetNames.FASHION_MNIST, 60_000, 10_000, 784, 10));
            ModelSpec model = model(Architecture.CNN, 128, 2, Activation.RELU, Parametrisation.STANDARD);
            model.setChannels(32);
            e.setModel(model);
            OptimizerSpec optimizer = optimizer(OptimizerKind.ADAM, 1e-3, 0.0, ScheduleKind.COSINE, 500);
            optimizer.getSchedule().setMinLearningRate(1e-5);
            e.setOptimizer(optimizer);
            e.setTraining(training(TrainingMode.MINIBATCH, 128, 15, 0, 500, 2_000));
            e.getInstruments().add(instrument("weight-norm", 200, DataScope.FIXED_BATCH, 0.0));
            e.getTags().add("cnn");
        }
    },
    /** A student MLP learning a fixed random teacher in μP, swept over width. */
    TEACHER_STUDENT_MLP(Messages.templateTeacherStudent, Messages.templateTeacherStudentText) {
        @Override
        void fill(Experiment e) {
            DatasetRef data = dataset(DatasetNames.TEACHER_STUDENT, 20_000, 4_000, 100, 1);
            data.setNoise(0.0);
            e.setDataset(data);
            e.setModel(model(Architecture.MLP, 512, 2, Activation.RELU, Parametrisation.MUP));
            e.setOptimizer(optimizer(OptimizerKind.SGD, 0.1, 0.0, ScheduleKind.CONSTANT, 0));
            e.setTraining(training(TrainingMode.MINIBATCH, 64, 0, 20_000, 500, 5_000));
            e.getInstruments().add(instrument("weight-norm", 100, DataScope.FIXED_BATCH, 0.0));
            Sweep sweep = LmwFactory.eINSTANCE.createSweep();
            sweep.setMode(SweepMode.GRID);
            SweepAxis width = LmwFactory.eINSTANCE.createSweepAxis();
            width.setParameter("model.width");
            width.getValues().addAll(java.util.List.of("128", "256", "512", "1024"));
            sweep.getAxes().add(width);
            e.setSweep(sweep);
            e.getTags().add("teacher-student");
            e.getTags().add("mup");
        }
    },
    /** A three-layer linear network from small initialisation, full-batch gradient descent. */
    DEEP_LINEAR_NETWORK(Messages.templateDeepLinear, Messages.templateDeepLinearText) {
        @Override
        void fill(Experiment e) {
            e.setDataset(dataset(DatasetNames.DEEP_LINEAR, 1_024, 256, 16, 16));
            ModelSpec model = model(Architecture.DEEP_LINEAR, 16, 3, Activation.IDENTITY, Parametrisation.STANDARD);
            model.setInitScale(0.01);
            e.setModel(model);
            e.setOptimizer(optimizer(OptimizerKind.SGD, 0.05, 0.0, ScheduleKind.CONSTANT, 0));
            TrainingSpec training = training(TrainingMode.FULL_BATCH, 1_024, 0, 5_000, 50, 500);
            training.setShuffle(false);
            e.setTraining(training);
            e.getInstruments().add(instrument("singular-values", 50, DataScope.FIXED_SUBSET, 0.0));
            e.getTags().add("deep-linear");
        }
    };

    private final String label;
    private final String description;

    ExperimentTemplate(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** Returns the name the wizard shows. */
    public String label() {
        return label;
    }

    /** Returns what the template sets up, in a sentence or two. */
    public String description() {
        return description;
    }

    /**
     * Creates an experiment from this template.
     *
     * @param name the experiment's name
     * @param text the experiment's description, or {@code null}/empty for the template's own
     * @return a new experiment, in no resource
     */
    public Experiment create(String name, String text) {
        // Every template starts from the workbench's default experiment, so parts a template leaves alone match it.
        Experiment e = ExperimentFiles.newDefaultExperiment(name);
        fill(e);
        e.setDescription(text == null || text.isBlank() ? description : text.strip());
        return e;
    }

    abstract void fill(Experiment e);

    private static DatasetRef dataset(String name, int train, int test, int input, int output) {
        DatasetRef d = LmwFactory.eINSTANCE.createDatasetRef();
        d.setName(name);
        d.setTrainSize(train);
        d.setTestSize(test);
        d.setInputDimension(input);
        d.setOutputDimension(output);
        return d;
    }

    private static ModelSpec model(Architecture architecture, int width, int depth, Activation activation,
            Parametrisation parametrisation) {
        ModelSpec m = LmwFactory.eINSTANCE.createModelSpec();
        m.setArchitecture(architecture);
        m.setWidth(width);
        m.setDepth(depth);
        m.setActivation(activation);
        m.setParametrisation(parametrisation);
        return m;
    }

    private static OptimizerSpec optimizer(OptimizerKind kind, double learningRate, double momentum,
            ScheduleKind scheduleKind, int warmup) {
        OptimizerSpec o = LmwFactory.eINSTANCE.createOptimizerSpec();
        o.setKind(kind);
        o.setLearningRate(learningRate);
        o.setMomentum(momentum);
        ScheduleSpec s = LmwFactory.eINSTANCE.createScheduleSpec();
        s.setKind(scheduleKind);
        s.setWarmupSteps(warmup);
        o.setSchedule(s);
        return o;
    }

    private static TrainingSpec training(TrainingMode mode, int batch, int epochs, int maxSteps, int evalEvery,
            int checkpointEvery) {
        TrainingSpec t = LmwFactory.eINSTANCE.createTrainingSpec();
        t.setMode(mode);
        t.setBatchSize(batch);
        t.setEpochs(epochs);
        t.setMaxSteps(maxSteps);
        t.setEvalEvery(evalEvery);
        t.setCheckpointEvery(checkpointEvery);
        t.setShuffle(true);
        return t;
    }

    private static InstrumentSpec instrument(String id, int every, DataScope scope, double budget) {
        InstrumentSpec i = LmwFactory.eINSTANCE.createInstrumentSpec();
        i.setInstrumentId(id);
        i.setTrigger(InstrumentTrigger.EVERY_NSTEPS);
        i.setEvery(every);
        i.setDataScope(scope);
        i.setBudgetFraction(budget);
        return i;
    }
}
