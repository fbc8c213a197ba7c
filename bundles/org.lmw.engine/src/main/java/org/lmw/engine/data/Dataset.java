// A dataset ready for training: train and test splits, the shape of one example, and a provenance checksum.
package org.lmw.engine.data;

/**
 * A dataset loaded or generated for one run.
 *
 * @param name the dataset's name as experiments write it ({@code fashion-mnist}, {@code teacher-student}, ...)
 * @param sampleShape the shape of one input, for example {@code [1, 28, 28]} for an image or {@code [d]}
 * @param classes the number of classes, or 0 for a regression task
 * @param train the training split
 * @param test the test split
 * @param checksum {@code sha256:...} of the source files, or of the generator's parameters for synthetic data
 * @param source where the data came from: a folder, or the generator and its parameters
 */
public record Dataset(String name, int[] sampleShape, int classes, DataSplit train, DataSplit test, String checksum,
        String source) {

    /**
     * Tells whether the task is classification (cross-entropy loss) rather than regression (squared error).
     *
     * @return {@code true} for classification
     */
    public boolean isClassification() {
        return classes > 0;
    }

    /**
     * Returns the number of input values per example.
     *
     * @return the product of the sample shape
     */
    public int inputSize() {
        int n = 1;
        for (int d : sampleShape) {
            n *= d;
        }
        return n;
    }

    /**
     * Returns the number of network outputs the task needs.
     *
     * @return the class count, or the target dimension for regression
     */
    public int outputSize() {
        return isClassification() ? classes : train.targetSize();
    }
}
