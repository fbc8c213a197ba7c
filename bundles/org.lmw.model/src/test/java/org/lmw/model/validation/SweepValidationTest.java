// Sweep validation: axes must name hyperparameters, carry values, and every value must be valid for its field.
package org.lmw.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lmw.model.Architecture;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.LmwPackage;
import org.lmw.model.Sweep;
import org.lmw.model.SweepAxis;
import org.lmw.model.SweepMode;
import org.lmw.model.validation.Problem.Severity;

class SweepValidationTest {

    @Test
    void validGridSweepHasNoProblems() {
        Experiment e = withSweep(SweepMode.GRID, axis("optimizer.learningRate", "0.01", "0.1", "1e-3"),
                axis("model.width", "64", "128"), axis("seed", "0", "1", "2"));
        assertEquals(List.of(), ModelValidation.validate(e));
    }

    @Test
    void axisWithoutValues() {
        Experiment e = withSweep(SweepMode.GRID, axis("optimizer.learningRate"));
        assertEquals(List.of("Experiment 'x': sweep axis 'optimizer.learningRate' has no values"), messages(e));
        assertEquals(LmwPackage.Literals.SWEEP_AXIS__VALUES, ModelValidation.validate(e).get(0).feature());
    }

    @Test
    void misspelledPathSuggestsTheKnownOne() {
        Experiment e = withSweep(SweepMode.GRID, axis("optimizer.learingRate", "0.1"));
        assertEquals(List.of("Experiment 'x': sweep axis 'optimizer.learingRate' names no hyperparameter "
                + "(did you mean optimizer.learningRate?)"), messages(e));
    }

    @Test
    void barePathSuggestsTheUniqueFullPath() {
        Experiment e = withSweep(SweepMode.GRID, axis("width", "64"));
        assertEquals(List.of("Experiment 'x': sweep axis 'width' names no hyperparameter (did you mean "
                + "model.width?)"), messages(e));
    }

    @Test
    void farOffPathListsTheKnownPaths() {
        String message = messages(withSweep(SweepMode.GRID, axis("banana", "1"))).get(0);
        assertTrue(message.startsWith("Experiment 'x': sweep axis 'banana' names no hyperparameter (known: seed, "),
                message);
        assertTrue(message.contains("optimizer.learningRate"), message);
    }

    @Test
    void emptyAxisPath() {
        assertEquals(List.of("Experiment 'x': sweep axis 1 names no hyperparameter"),
                messages(withSweep(SweepMode.GRID, axis("", "1"))));
    }

    @Test
    void valuesThatDoNotParseAsTheFieldType() {
        assertEquals(List.of("Experiment 'x': sweep axis 'model.width' value '64.5': '64.5' is not a whole number"),
                messages(withSweep(SweepMode.GRID, axis("model.width", "64", "64.5"))));
        assertEquals(List.of("Experiment 'x': sweep axis 'optimizer.learningRate' value 'fast': 'fast' is not a "
                + "number"), messages(withSweep(SweepMode.GRID, axis("optimizer.learningRate", "fast"))));
        assertEquals(List.of("Experiment 'x': sweep axis 'model.activation' value 'swish': 'swish' is not one of "
                + "relu, tanh, gelu, sigmoid, identity"),
                messages(withSweep(SweepMode.GRID, axis("model.activation", "tanh", "swish"))));
        assertEquals(List.of("Experiment 'x': sweep axis 'training.shuffle' value 'yes': 'yes' is not true or "
                + "false"), messages(withSweep(SweepMode.GRID, axis("training.shuffle", "yes"))));
    }

    @Test
    void valuesOutsideTheFieldRangeNameTheRule() {
        assertEquals(List.of("Experiment 'x': sweep axis 'optimizer.learningRate' value '-0.1': optimizer learning "
                + "rate must be > 0 (was -0.1)"),
                messages(withSweep(SweepMode.GRID, axis("optimizer.learningRate", "0.1", "-0.1"))));
        assertEquals(List.of("Experiment 'x': sweep axis 'model.width' value '0': model width must be ≥ 1 (was 0)"),
                messages(withSweep(SweepMode.GRID, axis("model.width", "0"))));
        assertEquals(List.of("Experiment 'x': sweep axis 'optimizer.learningRate' value 'NaN': optimizer learning "
                + "rate must be a finite number (was NaN)"),
                messages(withSweep(SweepMode.GRID, axis("optimizer.learningRate", "NaN"))));
        assertEquals(List.of("Experiment 'x': sweep axis 'dataset.name' value 'cifar-99': dataset 'cifar-99' is "
                + "unknown (known: fashion-mnist, teacher-student, deep-linear)"),
                messages(withSweep(SweepMode.GRID, axis("dataset.name", "fashion-mnist", "cifar-99"))));
    }

    @Test
    void valueThatBreaksACrossFieldRuleIsFound() {
        Experiment e = withSweep(SweepMode.GRID, axis("dataset.name", "teacher-student"));
        e.getModel().setArchitecture(Architecture.CNN);
        List<String> messages = messages(e);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("Experiment 'x': sweep axis 'dataset.name' value 'teacher-student': "
                + "model architecture cnn needs an image dataset"), messages.get(0));
    }

    @Test
    void problemsOfTheExperimentItselfAreNotBlamedOnTheSweep() {
        Experiment e = withSweep(SweepMode.GRID, axis("model.width", "64"));
        e.getOptimizer().setLearningRate(-1);
        assertEquals(List.of("Experiment 'x': optimizer learning rate must be > 0 (was -1)"), messages(e));
    }

    @Test
    void listSweepAxesMustHaveEqualLength() {
        Experiment e = withSweep(SweepMode.LIST, axis("model.width", "64", "128", "256"),
                axis("optimizer.learningRate", "0.1", "0.05"));
        assertEquals(List.of("Experiment 'x': sweep in list mode needs axes of equal length, but axis "
                + "'model.width' has 3 values and axis 'optimizer.learningRate' has 2"), messages(e));
    }

    @Test
    void duplicateAxesAreErrorsAndDuplicateValuesWarnings() {
        SweepAxis repeated = axis("seed", "1");
        // The values list is unique when edited through the API, but a hand-edited file can repeat a value.
        ((org.eclipse.emf.ecore.util.InternalEList<String>) repeated.getValues()).addUnique("1");
        Experiment e = withSweep(SweepMode.GRID, repeated, axis("seed", "2"));
        List<Problem> problems = ModelValidation.validate(e);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("Experiment 'x': sweep axis 'seed' appears 2 times", problems.get(0).message());
        assertEquals(Severity.ERROR, problems.get(0).severity());
        assertEquals("Experiment 'x': sweep axis 'seed' lists value '1' 2 times", problems.get(1).message());
        assertEquals(Severity.WARNING, problems.get(1).severity());
    }

    @Test
    void sweepWithoutAxesIsAWarning() {
        Problem p = ModelValidation.validate(withSweep(SweepMode.GRID)).get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("Experiment 'x': sweep has no axes, so it launches a single run", p.message());
    }

    @Test
    void hugeGridIsRefusedAndLargeGridWarned() {
        String[] values = new String[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = Integer.toString(i);
        }
        List<Problem> large = ModelValidation.validate(withSweep(SweepMode.GRID, axis("seed", values),
                axis("training.maxSteps", java.util.Arrays.copyOf(values, 20))));
        assertEquals(List.of("Experiment 'x': sweep expands to 2000 runs"),
                large.stream().map(Problem::message).toList());
        assertEquals(Severity.WARNING, large.get(0).severity());
        List<String> huge = messages(withSweep(SweepMode.GRID, axis("seed", values), axis("model.width", values),
                axis("model.depth", java.util.Arrays.copyOfRange(values, 1, 100))));
        assertTrue(huge.contains("Experiment 'x': sweep expands to 990000 runs; at most 100000 are allowed"),
                huge.toString());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static Experiment withSweep(SweepMode mode, SweepAxis... axes) {
        Experiment e = Fixtures.experiment("x");
        Sweep sweep = LmwFactory.eINSTANCE.createSweep();
        sweep.setMode(mode);
        sweep.getAxes().addAll(List.of(axes));
        e.setSweep(sweep);
        return e;
    }

    static SweepAxis axis(String path, String... values) {
        SweepAxis axis = LmwFactory.eINSTANCE.createSweepAxis();
        axis.setParameter(path);
        axis.getValues().addAll(List.of(values));
        return axis;
    }

    private static List<String> messages(Experiment e) {
        return ModelValidation.validate(e).stream().map(Problem::message).toList();
    }
}
