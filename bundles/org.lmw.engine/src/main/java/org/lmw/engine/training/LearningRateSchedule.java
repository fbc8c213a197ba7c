// Learning rate as a function of the step: constant, step decay, cosine or linear decay, each with linear warm-up.
package org.lmw.engine.training;

import org.lmw.engine.Messages;
import org.lmw.model.ScheduleKind;
import org.lmw.model.ScheduleSpec;

/**
 * The learning rate of each update.
 *
 * <p>Steps count from 0 (the first update). During {@code warmupSteps} the rate rises linearly,
 * {@code base·(step+1)/warmup}; afterwards, with {@code t = step − warmup} and {@code T = total − warmup}:
 * CONSTANT {@code base}; STEP {@code base·gamma^⌊t/stepSize⌋}; COSINE
 * {@code min + (base − min)·(1 + cos(π·t/T))/2}; LINEAR {@code base + (min − base)·t/T}.
 */
public final class LearningRateSchedule {

    private final double base;
    private final ScheduleKind kind;
    private final int warmup;
    private final int stepSize;
    private final double gamma;
    private final double min;
    private final long total;

    /**
     * Creates a schedule.
     *
     * @param base the base learning rate
     * @param spec the schedule, or {@code null} for constant without warm-up
     * @param totalSteps the number of updates of the run (for cosine and linear decay)
     */
    public LearningRateSchedule(double base, ScheduleSpec spec, long totalSteps) {
        this.base = base;
        this.kind = spec == null || spec.getKind() == null ? ScheduleKind.CONSTANT : spec.getKind();
        this.warmup = spec == null ? 0 : Math.max(0, spec.getWarmupSteps());
        this.stepSize = spec == null ? 1000 : spec.getStepSize();
        this.gamma = spec == null ? 0.1 : spec.getGamma();
        this.min = spec == null ? 0 : spec.getMinLearningRate();
        this.total = totalSteps;
        if (kind == ScheduleKind.STEP && stepSize < 1) {
            throw new IllegalArgumentException(Messages.badStepSize(stepSize));
        }
    }

    /**
     * Returns the learning rate of an update.
     *
     * @param step the update's index, from 0
     * @return the learning rate
     */
    public double at(long step) {
        if (step < warmup) {
            return base * (step + 1) / warmup;
        }
        long t = step - warmup;
        long span = Math.max(1, total - warmup);
        double progress = Math.min(1.0, (double) t / span);
        return switch (kind) {
            case CONSTANT -> base;
            case STEP -> base * Math.pow(gamma, Math.floorDiv(t, stepSize));
            case COSINE -> min + (base - min) * (1 + Math.cos(Math.PI * progress)) / 2;
            case LINEAR -> base + (min - base) * progress;
        };
    }
}
