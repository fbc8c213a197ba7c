// The declarations of the Hessian instruments, for the built-in list.
package org.lmw.engine.instruments.hessian;

import java.util.List;

import org.lmw.engine.instruments.InstrumentDescriptor;
import org.lmw.model.DataScope;
import org.lmw.model.InstrumentTrigger;

/** Declares {@code sharpness} and {@code hessian-trace}. */
public final class HessianInstruments {

    private HessianInstruments() {
    }

    /**
     * Returns the Hessian instruments' declarations.
     *
     * @return {@code sharpness} and {@code hessian-trace}
     */
    public static List<InstrumentDescriptor> descriptors() {
        return List.of(
                new InstrumentDescriptor(SharpnessInstrument.ID, "Sharpness",
                        "Largest eigenvalues of the loss Hessian on the instrument's data (Lanczos with partial"
                                + " reorthogonalisation, or power iteration) from float64 finite-difference"
                                + " Hessian-vector products, warm-started from the previous measurement; reports"
                                + " the top pair's residual and the iterations.",
                        List.of(SharpnessInstrument.SHARPNESS, SharpnessInstrument.EIGENVALUE,
                                SharpnessInstrument.RESIDUAL, SharpnessInstrument.ITERATIONS),
                        InstrumentTrigger.EVERY_NSTEPS, 100, DataScope.FIXED_BATCH, "hvp", SharpnessInstrument::new),
                new InstrumentDescriptor(HessianTraceInstrument.ID, "Hessian trace",
                        "Trace of the loss Hessian on the instrument's data by Hutchinson's estimator (Rademacher"
                                + " probes, one float64 finite-difference Hessian-vector product each), with its"
                                + " standard error.",
                        List.of(HessianTraceInstrument.TRACE, HessianTraceInstrument.STDERR),
                        InstrumentTrigger.EVERY_NSTEPS, 500, DataScope.FIXED_BATCH, "hvp",
                        HessianTraceInstrument::new));
    }
}
