// One split (train or test) of a dataset: inputs and labels or regression targets in flat arrays.
package org.lmw.engine.data;

import java.util.Objects;

/**
 * One split of a dataset, row-major: example {@code i} occupies {@code inputs[i * inputSize .. (i+1) * inputSize)}.
 *
 * <p>A classification split has {@code labels} and no {@code targets}; a regression split has {@code targets}
 * ({@code targetSize} values per example) and no {@code labels}.
 *
 * @param inputs the inputs, {@code size * inputSize} values
 * @param labels class indices, one per example, or {@code null} for regression
 * @param targets regression targets, {@code size * targetSize} values, or {@code null} for classification
 * @param size the number of examples
 * @param inputSize the number of input values per example
 * @param targetSize the number of target values per example (the class count for classification)
 */
public record DataSplit(float[] inputs, int[] labels, float[] targets, int size, int inputSize, int targetSize) {

    /**
     * Checks that the arrays match the declared sizes.
     */
    public DataSplit {
        Objects.requireNonNull(inputs, "inputs");
        if ((labels == null) == (targets == null)) {
            throw new IllegalArgumentException("A split has either labels (classification) or targets (regression).");
        }
        if ((long) size * inputSize != inputs.length) {
            throw new IllegalArgumentException("inputs hold " + inputs.length + " values, expected " + size + " x "
                    + inputSize);
        }
        if (labels != null && labels.length != size) {
            throw new IllegalArgumentException("labels hold " + labels.length + " values, expected " + size);
        }
        if (targets != null && (long) size * targetSize != targets.length) {
            throw new IllegalArgumentException("targets hold " + targets.length + " values, expected " + size + " x "
                    + targetSize);
        }
    }

    /**
     * Tells whether this is a classification split.
     *
     * @return {@code true} if the split has labels
     */
    public boolean isClassification() {
        return labels != null;
    }

    /**
     * Returns the first {@code n} examples, in order.
     *
     * @param n the number of examples to keep; {@code n >= size} returns this split
     * @return the prefix of this split
     */
    public DataSplit head(int n) {
        if (n <= 0 || n >= size) {
            return this;
        }
        float[] in = java.util.Arrays.copyOf(inputs, n * inputSize);
        int[] lab = labels == null ? null : java.util.Arrays.copyOf(labels, n);
        float[] tar = targets == null ? null : java.util.Arrays.copyOf(targets, n * targetSize);
        return new DataSplit(in, lab, tar, n, inputSize, targetSize);
    }
}
