// Base of the hand-written optimizers: in-place updates of a network's parameters, state for checkpoints.
package org.lmw.engine.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.List;

import org.lmw.engine.Messages;
import org.lmw.engine.models.ParameterTensor;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;

/**
 * An optimizer with PyTorch's update rules ({@code torch.optim.SGD} and {@code torch.optim.Adam}).
 *
 * <p>Its state arrays live in a child manager of the run; the trainer attaches them to the step's manager while an
 * update runs so that temporaries never outlive the step.
 */
public abstract class Optimizer implements AutoCloseable {

    private final NDManager manager;

    /**
     * Creates the optimizer's state manager.
     *
     * @param parent the run's manager
     */
    protected Optimizer(NDManager parent) {
        this.manager = parent.newSubManager();
    }

    /**
     * Creates the optimizer an experiment asks for.
     *
     * @param spec the optimizer specification
     * @param parameters the network's parameters
     * @param parent the run's manager
     * @return the optimizer
     */
    public static Optimizer create(OptimizerSpec spec, List<ParameterTensor> parameters, NDManager parent) {
        OptimizerKind kind = spec.getKind() == null ? OptimizerKind.SGD : spec.getKind();
        check("learningRate", spec.getLearningRate(), 0, false);
        check("weightDecay", spec.getWeightDecay(), 0, true);
        return switch (kind) {
            case SGD -> {
                check("momentum", spec.getMomentum(), 0, true);
                yield new SgdOptimizer(parameters, spec.getMomentum(), spec.getWeightDecay(), parent);
            }
            case ADAM -> {
                if (!(spec.getBeta1() >= 0 && spec.getBeta1() < 1) || !(spec.getBeta2() >= 0 && spec.getBeta2() < 1)) {
                    throw new IllegalArgumentException(Messages.badAdamBetas(spec.getBeta1(), spec.getBeta2()));
                }
                check("epsilon", spec.getEpsilon(), 0, false);
                yield new AdamOptimizer(parameters, spec.getBeta1(), spec.getBeta2(), spec.getEpsilon(),
                        spec.getWeightDecay(), parent);
            }
        };
    }

    private static void check(String field, double value, double min, boolean inclusive) {
        boolean ok = inclusive ? value >= min : value > min;
        if (!ok || Double.isInfinite(value)) {
            throw new IllegalArgumentException(Messages.badOptimizerValue(field, inclusive, min, value));
        }
    }

    /**
     * Updates the parameters in place.
     *
     * @param parameters the parameters, in network order
     * @param gradients their gradients, same order; owned by the step, so an optimizer may overwrite them
     * @param learningRate the scheduled learning rate (each tensor multiplies it by its own multiplier)
     * @param step the update's index, from 0 (Adam's bias correction uses {@code step + 1})
     * @return per parameter, the direction {@code d} with update {@code = −lr·multiplier·d}; an entry is {@code null}
     *     when the direction is the gradient itself
     */
    public abstract NDArray[] update(List<ParameterTensor> parameters, NDArray[] gradients, double learningRate,
            long step);

    /**
     * Whether the update is a plain step along the gradient ({@code θ −= lr·multiplier·g}, no state), so that the
     * trainer may have backward produce {@code lr·g} directly (the learning rate in the backward seed) and call
     * {@link #descend} instead of {@link #update}: one pass over each tensor instead of a scaling pass and a
     * subtraction pass.
     *
     * @return {@code true} for SGD without momentum and weight decay
     */
    public boolean descendsAlongScaledGradients() {
        return false;
    }

    /**
     * Updates the parameters in place with gradients that already carry the scheduled learning rate:
     * {@code θ −= multiplier·(lr·g)}. Only called when {@link #descendsAlongScaledGradients()} holds.
     *
     * @param parameters the parameters, in network order
     * @param scaledGradients {@code lr·g} per parameter, same order; owned by the step
     */
    public void descend(List<ParameterTensor> parameters, NDArray[] scaledGradients) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has state: use update");
    }

    /**
     * Returns the state arrays in a fixed order (checkpoint order).
     *
     * @return the state; empty for plain SGD
     */
    public abstract List<NDArray> state();

    /**
     * Returns the manager that owns the state.
     *
     * @return the state manager
     */
    protected final NDManager manager() {
        return manager;
    }

    @Override
    public void close() {
        manager.close();
    }
}
