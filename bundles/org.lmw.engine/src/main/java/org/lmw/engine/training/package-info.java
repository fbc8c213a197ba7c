// The hand-written training loop: optimizers, schedules, metrics out through MetricSink, checkpoints, divergence.
/**
 * The training loop of the workbench, written by hand on NDArrays (DJL's Trainer measured 12 % slower).
 *
 * <p>{@link org.lmw.engine.training.Trainer} runs one experiment: seeded and deterministic on CPU, with per-step
 * metrics to a {@link org.lmw.engine.training.MetricSink}, test evaluation every K steps, checkpoints every M steps
 * that resume bit-identically, NaN/inf detection and cooperative cancellation.
 */
package org.lmw.engine.training;
