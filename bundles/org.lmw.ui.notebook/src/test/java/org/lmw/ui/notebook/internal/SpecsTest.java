// Plain-language claims of predictions and the parsing of the edit form's bounds.
package org.lmw.ui.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lmw.model.LmwFactory;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionKind;
import org.lmw.model.RunQuery;
import org.lmw.model.Window;

class SpecsTest {

    @Test
    void aThresholdReadsAsTheMetricItsWindowAndItsBound() {
        Prediction p = LmwFactory.eINSTANCE.createPrediction();
        p.setKind(PredictionKind.THRESHOLD);
        p.setMetric("test_accuracy");
        p.setWindow(Window.END);
        p.setLower(0.88);
        RunQuery q = LmwFactory.eINSTANCE.createRunQuery();
        q.setExperiment("mlp");
        q.getTags().add("baseline");
        p.setQuery(q);
        assertEquals("test_accuracy at the end \u2265 0.88   \u00b7   threshold   \u00b7   runs: experiment mlp \u00b7 tags "
                + "baseline", Specs.claim(p));
    }

    @Test
    void intervalsShowOpenEndsAsOneSidedBounds() {
        assertEquals("\u2208 [0.85, 1.15]", Specs.interval(0.85, 1.15));
        assertEquals("\u2264 2", Specs.interval(Double.NEGATIVE_INFINITY, 2));
        assertEquals("unbounded", Specs.interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    @Test
    void aRatioAndAPowerLawNameTheirTheoryAndAxis() {
        Prediction p = LmwFactory.eINSTANCE.createPrediction();
        p.setKind(PredictionKind.RATIO);
        p.setMetric("sharpness");
        p.setTheory("2/lr");
        p.setWindow(Window.LAST_HALF);
        p.setLower(0.85);
        p.setUpper(1.15);
        assertTrue(Specs.claim(p).startsWith("sharpness / (2/lr) over the last half \u2208 [0.85, 1.15]"),
                Specs.claim(p));
        p.setKind(PredictionKind.POWER_LAW);
        p.setAgainst("model.width");
        assertTrue(Specs.claim(p).contains("over x = model.width, \u03b1 \u2208 [0.85, 1.15]"), Specs.claim(p));
    }

    @Test
    void boundsParseEmptyAsOpenAndRejectText() {
        assertEquals(Double.NEGATIVE_INFINITY, EditForm.bound("", Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, EditForm.bound("\u221e", 0));
        assertEquals(-0.5, EditForm.bound("\u22120.5", 0));
        assertThrows(NumberFormatException.class, () -> EditForm.bound("abc", 0));
        assertEquals("0.1", EditForm.boundText(0.1));
        assertEquals("", EditForm.boundText(Double.POSITIVE_INFINITY));
    }

    @Test
    void shortHashesKeepTenHexDigits() {
        assertEquals("#0123456789", Specs.shortHash("sha256:0123456789abcdef"));
    }
}
