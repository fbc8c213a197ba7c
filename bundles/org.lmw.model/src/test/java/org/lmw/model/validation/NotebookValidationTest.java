// Notebook and prediction validation: statements, bounds, metrics and cell ids.
package org.lmw.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lmw.model.ChartCell;
import org.lmw.model.LmwFactory;
import org.lmw.model.LmwPackage;
import org.lmw.model.Notebook;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.validation.Problem.Severity;

class NotebookValidationTest {

    @Test
    void validNotebookHasNoProblems() {
        assertEquals(List.of(), ModelValidation.validate(Fixtures.notebook("EoS")));
    }

    @Test
    void emptyStatementIsAnError() {
        Notebook n = Fixtures.notebook("EoS");
        prediction(n).setStatement(" ");
        Problem p = ModelValidation.validate(n).get(0);
        assertEquals("Notebook 'EoS': cell 'eos' prediction v1 statement is empty", p.message());
        assertEquals(LmwPackage.Literals.PREDICTION__STATEMENT, p.feature());
        assertEquals(Severity.ERROR, p.severity());
    }

    @Test
    void lowerAboveUpperIsAnError() {
        Notebook n = Fixtures.notebook("EoS");
        prediction(n).setLower(50);
        assertEquals(List.of("Notebook 'EoS': cell 'eos' prediction v1 lower bound 50 is above its upper bound 44"),
                messages(n));
    }

    @Test
    void nanBoundIsAnErrorButInfiniteBoundsAreOpenSides() {
        Notebook n = Fixtures.notebook("EoS");
        prediction(n).setUpper(Double.NaN);
        assertEquals(List.of("Notebook 'EoS': cell 'eos' prediction v1 upper bound must be a number (was NaN)"),
                messages(n));
        Notebook threshold = Fixtures.notebook("EoS");
        prediction(threshold).setKind(PredictionKind.THRESHOLD);
        prediction(threshold).setUpper(Double.POSITIVE_INFINITY);
        assertEquals(List.of(), messages(threshold));
    }

    @Test
    void intervalNeedsBothBoundsAndThresholdOne() {
        Notebook interval = Fixtures.notebook("EoS");
        prediction(interval).setUpper(Double.POSITIVE_INFINITY);
        assertEquals(List.of("Notebook 'EoS': cell 'eos' prediction v1 is an interval but its upper bound is "
                + "unbounded (set a finite value)"), messages(interval));
        Notebook threshold = Fixtures.notebook("EoS");
        prediction(threshold).setKind(PredictionKind.THRESHOLD);
        prediction(threshold).setLower(Double.NEGATIVE_INFINITY);
        prediction(threshold).setUpper(Double.POSITIVE_INFINITY);
        assertEquals(List.of("Notebook 'EoS': cell 'eos' prediction v1 is a threshold but both bounds are "
                + "unbounded (set a finite lower or upper bound)"), messages(threshold));
    }

    @Test
    void missingMetricIsAWarningSinceTheDraftIsStillWorthKeeping() {
        Notebook n = Fixtures.notebook("EoS");
        prediction(n).setMetric("");
        Problem p = ModelValidation.validate(n).get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("Notebook 'EoS': cell 'eos' prediction v1 metric is empty", p.message());
    }

    @Test
    void negativeStepAndVersionBelowOne() {
        Notebook n = Fixtures.notebook("EoS");
        prediction(n).setAtStep(-1);
        assertEquals(List.of("Notebook 'EoS': cell 'eos' prediction v1 step must be ≥ 0 (was -1)"), messages(n));
        Notebook v = Fixtures.notebook("EoS");
        prediction(v).setVersion(0);
        assertEquals(List.of("Notebook 'EoS': cell 'eos' prediction v0 version must be ≥ 1 (was 0)"), messages(v));
    }

    @Test
    void frozenPredictionWithoutHashIsAWarning() {
        Notebook n = Fixtures.notebook("EoS");
        prediction(n).setContentHash(null);
        assertEquals(List.of("Notebook 'EoS': cell 'eos' prediction v1 is frozen but has no content hash, so later "
                + "edits cannot be detected"), messages(n));
    }

    @Test
    void duplicateCellIdsAndEmptyChartMetric() {
        Notebook n = Fixtures.notebook("");
        ChartCell chart = LmwFactory.eINSTANCE.createChartCell();
        chart.setId("intro");
        n.getCells().add(chart);
        assertEquals(List.of("Notebook (untitled): cell id 'intro' is used by 2 cells",
                "Notebook (untitled): cell 'intro' metric is empty"), messages(n));
    }

    @Test
    void emptyPredictionCellIsAWarning() {
        Notebook n = Fixtures.notebook("EoS");
        PredictionCell cell = LmwFactory.eINSTANCE.createPredictionCell();
        n.getCells().add(cell);
        Problem p = ModelValidation.validate(n).get(0);
        assertEquals("Notebook 'EoS': cell 4 holds no prediction", p.message());
        assertEquals(Severity.WARNING, p.severity());
    }

    @Test
    void aPredictionOnItsOwnIsNamedByItsType() {
        Prediction p = Fixtures.prediction();
        p.setStatement("");
        assertEquals("Prediction: prediction statement is empty", ModelValidation.validate(p).get(0).message());
    }

    private static Prediction prediction(Notebook n) {
        return ((PredictionCell) n.getCells().get(2)).getPredictions().get(0);
    }

    private static List<String> messages(Notebook n) {
        return ModelValidation.validate(n).stream().map(Problem::message).toList();
    }
}
