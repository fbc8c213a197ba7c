// Teacher-student data: Gaussian inputs labelled by a fixed random teacher network, so the ground truth is known.
package org.lmw.engine.data;

import java.util.Random;

import org.lmw.engine.Seeds;
import org.lmw.model.Activation;

/**
 * Generates teacher-student regression data.
 *
 * <p>The teacher is a one-hidden-layer network {@code y = W2 · φ(W1 · x)} with {@code W1 ~ N(0, 1/d)} ({@code h × d}),
 * {@code W2 ~ N(0, 1/h)} ({@code k × h}) and no biases; inputs are {@code x ~ N(0, I_d)}; targets get independent
 * Gaussian noise of standard deviation {@code noise}. The teacher comes from the seed stream {@code teacher}, the
 * inputs and noise of each split from their own streams, so a run's seed fixes everything and the test split is
 * independent of the training split's size.
 */
public final class TeacherStudent {

    /** The dataset's name in experiments. */
    public static final String NAME = "teacher-student";

    private final double[][] w1;
    private final double[][] w2;
    private final Activation activation;

    /**
     * Creates a teacher.
     *
     * @param seed the seed the teacher's weights come from
     * @param inputDim input dimension {@code d}
     * @param hidden hidden width {@code h}
     * @param outputDim output dimension {@code k}
     * @param activation the teacher's non-linearity {@code φ}
     */
    public TeacherStudent(long seed, int inputDim, int hidden, int outputDim, Activation activation) {
        if (inputDim < 1 || hidden < 1 || outputDim < 1) {
            throw new IllegalArgumentException("Teacher dimensions must be positive: input " + inputDim + ", hidden "
                    + hidden + ", output " + outputDim + ".");
        }
        Random random = Seeds.stream(seed, "teacher", 0);
        this.w1 = LinearAlgebra.gaussian(random, hidden, inputDim, 1 / Math.sqrt(inputDim));
        this.w2 = LinearAlgebra.gaussian(random, outputDim, hidden, 1 / Math.sqrt(hidden));
        this.activation = activation;
    }

    /**
     * Generates a dataset labelled by a teacher made from the same seed.
     *
     * @param seed the run seed
     * @param trainSize training examples
     * @param testSize test examples
     * @param inputDim input dimension
     * @param outputDim output dimension
     * @param hidden the teacher's hidden width
     * @param activation the teacher's non-linearity
     * @param noise standard deviation of the label noise
     * @return the dataset
     */
    public static Dataset generate(long seed, int trainSize, int testSize, int inputDim, int outputDim, int hidden,
            Activation activation, double noise) {
        TeacherStudent teacher = new TeacherStudent(seed, inputDim, hidden, outputDim, activation);
        DataSplit train = teacher.sample(Seeds.stream(seed, "teacher-student/train", 0), trainSize, noise);
        DataSplit test = teacher.sample(Seeds.stream(seed, "teacher-student/test", 0), testSize, noise);
        String description = NAME + " d=" + inputDim + " h=" + hidden + " k=" + outputDim + " act="
                + activation.getLiteral() + " noise=" + noise + " seed=" + seed;
        return new Dataset(NAME, new int[] {inputDim}, 0, train, test, Checksums.of(description, train, test),
                description);
    }

    /**
     * Draws examples labelled by this teacher.
     *
     * @param random the stream for inputs and noise
     * @param n the number of examples
     * @param noise standard deviation of the label noise
     * @return the split
     */
    public DataSplit sample(Random random, int n, double noise) {
        int d = w1[0].length;
        int h = w1.length;
        int k = w2.length;
        float[] inputs = new float[n * d];
        float[] targets = new float[n * k];
        double[] x = new double[d];
        double[] hid = new double[h];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[j] = random.nextGaussian();
                inputs[i * d + j] = (float) x[j];
            }
            for (int a = 0; a < h; a++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += w1[a][j] * x[j];
                }
                hid[a] = apply(activation, s);
            }
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int a = 0; a < h; a++) {
                    s += w2[c][a] * hid[a];
                }
                targets[i * k + c] = (float) (s + (noise > 0 ? noise * random.nextGaussian() : 0));
            }
        }
        return new DataSplit(inputs, null, targets, n, d, k);
    }

    static double apply(Activation activation, double x) {
        return switch (activation) {
            case RELU -> Math.max(0, x);
            case TANH -> Math.tanh(x);
            case SIGMOID -> 1 / (1 + Math.exp(-x));
            case GELU -> 0.5 * x * (1 + erf(x / Math.sqrt(2)));
            case IDENTITY -> x;
        };
    }

    // Abramowitz-Stegun 7.1.26 (|error| < 1.5e-7): enough for a teacher's non-linearity.
    private static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592)
                * t * Math.exp(-x * x);
        return x >= 0 ? y : -y;
    }
}
