// Networks built from the EMF ModelSpec with hand-managed parameter NDArrays and an explicit forward pass.
/**
 * Networks (MLP, small CNN, deep linear network) built from an experiment's {@code ModelSpec}.
 *
 * <p>Parameters are plain NDArrays owned by the network and initialised in Java from the run seed, so the same seed
 * gives bit-identical weights on any machine and thread count. The forward pass reports each layer's activation to an
 * {@link org.lmw.engine.models.ActivationTap}, which is how probes reach hidden representations.
 */
package org.lmw.engine.models;
