// Hyperparameter paths: the sweepable list, typed get/set/parse, suggestions and resolving a sweep point.
package org.lmw.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lmw.model.Activation;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.LmwPackage;
import org.lmw.model.OptimizerKind;
import org.lmw.model.ScheduleKind;
import org.lmw.model.validation.HyperparameterPaths.Hyperparameter;
import org.lmw.model.validation.HyperparameterPaths.ValueType;

class HyperparameterPathsTest {

    @Test
    void listsTheSweepablePathsInModelOrder() {
        List<String> paths = HyperparameterPaths.paths();
        assertEquals("seed", paths.get(0));
        for (String p : List.of("dataset.name", "dataset.trainSize", "dataset.noise", "model.architecture",
                "model.width", "model.depth", "model.activation", "model.parametrisation", "model.initScale",
                "optimizer.kind", "optimizer.learningRate", "optimizer.momentum", "optimizer.weightDecay",
                "optimizer.beta1", "optimizer.beta2", "optimizer.epsilon", "optimizer.schedule.kind",
                "optimizer.schedule.warmupSteps", "optimizer.schedule.gamma", "training.batchSize",
                "training.epochs", "training.maxSteps", "training.evalEvery", "training.shuffle")) {
            assertTrue(paths.contains(p), p + " missing from " + paths);
        }
        for (String notAHyperparameter : List.of("name", "description", "tags", "dataset.location", "sweep",
                "instruments")) {
            assertTrue(!paths.contains(notAHyperparameter), notAHyperparameter);
        }
        assertTrue(paths.indexOf("model.width") < paths.indexOf("optimizer.learningRate"));
    }

    @Test
    void typesAndLabelsFollowTheModel() {
        assertEquals(ValueType.LONG, HyperparameterPaths.require("seed").type());
        assertEquals(ValueType.INTEGER, HyperparameterPaths.require("model.width").type());
        assertEquals(ValueType.NUMBER, HyperparameterPaths.require("optimizer.learningRate").type());
        assertEquals(ValueType.BOOLEAN, HyperparameterPaths.require("training.shuffle").type());
        assertEquals(ValueType.CHOICE, HyperparameterPaths.require("optimizer.kind").type());
        assertEquals(ValueType.TEXT, HyperparameterPaths.require("dataset.name").type());
        assertEquals(List.of("sgd", "adam"), HyperparameterPaths.require("optimizer.kind").choices());
        assertEquals("optimizer learning rate", HyperparameterPaths.require("optimizer.learningRate").label());
        assertEquals("learning-rate schedule warm-up steps",
                HyperparameterPaths.require("optimizer.schedule.warmupSteps").label());
        assertEquals("training batch size", HyperparameterPaths.require("training.batchSize").label());
    }

    @Test
    void getAndSetByPath() {
        Experiment e = Fixtures.experiment("x");
        assertEquals(0.05, HyperparameterPaths.get(e, "optimizer.learningRate"));
        HyperparameterPaths.set(e, "optimizer.learningRate", "1e-3");
        assertEquals(0.001, e.getOptimizer().getLearningRate());
        HyperparameterPaths.set(e, "model.width", 512);
        assertEquals(512, e.getModel().getWidth());
        HyperparameterPaths.set(e, "seed", "7");
        assertEquals(7L, e.getSeed());
        HyperparameterPaths.set(e, "optimizer.kind", "ADAM");
        assertEquals(OptimizerKind.ADAM, e.getOptimizer().getKind());
        HyperparameterPaths.set(e, "model.activation", Activation.TANH);
        assertEquals("tanh", HyperparameterPaths.getText(e, "model.activation"));
        HyperparameterPaths.set(e, "training.shuffle", "FALSE");
        assertEquals(false, e.getTraining().isShuffle());
    }

    @Test
    void setCreatesMissingPartsAndGetReadsTheirDefaults() {
        Experiment e = LmwFactory.eINSTANCE.createExperiment();
        assertEquals(0, HyperparameterPaths.get(e, "optimizer.schedule.warmupSteps"));
        assertNull(e.getOptimizer());
        HyperparameterPaths.set(e, "optimizer.schedule.kind", "cosine");
        assertNotNull(e.getOptimizer());
        assertEquals(ScheduleKind.COSINE, e.getOptimizer().getSchedule().getKind());
    }

    @Test
    void parseIsStrict() {
        Hyperparameter width = HyperparameterPaths.require("model.width");
        assertEquals("'64.0' is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> width.parse("64.0")).getMessage());
        assertEquals("'99999999999' is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> width.parse("99999999999")).getMessage());
        Hyperparameter lr = HyperparameterPaths.require("optimizer.learningRate");
        assertEquals(0.5, lr.parse(" .5 "));
        assertEquals(1e-8, lr.parse("1E-8"));
        assertTrue(Double.isNaN((Double) lr.parse("NaN")));
        assertEquals("'0x1p3' is not a number",
                assertThrows(IllegalArgumentException.class, () -> lr.parse("0x1p3")).getMessage());
        assertEquals("'1d' is not a number",
                assertThrows(IllegalArgumentException.class, () -> lr.parse("1d")).getMessage());
        assertEquals("the value is empty",
                assertThrows(IllegalArgumentException.class, () -> lr.parse("")).getMessage());
    }

    @Test
    void wrongTypedValueIsRefused() {
        Experiment e = Fixtures.experiment("x");
        assertThrows(IllegalArgumentException.class, () -> HyperparameterPaths.set(e, "model.width", 1.5));
        assertThrows(IllegalArgumentException.class, () -> HyperparameterPaths.set(e, "model.width", 1L << 40));
        assertThrows(IllegalArgumentException.class, () -> HyperparameterPaths.set(e, "training.shuffle", 1));
        HyperparameterPaths.set(e, "model.width", 64.0);
        assertEquals(64, e.getModel().getWidth());
    }

    @Test
    void unknownPathSuggestsTheNearest() {
        assertEquals(Optional.of("optimizer.learningRate"), HyperparameterPaths.suggest("optimizer.learingRate"));
        assertEquals(Optional.of("optimizer.learningRate"), HyperparameterPaths.suggest("OPTIMIZER.LEARNINGRATE"));
        assertEquals(Optional.of("training.batchSize"), HyperparameterPaths.suggest("batchSize"));
        assertEquals(Optional.empty(), HyperparameterPaths.suggest("banana"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HyperparameterPaths.require("model.widht"));
        assertEquals("'model.widht' names no hyperparameter (did you mean model.width?)", e.getMessage());
    }

    @Test
    void findsThePathOfAField() {
        Experiment e = Fixtures.experiment("x");
        assertEquals("optimizer.schedule.gamma", HyperparameterPaths.of(e.getOptimizer().getSchedule(),
                LmwPackage.Literals.SCHEDULE_SPEC__GAMMA).orElseThrow().path());
        assertEquals("seed", HyperparameterPaths.of(e, LmwPackage.Literals.EXPERIMENT__SEED).orElseThrow().path());
        assertEquals(Optional.empty(), HyperparameterPaths.of(e, LmwPackage.Literals.EXPERIMENT__NAME));
    }

    @Test
    void resolveCopiesWithoutTouchingTheBase() {
        Experiment base = SweepValidationTest.withSweep(org.lmw.model.SweepMode.GRID,
                SweepValidationTest.axis("model.width", "64", "128"));
        Map<String, String> point = new LinkedHashMap<>();
        point.put("model.width", "64");
        point.put("optimizer.learningRate", "0.2");
        Experiment resolved = HyperparameterPaths.resolve(base, point);
        assertEquals(64, resolved.getModel().getWidth());
        assertEquals(0.2, resolved.getOptimizer().getLearningRate());
        assertNull(resolved.getSweep());
        assertEquals(256, base.getModel().getWidth());
        assertNotNull(base.getSweep());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> HyperparameterPaths.resolve(base, Map.of("model.width", "wide")));
        assertEquals("model.width: 'wide' is not a whole number", bad.getMessage());
    }
}
