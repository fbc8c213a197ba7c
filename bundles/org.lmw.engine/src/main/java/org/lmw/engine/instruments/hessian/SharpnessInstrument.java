// The sharpness instrument: top-k Hessian eigenvalues by Lanczos or power iteration, warm-started, with convergence.
package org.lmw.engine.instruments.hessian;

import java.util.Locale;

import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentOutput;
import org.lmw.engine.instruments.InstrumentSettings;

/**
 * Measures the sharpness (the largest eigenvalue of the loss Hessian on the instrument's data) and the top
 * {@code k} eigenvalues, with float64 finite-difference Hessian-vector products ({@link HessianVectorProduct}).
 *
 * <p>Writes {@value #SHARPNESS}, {@code hessian_eig/1 … hessian_eig/k} ({@code hessian_eig/1} equals the sharpness),
 * {@value #RESIDUAL} (the top pair's true relative residual {@code ‖Hv − λv‖/|λ|}) and {@value #ITERATIONS}.
 * Each measurement starts from the previous one's top-{@code k} eigenvectors (summed, plus a little noise), kept on
 * the Java heap between measurements, which saves iterations when the spectrum moves slowly.
 *
 * <p>Settings: {@code k} (1..50, default 3), {@code method} ({@code lanczos} or {@code power}), {@code max_iterations}
 * (Lanczos steps, or power steps per eigenvalue; 1..500, default 100; Lanczos keeps one vector of the parameter count per step), {@code tolerance} (relative residual of every
 * top-k pair; 1e-12..0.5, default 1e-3), {@code epsilon} (relative finite-difference step; 1e-9..1e-2, default
 * {@value HessianVectorProduct#DEFAULT_EPSILON}).
 */
public final class SharpnessInstrument implements Instrument {

    /** The instrument id. */
    public static final String ID = "sharpness";
    /** The top eigenvalue's series. */
    public static final String SHARPNESS = "sharpness";
    /** The family of the top-k eigenvalues' series, {@code hessian_eig/1 … hessian_eig/k}. */
    public static final String EIGENVALUE = "hessian_eig/";
    /** The top pair's relative residual. */
    public static final String RESIDUAL = "sharpness/residual";
    /** The solver's iterations. */
    public static final String ITERATIONS = "sharpness/iterations";

    private double[][] warm;

    /** The instrument's settings, checked. */
    record Settings(int k, boolean lanczos, int maxIterations, double tolerance, double epsilon,
            boolean exactResidual, String difference) {

        static Settings of(InstrumentSettings s) {
            String method = s.string("method", "lanczos").toLowerCase(Locale.ROOT);
            if (!method.equals("lanczos") && !method.equals("power")) {
                throw new IllegalArgumentException("instrument '" + s.id() + "': parameter method must be lanczos or"
                        + " power (was " + method + ")");
            }
            String residual = s.string("residual", "estimate").toLowerCase(Locale.ROOT);
            if (!residual.equals("estimate") && !residual.equals("exact")) {
                throw new IllegalArgumentException("instrument '" + s.id() + "': parameter residual must be estimate"
                        + " or exact (was " + residual + ")");
            }
            String difference = s.string("difference", "auto").toLowerCase(Locale.ROOT);
            if (!difference.equals("auto") && !difference.equals("central") && !difference.equals("forward")) {
                throw new IllegalArgumentException("instrument '" + s.id() + "': parameter difference must be auto,"
                        + " central or forward (was " + difference + ")");
            }
            // NaN: the default of the difference chosen at measurement time.
            return new Settings(s.integer("k", 1, 1, 50), method.equals("lanczos"),
                    s.integer("max_iterations", 100, 1, 500), s.real("tolerance", 1e-3, 1e-12, 0.5),
                    s.real("epsilon", Double.NaN, 1e-12, 1e-2), residual.equals("exact"), difference);
        }

        /** Forward differences where the network allows them (auto), or as asked. */
        boolean forward(InstrumentContext context) {
            return difference.equals("forward")
                    || difference.equals("auto") && context.network().kinksFrozenByPattern();
        }

        double epsilonFor(boolean forward) {
            if (!Double.isNaN(epsilon)) {
                return epsilon;
            }
            return forward ? HessianVectorProduct.DEFAULT_FORWARD_EPSILON : HessianVectorProduct.DEFAULT_EPSILON;
        }
    }

    @Override
    public void start(InstrumentContext context) {
        Settings s = Settings.of(context.settings());
        if (s.lanczos() && s.maxIterations() < s.k()) {
            throw new IllegalArgumentException("instrument '" + context.settings().id() + "': max_iterations ("
                    + s.maxIterations() + ") must be at least k (" + s.k() + ") for lanczos");
        }
    }

    @Override
    public void measure(InstrumentContext context, InstrumentOutput out) {
        Settings s = Settings.of(context.settings());
        boolean forward = s.forward(context);
        try (HessianVectorProduct hvp = HessianVectorProduct.of(context, s.epsilonFor(forward))
                .forwardDifferences(forward)) {
            int n = hvp.dimension();
            int k = Math.min(s.k(), n);
            double[] start = null;
            if (warm != null && warm[0].length == n) {
                start = new double[n];
                for (double[] w : warm) {
                    Vectors.axpy(1, w, start);
                }
            }
            EigenResult r = s.lanczos()
                    ? Lanczos.top(hvp, k, Math.max(k, s.maxIterations()), s.tolerance(), start, context.random(),
                            context::checkDeadline, s.exactResidual())
                    : PowerIteration.top(hvp, k, s.maxIterations(), s.tolerance(), start, context.random(),
                            context::checkDeadline);
            out.record(SHARPNESS, r.values()[0]);
            for (int i = 0; i < r.values().length; i++) {
                out.record(EIGENVALUE + (i + 1), r.values()[i]);
            }
            out.record(RESIDUAL, r.residual());
            out.record(ITERATIONS, r.iterations());
            warm = r.vectors();
        }
    }

    @Override
    public void close() {
        warm = null;
    }
}
