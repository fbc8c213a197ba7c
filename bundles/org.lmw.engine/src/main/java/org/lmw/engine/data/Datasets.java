// Turns an experiment's DatasetRef into a loaded or generated Dataset.
package org.lmw.engine.data;

import java.io.IOException;
import java.util.Locale;

import org.lmw.engine.Messages;
import org.lmw.model.Activation;
import org.lmw.model.DatasetRef;

/**
 * Resolves an experiment's dataset reference.
 *
 * <p>Synthetic datasets fill unset sizes (0) with the defaults below. The teacher of {@code teacher-student} has a
 * hidden width of {@value #TEACHER_WIDTH} and tanh units, and comes from the run seed; {@code deep-linear} uses
 * {@link DeepLinearTask#defaultSpectrum}. The EMF model has no fields for these yet.
 */
public final class Datasets {

    /** Training examples of a synthetic dataset when the experiment leaves the size at 0. */
    public static final int SYNTHETIC_TRAIN_SIZE = 4096;
    /** Test examples of a synthetic dataset when the experiment leaves the size at 0. */
    public static final int SYNTHETIC_TEST_SIZE = 1024;
    /** Input dimension of teacher-student data when unset. */
    public static final int TEACHER_INPUT_DIMENSION = 100;
    /** Output dimension of teacher-student data when unset. */
    public static final int TEACHER_OUTPUT_DIMENSION = 1;
    /** Hidden width of the teacher network. */
    public static final int TEACHER_WIDTH = 8;
    /** Input and output dimension of deep-linear data when unset. */
    public static final int DEEP_LINEAR_DIMENSION = 8;

    private Datasets() {
    }

    /**
     * Loads or generates the dataset an experiment names.
     *
     * @param ref the experiment's dataset reference; {@code null} means Fashion-MNIST from the default folder
     * @param seed the run seed (synthetic data depends on it)
     * @return the dataset
     * @throws IOException if files are missing ({@link DatasetNotFoundException}) or malformed
     * @throws IllegalArgumentException if the name is unknown or the sizes are impossible
     */
    public static Dataset load(DatasetRef ref, long seed) throws IOException {
        String name = ref == null || ref.getName() == null ? FashionMnist.NAME : ref.getName().trim()
                .toLowerCase(Locale.ROOT);
        int trainSize = ref == null ? 0 : ref.getTrainSize();
        int testSize = ref == null ? 0 : ref.getTestSize();
        if (trainSize < 0 || testSize < 0) {
            throw new IllegalArgumentException(Messages.negativeDatasetSize(trainSize, testSize));
        }
        double noise = ref == null ? 0 : ref.getNoise();
        switch (name) {
            case FashionMnist.NAME:
                return FashionMnist.load(ref == null ? null : ref.getLocation(), trainSize, testSize);
            case TeacherStudent.NAME:
                return TeacherStudent.generate(seed, orDefault(trainSize, SYNTHETIC_TRAIN_SIZE),
                        orDefault(testSize, SYNTHETIC_TEST_SIZE),
                        orDefault(ref.getInputDimension(), TEACHER_INPUT_DIMENSION),
                        orDefault(ref.getOutputDimension(), TEACHER_OUTPUT_DIMENSION), TEACHER_WIDTH,
                        Activation.TANH, noise);
            case DeepLinearTask.NAME:
                int d = orDefault(ref.getInputDimension(), DEEP_LINEAR_DIMENSION);
                int k = orDefault(ref.getOutputDimension(), DEEP_LINEAR_DIMENSION);
                return DeepLinearTask.generate(seed, orDefault(trainSize, SYNTHETIC_TRAIN_SIZE),
                        orDefault(testSize, SYNTHETIC_TEST_SIZE), d, k, DeepLinearTask.defaultSpectrum(d, k), noise)
                        .dataset();
            default:
                throw new IllegalArgumentException(Messages.unknownDataset(ref.getName(), FashionMnist.NAME, TeacherStudent.NAME,
                        DeepLinearTask.NAME));
        }
    }

    private static int orDefault(int value, int fallback) {
        return value > 0 ? value : fallback;
    }
}
