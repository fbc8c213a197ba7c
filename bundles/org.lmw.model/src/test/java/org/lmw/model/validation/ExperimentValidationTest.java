// Each experiment validation rule: a valid experiment is clean, and one bad field gives one message naming it.
package org.lmw.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.lmw.model.Architecture;
import org.lmw.model.DataScope;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.InstrumentTrigger;
import org.lmw.model.LmwFactory;
import org.lmw.model.LmwPackage;
import org.lmw.model.OptimizerKind;
import org.lmw.model.Parameter;
import org.lmw.model.ScheduleKind;
import org.lmw.model.TrainingMode;
import org.lmw.model.validation.Problem.Severity;

class ExperimentValidationTest {

    @Test
    void validExperimentHasNoProblems() {
        assertEquals(List.of(), ModelValidation.validate(Fixtures.experiment("fmnist-mlp")));
    }

    @Test
    void negativeLearningRateNamesExperimentFieldAndValue() {
        Problem p = single("fmnist-mlp", e -> e.getOptimizer().setLearningRate(-0.1));
        assertEquals("Experiment 'fmnist-mlp': optimizer learning rate must be > 0 (was -0.1)", p.message());
        assertEquals("optimizer learning rate must be > 0 (was -0.1)", p.detail());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(LmwPackage.Literals.OPTIMIZER_SPEC__LEARNING_RATE, p.feature());
        assertEquals("OptimizerSpec.learningRate.positive", p.rule());
    }

    @Test
    void zeroLearningRateIsRefused() {
        assertMessage(e -> e.getOptimizer().setLearningRate(0), LmwPackage.Literals.OPTIMIZER_SPEC__LEARNING_RATE,
                "Experiment 'x': optimizer learning rate must be > 0 (was 0)");
    }

    @Test
    void nanAndInfiniteLearningRateMustBeFinite() {
        assertMessage(e -> e.getOptimizer().setLearningRate(Double.NaN),
                LmwPackage.Literals.OPTIMIZER_SPEC__LEARNING_RATE,
                "Experiment 'x': optimizer learning rate must be a finite number (was NaN)");
        assertMessage(e -> e.getOptimizer().setLearningRate(Double.POSITIVE_INFINITY),
                LmwPackage.Literals.OPTIMIZER_SPEC__LEARNING_RATE,
                "Experiment 'x': optimizer learning rate must be a finite number (was Infinity)");
    }

    @Test
    void zeroWidthIsRefused() {
        assertMessage(e -> e.getModel().setWidth(0), LmwPackage.Literals.MODEL_SPEC__WIDTH,
                "Experiment 'x': model width must be ≥ 1 (was 0)");
    }

    @Test
    void zeroDepthIsRefused() {
        assertMessage(e -> e.getModel().setDepth(0), LmwPackage.Literals.MODEL_SPEC__DEPTH,
                "Experiment 'x': model depth must be ≥ 1 (was 0)");
    }

    @Test
    void initialisationScaleMustBePositive() {
        assertMessage(e -> e.getModel().setInitScale(-1), LmwPackage.Literals.MODEL_SPEC__INIT_SCALE,
                "Experiment 'x': model initialisation scale must be > 0 (was -1)");
    }

    @Test
    void unknownDatasetListsTheKnownOnes() {
        assertMessage(e -> e.getDataset().setName("cifar-99"), LmwPackage.Literals.DATASET_REF__NAME,
                "Experiment 'x': dataset 'cifar-99' is unknown (known: fashion-mnist, teacher-student, deep-linear)");
    }

    @Test
    void emptyDatasetNameIsRefused() {
        assertMessage(e -> e.getDataset().setName(""), LmwPackage.Literals.DATASET_REF__NAME,
                "Experiment 'x': dataset name is empty (known: fashion-mnist, teacher-student, deep-linear)");
    }

    @Test
    void negativeDatasetSizesAreRefused() {
        assertMessage(e -> e.getDataset().setTrainSize(-1), LmwPackage.Literals.DATASET_REF__TRAIN_SIZE,
                "Experiment 'x': dataset training-set size must be ≥ 0 (was -1)");
        assertMessage(e -> e.getDataset().setTestSize(-5), LmwPackage.Literals.DATASET_REF__TEST_SIZE,
                "Experiment 'x': dataset test-set size must be ≥ 0 (was -5)");
        assertMessage(e -> e.getDataset().setInputDimension(-2), LmwPackage.Literals.DATASET_REF__INPUT_DIMENSION,
                "Experiment 'x': dataset input dimension must be ≥ 0 (was -2)");
        assertMessage(e -> e.getDataset().setOutputDimension(-3),
                LmwPackage.Literals.DATASET_REF__OUTPUT_DIMENSION,
                "Experiment 'x': dataset output dimension must be ≥ 0 (was -3)");
    }

    @Test
    void datasetNoiseMustBeFiniteAndNonNegative() {
        assertMessage(e -> e.getDataset().setNoise(-0.5), LmwPackage.Literals.DATASET_REF__NOISE,
                "Experiment 'x': dataset noise must be ≥ 0 (was -0.5)");
        assertMessage(e -> e.getDataset().setNoise(Double.NaN), LmwPackage.Literals.DATASET_REF__NOISE,
                "Experiment 'x': dataset noise must be a finite number (was NaN)");
    }

    @Test
    void cnnOnANonImageDatasetIsRefused() {
        assertMessage(e -> {
            e.getModel().setArchitecture(Architecture.CNN);
            e.getDataset().setName(DatasetNames.TEACHER_STUDENT);
        }, LmwPackage.Literals.MODEL_SPEC__ARCHITECTURE, "Experiment 'x': model architecture cnn needs an image "
                + "dataset, but dataset 'teacher-student' is not one (image datasets: fashion-mnist)");
    }

    @Test
    void cnnOnFashionMnistIsFineButNeedsChannels() {
        Experiment e = Fixtures.experiment("x");
        e.getModel().setArchitecture(Architecture.CNN);
        assertEquals(List.of(), ModelValidation.validate(e));
        e.getModel().setChannels(0);
        assertEquals(List.of("Experiment 'x': model channels must be ≥ 1 (was 0)"), messages(e));
    }

    @Test
    void sgdMomentumMustBeInHalfOpenUnitInterval() {
        assertMessage(e -> e.getOptimizer().setMomentum(1.0), LmwPackage.Literals.OPTIMIZER_SPEC__MOMENTUM,
                "Experiment 'x': optimizer momentum must be in [0, 1) (was 1)");
        assertMessage(e -> e.getOptimizer().setMomentum(-0.1), LmwPackage.Literals.OPTIMIZER_SPEC__MOMENTUM,
                "Experiment 'x': optimizer momentum must be in [0, 1) (was -0.1)");
    }

    @Test
    void adamBetasAndEpsilonAreChecked() {
        assertMessage(e -> {
            e.getOptimizer().setKind(OptimizerKind.ADAM);
            e.getOptimizer().setBeta1(1.2);
        }, LmwPackage.Literals.OPTIMIZER_SPEC__BETA1, "Experiment 'x': optimizer Adam beta1 must be in [0, 1) (was 1.2)");
        assertMessage(e -> {
            e.getOptimizer().setKind(OptimizerKind.ADAM);
            e.getOptimizer().setBeta2(1.0);
        }, LmwPackage.Literals.OPTIMIZER_SPEC__BETA2, "Experiment 'x': optimizer Adam beta2 must be in [0, 1) (was 1)");
        assertMessage(e -> {
            e.getOptimizer().setKind(OptimizerKind.ADAM);
            e.getOptimizer().setEpsilon(0);
        }, LmwPackage.Literals.OPTIMIZER_SPEC__EPSILON, "Experiment 'x': optimizer Adam epsilon must be > 0 (was 0)");
    }

    @Test
    void fieldsTheOptimizerIgnoresAreNotChecked() {
        Experiment sgd = Fixtures.experiment("x");
        sgd.getOptimizer().setBeta1(7);
        sgd.getOptimizer().setEpsilon(-1);
        assertEquals(List.of(), ModelValidation.validate(sgd));
        Experiment adam = Fixtures.experiment("x");
        adam.getOptimizer().setKind(OptimizerKind.ADAM);
        adam.getOptimizer().setMomentum(3);
        assertEquals(List.of(), ModelValidation.validate(adam));
    }

    @Test
    void weightDecayMustNotBeNegative() {
        assertMessage(e -> e.getOptimizer().setWeightDecay(-1e-4), LmwPackage.Literals.OPTIMIZER_SPEC__WEIGHT_DECAY,
                "Experiment 'x': optimizer weight decay must be ≥ 0 (was -0.0001)");
    }

    @Test
    void scheduleRules() {
        assertMessage(e -> e.getOptimizer().getSchedule().setWarmupSteps(-5),
                LmwPackage.Literals.SCHEDULE_SPEC__WARMUP_STEPS,
                "Experiment 'x': learning-rate schedule warm-up steps must be ≥ 0 (was -5)");
        assertMessage(e -> {
            e.getOptimizer().getSchedule().setKind(ScheduleKind.STEP);
            e.getOptimizer().getSchedule().setStepSize(0);
        }, LmwPackage.Literals.SCHEDULE_SPEC__STEP_SIZE,
                "Experiment 'x': learning-rate schedule step size must be ≥ 1 (was 0)");
        assertMessage(e -> {
            e.getOptimizer().getSchedule().setKind(ScheduleKind.STEP);
            e.getOptimizer().getSchedule().setGamma(0);
        }, LmwPackage.Literals.SCHEDULE_SPEC__GAMMA, "Experiment 'x': learning-rate schedule gamma must be > 0 (was 0)");
        assertMessage(e -> {
            e.getOptimizer().getSchedule().setKind(ScheduleKind.COSINE);
            e.getOptimizer().getSchedule().setMinLearningRate(-0.01);
        }, LmwPackage.Literals.SCHEDULE_SPEC__MIN_LEARNING_RATE,
                "Experiment 'x': learning-rate schedule minimum learning rate must be ≥ 0 (was -0.01)");
    }

    @Test
    void scheduleOddButRunnableValuesAreWarnings() {
        Problem growing = single("x", e -> {
            e.getOptimizer().getSchedule().setKind(ScheduleKind.STEP);
            e.getOptimizer().getSchedule().setGamma(2);
        });
        assertEquals(Severity.WARNING, growing.severity());
        assertTrue(growing.message().contains("gamma 2 is above 1"), growing.message());
        Problem minAbove = single("x", e -> {
            e.getOptimizer().getSchedule().setKind(ScheduleKind.COSINE);
            e.getOptimizer().getSchedule().setMinLearningRate(0.5);
        });
        assertEquals(Severity.WARNING, minAbove.severity());
        assertTrue(minAbove.message().contains("minimum learning rate 0.5 is above the optimizer learning rate 0.05"),
                minAbove.message());
    }

    @Test
    void batchSizeMustBePositiveInMinibatchMode() {
        assertMessage(e -> e.getTraining().setBatchSize(0), LmwPackage.Literals.TRAINING_SPEC__BATCH_SIZE,
                "Experiment 'x': training batch size must be ≥ 1 (was 0)");
        assertMessage(e -> e.getTraining().setBatchSize(-128), LmwPackage.Literals.TRAINING_SPEC__BATCH_SIZE,
                "Experiment 'x': training batch size must be ≥ 1 (was -128)");
        Experiment fullBatch = Fixtures.experiment("x");
        fullBatch.getTraining().setMode(TrainingMode.FULL_BATCH);
        fullBatch.getTraining().setBatchSize(0);
        assertEquals(List.of(), ModelValidation.validate(fullBatch));
    }

    @Test
    void batchLargerThanTheTrainingSetIsAWarning() {
        Problem p = single("x", e -> e.getDataset().setTrainSize(100));
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("Experiment 'x': training batch size 128 is larger than the dataset's training-set size 100",
                p.message());
    }

    @Test
    void trainingNeedsEpochsOrMaxSteps() {
        assertMessage(e -> e.getTraining().setEpochs(0), LmwPackage.Literals.TRAINING_SPEC__EPOCHS,
                "Experiment 'x': training has no length: epochs and max steps are both 0 (set one of them ≥ 1)");
        Experiment stepsOnly = Fixtures.experiment("x");
        stepsOnly.getTraining().setEpochs(0);
        stepsOnly.getTraining().setMaxSteps(500);
        assertEquals(List.of(), ModelValidation.validate(stepsOnly));
        assertMessage(e -> e.getTraining().setMaxSteps(-1), LmwPackage.Literals.TRAINING_SPEC__MAX_STEPS,
                "Experiment 'x': training max steps must be ≥ 0 (was -1)");
    }

    @Test
    void evaluationAndCheckpointIntervalsMustNotBeNegative() {
        assertMessage(e -> e.getTraining().setEvalEvery(-1), LmwPackage.Literals.TRAINING_SPEC__EVAL_EVERY,
                "Experiment 'x': training evaluation interval (eval every) must be ≥ 0 (was -1)");
        assertMessage(e -> e.getTraining().setCheckpointEvery(-10),
                LmwPackage.Literals.TRAINING_SPEC__CHECKPOINT_EVERY,
                "Experiment 'x': training checkpoint interval (checkpoint every) must be ≥ 0 (was -10)");
    }

    @Test
    void nameMustBeAUsableFileName() {
        assertEquals(List.of("Experiment (unnamed): name is empty"), messages(named("")));
        assertEquals(List.of("Experiment (unnamed): name is empty"), messages(named(null)));
        assertEquals(List.of("Experiment 'a/b': name 'a/b' must not contain '/' (the name becomes a file or folder "
                + "name)"), messages(named("a/b")));
        assertEquals(List.of("Experiment 'a\\b': name 'a\\b' must not contain '\\' (the name becomes a file or "
                + "folder name)"), messages(named("a\\b")));
        assertEquals(List.of("Experiment '..': name '..' is not a usable file name"), messages(named("..")));
        assertTrue(messages(named("a\nb")).get(0).contains("must not contain control characters"));
        assertTrue(messages(named("x".repeat(300))).get(0).endsWith("name must be at most 200 characters (was 300)"));
    }

    @Test
    void unportableNameCharactersAndSpacesAreWarnings() {
        List<Problem> colon = ModelValidation.validate(named("lr:0.1"));
        assertEquals(1, colon.size());
        assertEquals(Severity.WARNING, colon.get(0).severity());
        assertTrue(colon.get(0).message().contains("must not contain ':'"));
        List<Problem> spaces = ModelValidation.validate(named(" x "));
        assertEquals(Severity.WARNING, spaces.get(0).severity());
        assertTrue(spaces.get(0).message().contains("starts or ends with a space"));
    }

    @Test
    void emptyTagIsAWarning() {
        Problem p = single("x", e -> e.getTags().addAll(List.of("baseline", " ")));
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("Experiment 'x': tag 2 is empty", p.message());
        assertEquals(LmwPackage.Literals.EXPERIMENT__TAGS, p.feature());
    }

    @Test
    void missingPartsAreNamed() {
        Experiment e = LmwFactory.eINSTANCE.createExperiment();
        e.setName("bare");
        assertEquals(List.of("Experiment 'bare': dataset is missing", "Experiment 'bare': model is missing",
                "Experiment 'bare': optimizer is missing", "Experiment 'bare': training is missing"), messages(e));
    }

    @Test
    void instrumentRules() {
        assertMessage(e -> e.getInstruments().add(instrument("")), LmwPackage.Literals.INSTRUMENT_SPEC__INSTRUMENT_ID,
                "Experiment 'x': instrument 1 has an empty id");
        assertMessage(e -> e.getInstruments().add(instrument("sharpness", i -> i.setEvery(0))),
                LmwPackage.Literals.INSTRUMENT_SPEC__EVERY,
                "Experiment 'x': instrument 'sharpness' interval (every) must be ≥ 1 (was 0)");
        assertMessage(e -> e.getInstruments().add(instrument("sharpness", i -> i.setBudgetFraction(1.5))),
                LmwPackage.Literals.INSTRUMENT_SPEC__BUDGET_FRACTION,
                "Experiment 'x': instrument 'sharpness' budget fraction must be in [0, 1] (was 1.5)");
        assertMessage(e -> e.getInstruments().add(instrument("sharpness", i -> i.setBudgetFraction(-0.1))),
                LmwPackage.Literals.INSTRUMENT_SPEC__BUDGET_FRACTION,
                "Experiment 'x': instrument 'sharpness' budget fraction must be in [0, 1] (was -0.1)");
        assertMessage(e -> e.getInstruments().add(instrument("sharpness", i -> {
            i.setDataScope(DataScope.FIXED_SUBSET);
            i.setSubsetSize(0);
        })), LmwPackage.Literals.INSTRUMENT_SPEC__SUBSET_SIZE,
                "Experiment 'x': instrument 'sharpness' subset size must be ≥ 1 (was 0)");
        assertMessage(e -> e.getInstruments().add(instrument("sharpness", i -> i.getParameters().add(parameter("", "1")))),
                LmwPackage.Literals.PARAMETER__KEY, "Experiment 'x': instrument 'sharpness' has a parameter with an "
                        + "empty key");
    }

    @Test
    void instrumentIntervalOnlyMattersForEveryNSteps() {
        Experiment e = Fixtures.experiment("x");
        e.getInstruments().add(instrument("sharpness", i -> {
            i.setTrigger(InstrumentTrigger.AT_END);
            i.setEvery(0);
        }));
        assertEquals(List.of(), ModelValidation.validate(e));
    }

    @Test
    void duplicateInstrumentParameterIsAWarning() {
        Problem p = single("x", e -> e.getInstruments().add(instrument("sharpness", i -> {
            i.getParameters().add(parameter("iterations", "20"));
            i.getParameters().add(parameter("iterations", "30"));
        })));
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("Experiment 'x': instrument 'sharpness' sets parameter 'iterations' 2 times", p.message());
    }

    @Test
    void contributedDatasetIsAccepted() {
        Experiment e = Fixtures.experiment("x");
        e.getDataset().setName("cifar-10-test-only");
        assertFalse(ModelValidation.validate(e).isEmpty());
        DatasetNames.register("cifar-10-test-only", DatasetNames.Kind.IMAGE);
        try {
            assertEquals(List.of(), ModelValidation.validate(e));
        } finally {
            DatasetNames.unregister("cifar-10-test-only");
        }
        assertFalse(ModelValidation.validate(e).isEmpty());
    }

    @Test
    void everyProblemPointsAtTheObjectItIsOn() {
        Experiment e = Fixtures.experiment("x");
        e.getOptimizer().setLearningRate(-1);
        e.getModel().setWidth(0);
        List<Problem> problems = ModelValidation.validate(e);
        assertEquals(2, problems.size());
        assertSame(e.getModel(), problems.get(0).object());
        assertSame(e.getOptimizer(), problems.get(1).object());
        assertTrue(ModelValidation.hasErrors(problems));
        assertEquals(2, ModelValidation.errors(problems).size());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static List<String> messages(Experiment e) {
        return ModelValidation.validate(e).stream().map(Problem::message).toList();
    }

    private static Experiment named(String name) {
        Experiment e = Fixtures.experiment("x");
        e.setName(name);
        return e;
    }

    private static Problem single(String name, Consumer<Experiment> breakIt) {
        Experiment e = Fixtures.experiment(name);
        breakIt.accept(e);
        List<Problem> problems = ModelValidation.validate(e);
        if (problems.size() != 1) {
            fail("expected one problem, got " + problems);
        }
        return problems.get(0);
    }

    private static void assertMessage(Consumer<Experiment> breakIt, EStructuralFeature feature, String message) {
        Problem p = single("x", breakIt);
        assertEquals(message, p.message());
        assertEquals(feature, p.feature());
        assertEquals(Severity.ERROR, p.severity());
    }

    private static InstrumentSpec instrument(String id) {
        return instrument(id, i -> { });
    }

    private static InstrumentSpec instrument(String id, Consumer<InstrumentSpec> configure) {
        InstrumentSpec i = LmwFactory.eINSTANCE.createInstrumentSpec();
        i.setInstrumentId(id);
        configure.accept(i);
        return i;
    }

    private static Parameter parameter(String key, String value) {
        Parameter p = LmwFactory.eINSTANCE.createParameter();
        p.setKey(key);
        p.setValue(value);
        return p;
    }
}
