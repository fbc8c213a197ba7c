// What an eigenvalue solver found: the top-k eigenvalues, their vectors, and how well it converged.
package org.lmw.engine.instruments.hessian;

/**
 * The largest eigenvalues of a symmetric operator as an iterative solver found them.
 *
 * @param values the eigenvalues in decreasing order ({@code values[0]} is the largest)
 * @param vectors the unit (Ritz) eigenvectors, {@code vectors[i]} for {@code values[i]}
 * @param residual the relative residual of the top pair, {@code ‖A v − λ v‖ / |λ|}, computed with one extra product
 *        (not the solver's own estimate)
 * @param iterations the solver's iterations (Lanczos steps, or power steps summed over the eigenvalues)
 * @param products the operator products used, the residual's included
 * @param converged whether every requested pair met the tolerance within the iteration limit
 */
public record EigenResult(double[] values, double[][] vectors, double residual, int iterations, int products,
        boolean converged) {
}
