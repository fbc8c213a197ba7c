// Hessian instruments: float64 finite-difference Hessian-vector products, Lanczos, power iteration, Hutchinson.
/**
 * The Hessian instruments ({@code sharpness}, {@code hessian-trace}) and the numerics under them:
 * {@link org.lmw.engine.instruments.hessian.HessianVectorProduct} (forward or central differences of float64
 * gradients, one sub-manager per product, no memory growth), {@link org.lmw.engine.instruments.hessian.Lanczos}
 * (partial reorthogonalisation), {@link org.lmw.engine.instruments.hessian.PowerIteration},
 * {@link org.lmw.engine.instruments.hessian.Hutchinson} and a Jacobi eigensolver
 * ({@link org.lmw.engine.instruments.hessian.SymmetricEigen}) for the small projected problems and for tests.
 */
package org.lmw.engine.instruments.hessian;
