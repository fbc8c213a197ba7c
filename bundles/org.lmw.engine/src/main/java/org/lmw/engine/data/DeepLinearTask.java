// Data for deep linear networks (Saxe, McClelland & Ganguli 2014): a known input-output correlation spectrum.
package org.lmw.engine.data;

import java.util.Arrays;
import java.util.Random;

import org.lmw.engine.Messages;
import org.lmw.engine.Seeds;

/**
 * A deep-linear-network task whose input-output correlation {@code Σ31 = U · diag(s) · Vᵀ} has chosen singular values.
 *
 * <p>The training inputs are exactly white ({@code XᵀX / n = I}, by Gram-Schmidt on a Gaussian matrix), so the
 * empirical correlation {@code YᵀX / n} equals {@code Σ31} when there is no noise, and full-batch gradient descent on
 * {@code L = 1/(2n) Σ ||y − ŷ||²} follows Saxe et al.'s solution: from a small balanced start, mode {@code a} grows
 * along a sigmoid with time constant proportional to {@code 1/s_a} (see {@link #modeStrength}). Test inputs are fresh
 * Gaussian draws.
 *
 * @param dataset the data
 * @param singularValues the singular values {@code s_a}, largest first
 * @param outputModes {@code U}, row-major {@code outputDim × r}
 * @param inputModes {@code V}, row-major {@code inputDim × r}
 */
public record DeepLinearTask(Dataset dataset, double[] singularValues, double[][] outputModes,
        double[][] inputModes) {

    /** The dataset's name in experiments. */
    public static final String NAME = "deep-linear";

    /**
     * Returns the default spectrum: 5, 4, 3, 2, 1, cut to the rank the dimensions allow.
     *
     * @param inputDim input dimension
     * @param outputDim output dimension
     * @return the singular values, largest first
     */
    public static double[] defaultSpectrum(int inputDim, int outputDim) {
        int r = Math.min(5, Math.min(inputDim, outputDim));
        double[] s = new double[r];
        for (int a = 0; a < r; a++) {
            s[a] = 5 - a;
        }
        return s;
    }

    /**
     * Generates the task.
     *
     * @param seed the run seed
     * @param trainSize training examples, at least {@code inputDim} (white inputs need it)
     * @param testSize test examples
     * @param inputDim input dimension
     * @param outputDim output dimension
     * @param singularValues the spectrum, at most {@code min(inputDim, outputDim)} values
     * @param noise standard deviation of Gaussian noise added to the targets
     * @return the task with its modes
     */
    public static DeepLinearTask generate(long seed, int trainSize, int testSize, int inputDim, int outputDim,
            double[] singularValues, double noise) {
        int r = singularValues.length;
        if (r < 1 || r > Math.min(inputDim, outputDim)) {
            throw new IllegalArgumentException(Messages.badSpectrum(inputDim, outputDim, r));
        }
        if (trainSize < inputDim) {
            throw new IllegalArgumentException(Messages.tooFewForWhiteInputs(trainSize, inputDim));
        }
        double[] s = singularValues.clone();
        Random modes = Seeds.stream(seed, "deep-linear/modes", 0);
        double[][] u = LinearAlgebra.gaussian(modes, outputDim, r, 1);
        double[][] v = LinearAlgebra.gaussian(modes, inputDim, r, 1);
        LinearAlgebra.orthonormalColumns(u);
        LinearAlgebra.orthonormalColumns(v);
        double[][] sigma = new double[outputDim][inputDim];
        for (int i = 0; i < outputDim; i++) {
            for (int j = 0; j < inputDim; j++) {
                double acc = 0;
                for (int a = 0; a < r; a++) {
                    acc += u[i][a] * s[a] * v[j][a];
                }
                sigma[i][j] = acc;
            }
        }
        Random trainStream = Seeds.stream(seed, "deep-linear/train", 0);
        double[][] x = LinearAlgebra.gaussian(trainStream, trainSize, inputDim, 1);
        LinearAlgebra.orthonormalColumns(x);
        double scale = Math.sqrt(trainSize);
        for (double[] row : x) {
            for (int j = 0; j < inputDim; j++) {
                row[j] *= scale;
            }
        }
        DataSplit train = split(x, sigma, noise, trainStream);
        Random testStream = Seeds.stream(seed, "deep-linear/test", 0);
        DataSplit test = split(LinearAlgebra.gaussian(testStream, testSize, inputDim, 1), sigma, noise, testStream);
        String description = NAME + " d=" + inputDim + " k=" + outputDim + " s=" + Arrays.toString(s) + " noise="
                + noise + " seed=" + seed;
        Dataset dataset = new Dataset(NAME, new int[] {inputDim}, 0, train, test,
                Checksums.of(description, train, test), description);
        return new DeepLinearTask(dataset, s, u, v);
    }

    /**
     * Returns Saxe et al.'s analytic strength of one mode of a two-layer linear network at time {@code t}.
     *
     * <p>{@code u(t) = s·e^{2st/τ} / (e^{2st/τ} − 1 + s/u0)}: a sigmoid from {@code u0} to {@code s}; with the loss
     * above and learning rate {@code η}, {@code τ = 1/η} in steps.
     *
     * @param s the mode's singular value
     * @param u0 the mode's strength at {@code t = 0} (small, positive)
     * @param t time in steps
     * @param tau the time constant, {@code 1/η}
     * @return the mode strength
     */
    public static double modeStrength(double s, double u0, double t, double tau) {
        double e = Math.exp(2 * s * t / tau);
        return s * e / (e - 1 + s / u0);
    }

    private static DataSplit split(double[][] x, double[][] sigma, double noise, Random random) {
        int n = x.length;
        int d = x[0].length;
        int k = sigma.length;
        float[] inputs = LinearAlgebra.flatten(x);
        float[] targets = new float[n * k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double acc = 0;
                for (int j = 0; j < d; j++) {
                    acc += sigma[c][j] * x[i][j];
                }
                targets[i * k + c] = (float) (acc + (noise > 0 ? noise * random.nextGaussian() : 0));
            }
        }
        return new DataSplit(inputs, null, targets, n, d, k);
    }
}
