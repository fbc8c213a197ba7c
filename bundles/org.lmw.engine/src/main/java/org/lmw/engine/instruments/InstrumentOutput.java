// Where an instrument's values go: metric series of the run, at the step being measured.
package org.lmw.engine.instruments;

/**
 * Receives an instrument's values. Each value becomes one point, at the current step, of the run's metric series of
 * that name, stored and charted like the training loop's own series. Names are lower case with {@code /} separating a
 * per-layer or per-component suffix, for example {@code sharpness}, {@code hessian_eig/2} or
 * {@code effective_rank/fc1}.
 */
@FunctionalInterface
public interface InstrumentOutput {

    /**
     * Records one value.
     *
     * @param name the series name
     * @param value the value; a non-finite value marks the measurement failed (the value is still stored)
     */
    void record(String name, double value);
}
