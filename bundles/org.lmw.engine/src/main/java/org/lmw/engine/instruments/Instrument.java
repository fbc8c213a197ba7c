// The public contract of a learning-mechanics instrument: a measurement taken during training.
package org.lmw.engine.instruments;

/**
 * A measurement taken while a network trains: sharpness, Hessian spectrum, gradient noise, effective rank, ... An
 * instrument is created once per run (from an {@link InstrumentDescriptor}'s factory), {@linkplain #start started}
 * before the first measured update, asked to {@linkplain #measure measure} whenever its trigger is due, and
 * {@linkplain #close closed} when the run ends.
 *
 * <p>Everything runs on the training thread, between updates, with gradient recording off: an instrument that needs
 * gradients switches it on for its own computation (see {@link InstrumentContext#gradients}). Arrays it creates in
 * {@link InstrumentContext#manager()} are freed after the measurement; arrays it keeps between measurements (initial
 * weights, a warm-start vector) belong in {@link InstrumentContext#runManager()} and must be closed in
 * {@link #close()}.
 *
 * <p>A measurement that throws, returns a non-finite value or overruns its time limit is recorded as a failure of
 * this instrument at that step; the training run goes on. Implementations should call
 * {@link InstrumentContext#checkDeadline()} inside long loops.
 *
 * <p>Third-party bundles contribute instruments through the {@code org.lmw.core.instruments} extension point (schema
 * {@code bundles/org.lmw.core/schema/instruments.exsd}); the class named there implements this interface and has a
 * public no-argument constructor.
 */
public interface Instrument extends AutoCloseable {

    /**
     * Called once before the first measurement, with the parameters at their initial (or resumed) values. Reads and
     * checks the instrument's settings; an impossible setting is an {@link IllegalArgumentException} whose message
     * names it, and the run is not started.
     *
     * @param context the run's context
     * @throws Exception if the instrument cannot work on this run
     */
    default void start(InstrumentContext context) throws Exception {
    }

    /**
     * Takes one measurement and writes its values.
     *
     * @param context the run's context at the current step
     * @param out where the values go; each becomes a point of a metric series at the current step
     * @throws Exception if the measurement fails; recorded as a failure, training continues
     */
    void measure(InstrumentContext context, InstrumentOutput out) throws Exception;

    /** Frees what the instrument kept between measurements. */
    @Override
    default void close() {
    }
}
