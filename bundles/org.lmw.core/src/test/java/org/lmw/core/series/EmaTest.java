// Proves the smoothing equals a direct debiased EMA, starts at the first value and lets divergence show.
package org.lmw.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmaTest {

    @Test
    void smoothingEqualsADirectDebiasedEma() {
        double[] v = { 2.3, 1.9, 2.1, 1.2, 0.9, 1.1, 0.4 };
        double w = 0.6;
        double[] smoothed = Ema.smooth(v, w);
        for (int t = 0; t < v.length; t++) {
            // Direct form: a weighted mean of v_0..v_t with weights (1-w) w^(t-i), normalised to sum to 1.
            double num = 0;
            double den = 0;
            for (int i = 0; i <= t; i++) {
                double weight = (1 - w) * Math.pow(w, t - i);
                num += weight * v[i];
                den += weight;
            }
            assertEquals(num / den, smoothed[t], 1e-12, "at " + t);
        }
        assertEquals(v[0], smoothed[0], 1e-15, "the first smoothed value is the first value");
    }

    @Test
    void zeroWeightIsTheIdentity() {
        double[] v = { 1, 5, 2 };
        assertArrayEquals(v, Ema.smooth(v, 0));
    }

    @Test
    void nonFiniteValuesPassThroughAndDoNotPoisonTheAverage() {
        double[] smoothed = Ema.smooth(new double[] { 1, Double.NaN, 1, Double.POSITIVE_INFINITY }, 0.9);
        assertEquals(1, smoothed[0], 1e-12);
        assertTrue(Double.isNaN(smoothed[1]));
        assertEquals(1, smoothed[2], 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, smoothed[3]);
    }

    @Test
    void weightOutsideTheUnitIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ema.smooth(new double[1], 1.0));
        assertThrows(IllegalArgumentException.class, () -> Ema.smooth(new double[1], -0.1));
    }
}
