// Adam with bias correction and L2 weight decay, as torch.optim.Adam computes it.
package org.lmw.engine.training;

import ai.djl.ndarray.NDArray;

import java.util.ArrayList;
import java.util.List;

import org.lmw.engine.models.ParameterTensor;

/**
 * Adam: {@code g' = g + wd·w}; {@code m = β1·m + (1−β1)·g'}; {@code v = β2·v + (1−β2)·g'²}; with {@code t = step + 1},
 * {@code d = (m / (1−β1^t)) / (√v / √(1−β2^t) + ε)} and {@code w −= lr·d}. Weight decay is L2 on the gradient (Adam,
 * not AdamW), as in PyTorch's default.
 */
public final class AdamOptimizer extends Optimizer {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final List<NDArray> moments = new ArrayList<>();

    AdamOptimizer(List<ParameterTensor> parameters, double beta1, double beta2, double epsilon, double weightDecay,
            ai.djl.ndarray.NDManager parent) {
        super(parent);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        for (ParameterTensor p : parameters) {
            NDArray m = manager().zeros(p.value().getShape(), p.value().getDataType());
            m.setName(p.name() + ".adam_m");
            NDArray v = manager().zeros(p.value().getShape(), p.value().getDataType());
            v.setName(p.name() + ".adam_v");
            moments.add(m);
            moments.add(v);
        }
    }

    @Override
    public NDArray[] update(List<ParameterTensor> parameters, NDArray[] gradients, double learningRate, long step) {
        long t = step + 1;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = Math.sqrt(1 - Math.pow(beta2, t));
        NDArray[] directions = new NDArray[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            ParameterTensor p = parameters.get(i);
            NDArray w = p.value();
            NDArray g = weightDecay != 0 ? gradients[i].add(w.mul((float) weightDecay)) : gradients[i];
            NDArray m = moments.get(2 * i).muli((float) beta1).addi(g.mul((float) (1 - beta1)));
            NDArray v = moments.get(2 * i + 1).muli((float) beta2).addi(g.square().muli((float) (1 - beta2)));
            NDArray d = m.div(v.sqrt().divi((float) correction2).addi((float) epsilon)).divi((float) correction1);
            w.subi(d.mul((float) (learningRate * p.learningRateMultiplier())));
            directions[i] = d;
        }
        return directions;
    }

    /** β1, β2, ε and the L2 weight decay, in that order. */
    double[] hyperparameters() {
        return new double[] {beta1, beta2, epsilon, weightDecay};
    }

    @Override
    public List<NDArray> state() {
        return moments;
    }
}
