// Tests the Jacobi eigensolver, Lanczos, power iteration and Hutchinson on matrices with known spectra (no DJL).
package org.lmw.engine.instruments.hessian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class EigenSolversTest {

    /** Q diag(λ) Qᵀ with a random orthogonal Q (Gram-Schmidt of a Gaussian matrix). */
    static double[][] withSpectrum(double[] lambda, Random random) {
        int n = lambda.length;
        double[][] q = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] v = Vectors.randomUnit(n, random);
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < i; j++) {
                    Vectors.axpy(-Vectors.dot(v, q[j]), q[j], v);
                }
            }
            Vectors.scale(1 / Vectors.norm(v), v);
            q[i] = v;
        }
        double[][] a = new double[n][n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] += lambda[k] * q[k][i] * q[k][j];
                }
            }
        }
        return a;
    }

    private static double[] spectrum(int n) {
        // A Hessian-like spectrum: a few outliers, a bulk decaying to zero, some negative eigenvalues.
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = 10.0 / (1 + i) - 0.3 * Math.sin(i);
        }
        lambda[0] = 50;
        lambda[1] = 31;
        lambda[2] = 30;
        lambda[n - 1] = -20;
        return lambda;
    }

    private static double[] sortedDescending(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        for (int i = 0; i < s.length / 2; i++) {
            double t = s[i];
            s[i] = s[s.length - 1 - i];
            s[s.length - 1 - i] = t;
        }
        return s;
    }

    @Test
    void jacobiRecoversAKnownSpectrumAndVectors() {
        double[] lambda = spectrum(120);
        double[][] a = withSpectrum(lambda, new Random(1));
        long t0 = System.nanoTime();
        SymmetricEigen e = SymmetricEigen.of(a);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        double[] expected = sortedDescending(lambda);
        double worst = 0;
        for (int i = 0; i < lambda.length; i++) {
            worst = Math.max(worst, Math.abs(e.values()[i] - expected[i]));
            double[] v = e.vector(i);
            double[] av = LinearOperator.of(a).apply(v);
            Vectors.axpy(-e.values()[i], v, av);
            assertTrue(Vectors.norm(av) < 1e-12 * 50, "residual of pair " + i + ": " + Vectors.norm(av));
        }
        System.out.printf("Jacobi n=120: %d sweeps, %d ms, worst eigenvalue error %.2e%n", e.sweeps(), ms, worst);
        assertTrue(worst < 1e-12 * 50, "worst error " + worst);
    }

    @Test
    void lanczosFindsTheLargestAlgebraicEigenvalues() {
        double[] lambda = spectrum(300);
        double[][] a = withSpectrum(lambda, new Random(2));
        double[] expected = sortedDescending(lambda);
        EigenResult r = Lanczos.top(LinearOperator.of(a), 3, 300, 1e-8, null, new Random(3), null);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], r.values()[i], 1e-9 * expected[0], "eigenvalue " + (i + 1));
        }
        assertTrue(r.converged());
        assertTrue(r.residual() < 1e-7, "residual " + r.residual());
        System.out.printf("Lanczos n=300 k=3 tol 1e-8: %d iterations, residual %.2e%n", r.iterations(),
                r.residual());
        // A warm start from the answer's vectors converges sooner.
        double[] start = r.vectors()[0].clone();
        Vectors.axpy(1, r.vectors()[1], start);
        Vectors.axpy(1, r.vectors()[2], start);
        EigenResult warm = Lanczos.top(LinearOperator.of(a), 3, 300, 1e-8, start, new Random(4), null);
        assertEquals(expected[0], warm.values()[0], 1e-9 * expected[0]);
        assertTrue(warm.iterations() < r.iterations(), warm.iterations() + " vs cold " + r.iterations());
    }

    /**
     * Partial reorthogonalisation keeps the basis semi-orthogonal through a long run in which many Ritz values
     * converge: no spurious copy of a converged eigenvalue, true residuals as small as the estimate says, and
     * orthogonal Ritz vectors. Also checks the fused vector passes against their plain definitions.
     */
    @Test
    void lanczosStaysSemiOrthogonalOverALongRun() {
        int n = 400;
        double[] lambda = spectrum(n);
        double[][] a = withSpectrum(lambda, new Random(11));
        double[] expected = sortedDescending(lambda);
        LinearOperator op = LinearOperator.of(a);
        EigenResult r = Lanczos.top(op, 5, 250, 1e-13, null, new Random(12), null, true);
        System.out.printf("Lanczos n=400 k=5 tol 1e-13: %d iterations, exact residual %.2e, converged %s%n",
                r.iterations(), r.residual(), r.converged());
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], r.values()[i], 1e-10 * expected[0], "eigenvalue " + (i + 1));
            double[] av = op.apply(r.vectors()[i]);
            Vectors.axpy(-r.values()[i], r.vectors()[i], av);
            assertTrue(Vectors.norm(av) < 1e-9 * expected[0], "residual of pair " + (i + 1) + ": " + Vectors.norm(av));
            for (int j = 0; j < i; j++) {
                double overlap = Math.abs(Vectors.dot(r.vectors()[i], r.vectors()[j]));
                assertTrue(overlap < 1e-8, "Ritz vectors " + (j + 1) + " and " + (i + 1) + " overlap " + overlap);
            }
        }

        Random random = new Random(13);
        double[] w = Vectors.randomUnit(1001, random);
        double[] q = Vectors.randomUnit(1001, random);
        double[] p = Vectors.randomUnit(1001, random);
        double[] both = Vectors.dotAndNorm(w, q, "w");
        assertEquals(Vectors.dot(w, q), both[0], 1e-15);
        assertEquals(Vectors.norm(w), both[1], 1e-15);
        double[] expectedW = w.clone();
        Vectors.axpy(-0.3, q, expectedW);
        Vectors.axpy(-0.7, p, expectedW);
        double norm = Vectors.subtractTwoAndNorm(w, 0.3, q, 0.7, p);
        for (int i = 0; i < w.length; i++) {
            assertEquals(expectedW[i], w[i], 1e-15);
        }
        assertEquals(Vectors.norm(expectedW), norm, 1e-14);
        double[] huge = {1e200, 1e200};
        assertEquals(Math.sqrt(2) * 1e200, Vectors.dotAndNorm(huge, new double[2], "huge")[1], 1e186);
        w[7] = Double.NaN;
        double[] bad = w;
        org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class,
                () -> Vectors.dotAndNorm(bad, q, "w"));
    }

    @Test
    void lanczosOnTheWholeSpaceIsExact() {
        double[] lambda = {3, 3, 1, -5};
        EigenResult r = Lanczos.top(LinearOperator.of(withSpectrum(lambda, new Random(5))), 3, 100, 1e-12, null,
                new Random(6), null);
        assertEquals(3, r.values()[0], 1e-12);
        assertEquals(3, r.values()[1], 1e-12);
        assertEquals(1, r.values()[2], 1e-12);
    }

    @Test
    void powerIterationShiftsPastADominantNegativeEigenvalue() {
        double[] lambda = {-40, 20, 10, 5, 1, 0.5, -3};
        double[][] a = withSpectrum(lambda, new Random(7));
        EigenResult r = PowerIteration.top(LinearOperator.of(a), 2, 2000, 1e-10, null, new Random(8), null);
        assertEquals(20, r.values()[0], 1e-8);
        assertEquals(10, r.values()[1], 1e-8);
        assertTrue(r.converged());
    }

    @Test
    void hutchinsonIsUnbiasedWithTheStatedError() {
        double[] lambda = spectrum(100);
        double[][] a = withSpectrum(lambda, new Random(9));
        double trace = 0;
        for (double l : lambda) {
            trace += l;
        }
        Hutchinson.Estimate e = Hutchinson.trace(LinearOperator.of(a), 2000, new Random(10), null);
        assertTrue(Math.abs(e.trace() - trace) < 4 * e.standardError(), e + " vs " + trace);
        // Var(zᵀAz) = 2 Σ_{i≠j} a_ij² for Rademacher z.
        double off = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                off += i == j ? 0 : a[i][j] * a[i][j];
            }
        }
        double expectedSe = Math.sqrt(2 * off / 2000);
        assertEquals(expectedSe, e.standardError(), 0.1 * expectedSe);
    }
}
