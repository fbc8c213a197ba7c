// A symmetric linear map given only by its action on vectors (a Hessian through Hessian-vector products).
package org.lmw.engine.instruments.hessian;

/** A symmetric linear operator on {@code R^n}, known only through products {@code A v}. */
public interface LinearOperator {

    /**
     * Returns the dimension {@code n}.
     *
     * @return the dimension
     */
    int dimension();

    /**
     * Applies the operator.
     *
     * @param v a vector of length {@link #dimension()}; not modified
     * @return {@code A v}, a new array
     */
    double[] apply(double[] v);

    /**
     * Wraps a dense symmetric matrix (tests, the Lanczos tridiagonal).
     *
     * @param matrix {@code n × n}, row-major
     * @return the operator
     */
    static LinearOperator of(double[][] matrix) {
        return new LinearOperator() {
            @Override
            public int dimension() {
                return matrix.length;
            }

            @Override
            public double[] apply(double[] v) {
                double[] out = new double[matrix.length];
                for (int i = 0; i < out.length; i++) {
                    double s = 0;
                    double[] row = matrix[i];
                    for (int j = 0; j < v.length; j++) {
                        s += row[j] * v[j];
                    }
                    out[i] = s;
                }
                return out;
            }
        };
    }
}
