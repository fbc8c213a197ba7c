// The EMF EValidator: registered for the LMW package, EMF's Diagnostician reports the same messages.
package org.lmw.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lmw.model.Experiment;
import org.lmw.model.LmwPackage;
import org.lmw.model.SweepMode;

class ExperimentValidatorTest {

    @BeforeAll
    static void register() {
        ExperimentValidator.register();
    }

    @Test
    void isRegisteredForTheLmwPackage() {
        assertSame(ExperimentValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(LmwPackage.eINSTANCE));
    }

    @Test
    void diagnosticianOnAValidExperimentIsOk() {
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(Fixtures.experiment("x")).getSeverity());
    }

    @Test
    void diagnosticianReportsTheSameMessagesWithObjectAndFeature() {
        Experiment e = SweepValidationTest.withSweep(SweepMode.GRID,
                SweepValidationTest.axis("optimizer.learingRate", "0.1"));
        e.getOptimizer().setLearningRate(-0.1);
        e.getModel().setWidth(0);
        Diagnostic result = Diagnostician.INSTANCE.validate(e);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        List<String> messages = result.getChildren().stream().map(Diagnostic::getMessage).toList();
        List<String> expected = ModelValidation.validate(e).stream().map(Problem::message).toList();
        assertEquals(expected, messages);
        assertEquals(3, messages.size());
        Diagnostic width = result.getChildren().get(0);
        assertSame(e.getModel(), width.getData().get(0));
        assertSame(LmwPackage.Literals.MODEL_SPEC__WIDTH, width.getData().get(1));
        assertTrue(width.getData().get(2) instanceof Problem);
        assertEquals(ExperimentValidator.DIAGNOSTIC_SOURCE, width.getSource());
    }

    @Test
    void warningsStayWarnings() {
        Experiment e = Fixtures.experiment("x");
        e.setName("lr:0.1");
        Diagnostic result = Diagnostician.INSTANCE.validate(e);
        assertEquals(Diagnostic.WARNING, result.getSeverity());
    }

    @Test
    void notebooksAreValidatedToo() {
        var n = Fixtures.notebook("EoS");
        n.getCells().clear();
        var p = Fixtures.prediction();
        p.setLower(9);
        p.setUpper(1);
        var cell = org.lmw.model.LmwFactory.eINSTANCE.createPredictionCell();
        cell.setId("c");
        cell.getPredictions().add(p);
        n.getCells().add(cell);
        Diagnostic result = Diagnostician.INSTANCE.validate(n);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        assertEquals("Notebook 'EoS': cell 'c' prediction v1 lower bound 9 is above its upper bound 1",
                result.getChildren().get(0).getMessage());
    }
}
