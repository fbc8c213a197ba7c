// The instruments that ship with the engine.
package org.lmw.engine.instruments;

import java.util.ArrayList;
import java.util.List;

import org.lmw.engine.instruments.builtin.EffectiveRank;
import org.lmw.engine.instruments.builtin.GradientNoise;
import org.lmw.engine.instruments.builtin.NeuralCollapse;
import org.lmw.engine.instruments.builtin.WeightNorms;
import org.lmw.model.DataScope;
import org.lmw.model.InstrumentTrigger;

/** The built-in instruments, registered in every {@link InstrumentRegistry#global()}. */
final class BuiltInInstruments {

    private BuiltInInstruments() {
    }

    static List<InstrumentDescriptor> all() {
        List<InstrumentDescriptor> all = new ArrayList<>();
        // --- per-step and representation instruments (org.lmw.engine.instruments.builtin) ---
        all.addAll(dynamics());
        // --- end per-step and representation instruments ---
        // --- Hessian instruments (sharpness, hessian-trace): org.lmw.engine.instruments.hessian ---
        all.addAll(org.lmw.engine.instruments.hessian.HessianInstruments.descriptors());
        // --- end of Hessian instruments ---
        return all;
    }

    // Gradient noise, weight norms, effective rank, neural collapse: org.lmw.engine.instruments.builtin.
    private static List<InstrumentDescriptor> dynamics() {
        return List.of(
                new InstrumentDescriptor("gradient-noise", "Gradient noise",
                        "Per-example gradient variance tr Σ, gradient signal-to-noise ratio ‖ḡ‖²/(tr Σ/B) and the "
                                + "simple noise scale tr Σ/‖ḡ‖²: on MLPs inside the training step, on the batch "
                                + "just trained (exact per-example norms from [B, out] bias leaves; in_step=false "
                                + "measures a fixed batch between updates); micro-batches for conv layers.",
                        List.of(GradientNoise.TRACE, GradientNoise.SNR, GradientNoise.B_SIMPLE,
                                GradientNoise.MEAN_SQ, GradientNoise.TRACE_LAYER),
                        InstrumentTrigger.EVERY_NSTEPS, 1, DataScope.FIXED_BATCH, "per-step", GradientNoise::new),
                new InstrumentDescriptor("weight-norms", "Weight norms",
                        "Per-layer parameter norm, update norm since the previous measurement, distance from "
                                + "initialisation and relative distance, and their totals; on MLPs inside the "
                                + "training step, the distances every distance_every (10) steps.",
                        List.of(WeightNorms.NORM, WeightNorms.NORM + "/", WeightNorms.UPDATE,
                                WeightNorms.UPDATE + "/", WeightNorms.DISTANCE, WeightNorms.DISTANCE + "/",
                                WeightNorms.RELATIVE_DISTANCE, WeightNorms.RELATIVE_DISTANCE + "/"),
                        InstrumentTrigger.EVERY_NSTEPS, 1, DataScope.FIXED_BATCH, "per-step", WeightNorms::new),
                new InstrumentDescriptor("effective-rank", "Effective rank",
                        "Effective rank exp(H(σ/Σσ)) (Roy & Vetterli 2007) of each layer's activations on a fixed "
                                + "subset, from the Gram matrix's eigenvalues in float64; not centred unless "
                                + "center=true.",
                        List.of(EffectiveRank.PREFIX), InstrumentTrigger.EVERY_NSTEPS, 100,
                        DataScope.FIXED_SUBSET, "forward", EffectiveRank::new),
                new InstrumentDescriptor("neural-collapse", "Neural collapse (NC1)",
                        "NC1 = tr(Σ_W Σ_B⁺)/C of the penultimate layer's features on a fixed subset (Papyan, Han "
                                + "& Donoho 2020); classification runs only.",
                        List.of(NeuralCollapse.NC1, NeuralCollapse.WITHIN, NeuralCollapse.BETWEEN),
                        InstrumentTrigger.EVERY_NSTEPS, 100, DataScope.FIXED_SUBSET, "forward",
                        NeuralCollapse::new));
    }
}
