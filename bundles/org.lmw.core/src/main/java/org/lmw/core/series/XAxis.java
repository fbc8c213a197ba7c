// What a metric chart's horizontal axis shows: the training step, the epoch, or the wall time since the run started.
package org.lmw.core.series;

/** The quantity on a metric chart's x axis. */
public enum XAxis {
    /** The optimizer update, counting from 0. */
    STEP(Messages.axisStep),
    /** The epoch, fractional: step divided by the run's steps per epoch. */
    EPOCH(Messages.axisEpoch),
    /** Seconds since the run's first recorded point. */
    WALL_TIME(Messages.axisWallTime);

    private final String label;

    XAxis(String label) {
        this.label = label;
    }

    /** The axis title shown to the user. */
    public String label() {
        return label;
    }

    /**
     * The x value of every point.
     *
     * @param steps the points' steps
     * @param wallTimesNanos the points' wall times
     * @param stepsPerEpoch the run's updates per epoch; NaN or not positive when unknown (epochs fall back to steps)
     * @param startNanos the run's start for wall time, nanoseconds since the epoch
     * @return a new array
     */
    public double[] values(long[] steps, long[] wallTimesNanos, double stepsPerEpoch, long startNanos) {
        double[] x = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            x[i] = value(steps[i], wallTimesNanos[i], stepsPerEpoch, startNanos);
        }
        return x;
    }

    /** The x value of one point (see {@link #values}). */
    public double value(long step, long wallTimeNanos, double stepsPerEpoch, long startNanos) {
        return switch (this) {
            case STEP -> step;
            case EPOCH -> stepsPerEpoch > 0 ? step / stepsPerEpoch : step;
            case WALL_TIME -> (wallTimeNanos - startNanos) / 1e9;
        };
    }
}
