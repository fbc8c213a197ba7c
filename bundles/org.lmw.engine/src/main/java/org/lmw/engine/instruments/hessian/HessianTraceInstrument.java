// The Hessian trace instrument: Hutchinson's estimator with Rademacher probes and its standard error.
package org.lmw.engine.instruments.hessian;

import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentOutput;
import org.lmw.engine.instruments.InstrumentSettings;

/**
 * Measures the trace of the loss Hessian on the instrument's data by Hutchinson's estimator ({@link Hutchinson}) with
 * float64 finite-difference Hessian-vector products. Writes {@value #TRACE} and {@value #STDERR} (the standard error
 * of the mean over probes). Each probe costs one product (two float64 gradients).
 *
 * <p>Settings: {@code probes} (1..100000, default {@value #DEFAULT_PROBES}), {@code epsilon} (relative
 * finite-difference step; 1e-9..1e-2, default {@value HessianVectorProduct#DEFAULT_EPSILON}).
 */
public final class HessianTraceInstrument implements Instrument {

    /** The instrument id. */
    public static final String ID = "hessian-trace";
    /** The trace's series. */
    public static final String TRACE = "hessian_trace";
    /** The standard error's series. */
    public static final String STDERR = "hessian_trace/stderr";
    /** The default number of probes. */
    public static final int DEFAULT_PROBES = 100;
    /** The default estimator. */
    public static final String DEFAULT_METHOD = "hutch++";

    /** The instrument's settings, checked. */
    record Settings(int probes, boolean plusPlus, double epsilon) {

        static Settings of(InstrumentSettings s) {
            String method = s.string("method", DEFAULT_METHOD).toLowerCase(java.util.Locale.ROOT);
            if (!method.equals("hutchinson") && !method.equals("hutch++")) {
                throw new IllegalArgumentException("instrument '" + s.id() + "': parameter method must be hutchinson"
                        + " or hutch++ (was " + method + ")");
            }
            boolean plusPlus = method.equals("hutch++");
            return new Settings(s.integer("probes", DEFAULT_PROBES, plusPlus ? 3 : 1, 100_000), plusPlus,
                    s.real("epsilon", HessianVectorProduct.DEFAULT_EPSILON, 1e-9, 1e-2));
        }
    }

    @Override
    public void start(InstrumentContext context) {
        Settings.of(context.settings());
    }

    @Override
    public void measure(InstrumentContext context, InstrumentOutput out) {
        Settings s = Settings.of(context.settings());
        try (HessianVectorProduct hvp = HessianVectorProduct.of(context, s.epsilon())) {
            Hutchinson.Estimate e = s.plusPlus()
                    ? Hutchinson.hutchPlusPlus(hvp, s.probes(), context.random(), context::checkDeadline)
                    : Hutchinson.trace(hvp, s.probes(), context.random(), context::checkDeadline);
            out.record(TRACE, e.trace());
            out.record(STDERR, e.probes() > 1 ? e.standardError() : 0);
        }
    }
}
