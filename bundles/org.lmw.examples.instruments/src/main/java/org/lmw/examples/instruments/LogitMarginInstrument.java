// An example third-party instrument: the classification margin of the logits, through the public instrument API only.
package org.lmw.examples.instruments;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;

import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentOutput;

/**
 * The logit margin m_i = z_{y_i} − max_{j ≠ y_i} z_j over the instrument's data: its mean ({@code logit_margin}) and the
 * share of examples with m_i > 0 ({@code logit_margin/positive_fraction}, which is the accuracy on those examples).
 * Setting {@code clip} (default: none) caps each margin before averaging, so a few confident examples do not dominate.
 */
public final class LogitMarginInstrument implements Instrument {

    private double clip = Double.POSITIVE_INFINITY;

    /** Creates the instrument (the extension registry calls this). */
    public LogitMarginInstrument() {
    }

    @Override
    public void start(InstrumentContext context) {
        if (!context.classification()) {
            throw new IllegalArgumentException("instrument '" + context.settings().id()
                    + "' needs class labels; this run's dataset has real-valued targets");
        }
        clip = context.settings().real("clip", Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY);
    }

    @Override
    public void measure(InstrumentContext context, InstrumentOutput out) {
        NDArray logits = context.network().forward(context.inputs());
        NDArray labels = context.targets();
        NDArray own = logits.get(new NDIndex().addAllDim().addPickDim(labels)).reshape(-1);
        NDArray oneHot = labels.reshape(-1).oneHot(context.outputSize()).toType(logits.getDataType(), false);
        // Push the true class far down so that the maximum picks the best other class.
        NDArray best = logits.sub(oneHot.mul(1e30f)).max(new int[] {1});
        NDArray margin = own.sub(best);
        if (Double.isFinite(clip)) {
            margin = margin.clip(Float.NEGATIVE_INFINITY, (float) clip);
        }
        float mean = margin.mean().getFloat();
        float positive = margin.gt(0).toType(DataType.FLOAT32, false).mean().getFloat();
        out.record("logit_margin", mean);
        out.record("logit_margin/positive_fraction", positive);
    }
}
