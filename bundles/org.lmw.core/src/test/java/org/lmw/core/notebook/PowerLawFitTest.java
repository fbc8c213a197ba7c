// The power-law fit recovers exact curves and its 95 % bootstrap interval for alpha covers the truth (Done-when 2).
package org.lmw.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class PowerLawFitTest {

    private static double[] logSpaced(int n, double from, double to) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from * Math.pow(to / from, (double) i / (n - 1));
        }
        return x;
    }

    @Test
    void exactCurveIsRecovered() {
        double[] x = logSpaced(30, 1, 1000);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * Math.pow(x[i], -0.5) + 0.1;
        }
        PowerLawFit.Fit fit = PowerLawFit.fit(x, y);
        assertEquals(0.5, fit.alpha(), 1e-5);
        assertEquals(3.0, fit.a(), 1e-4);
        assertEquals(0.1, fit.c(), 1e-4);
        assertEquals(1.0, fit.rSquared(y), 1e-9);
    }

    @Test
    void steeperCurveWithoutOffsetIsRecovered() {
        double[] x = logSpaced(25, 10, 5000);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 40 * Math.pow(x[i], -1.3);
        }
        PowerLawFit.Fit fit = PowerLawFit.fit(x, y);
        assertEquals(1.3, fit.alpha(), 1e-4);
        assertEquals(0.0, fit.c(), 1e-6);
    }

    /**
     * Done-when 2: on y = 3 x^(-0.5) + 0.1 plus Gaussian noise (sd 0.05, 40 log-spaced x in [1, 1000]), the 95 %
     * bootstrap interval for alpha contains 0.5 in at least 90 of 100 seeded trials.
     */
    @Test
    void bootstrapIntervalCoversTrueAlpha() {
        int covered = 0;
        double width = 0;
        double[] x = logSpaced(40, 1, 1000);
        long started = System.nanoTime();
        for (int trial = 0; trial < 100; trial++) {
            Random random = new Random(1000 + trial);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = 3 * Math.pow(x[i], -0.5) + 0.1 + 0.05 * random.nextGaussian();
            }
            PowerLawFit.Result r = PowerLawFit.bootstrap(x, y, 0.95, 1000, trial);
            if (r.alphaLow() <= 0.5 && 0.5 <= r.alphaHigh()) {
                covered++;
            }
            width += r.alphaHigh() - r.alphaLow();
        }
        System.out.printf("power-law bootstrap coverage: 95%% CI for alpha contains 0.5 in %d of 100 trials "
                + "(mean width %.4f, %.1f s)%n", covered, width / 100, (System.nanoTime() - started) / 1e9);
        assertTrue(covered >= 90, "coverage " + covered + " of 100");
    }

    @Test
    void tooFewPointsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PowerLawFit.fit(new double[] {1, 2, 3, 4}, new double[] {1, 0.5, 0.3, 0.25}));
        assertThrows(IllegalArgumentException.class,
                () -> PowerLawFit.fit(new double[] {0, 1, 2, 3, 4}, new double[] {1, 1, 0.5, 0.3, 0.25}));
    }
}
