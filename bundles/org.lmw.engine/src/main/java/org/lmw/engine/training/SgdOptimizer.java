// Stochastic gradient descent with momentum and L2 weight decay, as torch.optim.SGD computes it.
package org.lmw.engine.training;

import ai.djl.ndarray.NDArray;

import java.util.ArrayList;
import java.util.List;

import org.lmw.engine.models.ParameterTensor;

/**
 * SGD: {@code d = g + wd·w}; with momentum {@code μ > 0}, {@code buf = μ·buf + d} (buf starts at 0, which equals
 * PyTorch's first-step {@code buf = d}) and {@code d = buf}; then {@code w −= lr·d}. Dampening and Nesterov are not
 * offered.
 */
public final class SgdOptimizer extends Optimizer {

    private final double momentum;
    private final double weightDecay;
    private final List<NDArray> buffers = new ArrayList<>();

    SgdOptimizer(List<ParameterTensor> parameters, double momentum, double weightDecay,
            ai.djl.ndarray.NDManager parent) {
        super(parent);
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        if (momentum > 0) {
            for (ParameterTensor p : parameters) {
                NDArray buffer = manager().zeros(p.value().getShape(), p.value().getDataType());
                buffer.setName(p.name() + ".momentum");
                buffers.add(buffer);
            }
        }
    }

    @Override
    public NDArray[] update(List<ParameterTensor> parameters, NDArray[] gradients, double learningRate, long step) {
        NDArray[] directions = new NDArray[parameters.size()];
        if (momentum == 0 && weightDecay == 0) {
            // Plain SGD: the step's gradient is its own tensor, so scale it in place and subtract: two passes over
            // memory and no allocation (the gradient's norm was taken before).
            for (int i = 0; i < parameters.size(); i++) {
                ParameterTensor p = parameters.get(i);
                p.value().subi(gradients[i].muli((float) (learningRate * p.learningRateMultiplier())));
            }
            return directions;
        }
        for (int i = 0; i < parameters.size(); i++) {
            ParameterTensor p = parameters.get(i);
            NDArray w = p.value();
            NDArray d = gradients[i];
            boolean own = false;
            if (weightDecay != 0) {
                d = d.add(w.mul((float) weightDecay));
                own = true;
            }
            if (momentum > 0) {
                d = buffers.get(i).muli((float) momentum).addi(d);
                own = true;
            }
            w.subi(d.mul((float) (learningRate * p.learningRateMultiplier())));
            directions[i] = own ? d : null;
        }
        return directions;
    }

    /** The momentum μ (0: none). */
    double momentum() {
        return momentum;
    }

    /** The L2 weight decay. */
    double weightDecay() {
        return weightDecay;
    }

    @Override
    public boolean descendsAlongScaledGradients() {
        return momentum == 0 && weightDecay == 0;
    }

    @Override
    public void descend(List<ParameterTensor> parameters, NDArray[] scaledGradients) {
        for (int i = 0; i < parameters.size(); i++) {
            ParameterTensor p = parameters.get(i);
            double m = p.learningRateMultiplier();
            p.value().subi(m == 1 ? scaledGradients[i] : scaledGradients[i].muli((float) m));
        }
    }

    @Override
    public List<NDArray> state() {
        return buffers;
    }
}
