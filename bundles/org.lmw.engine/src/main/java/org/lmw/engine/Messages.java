// Every user-visible message of the engine bundle, in one place.
package org.lmw.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * User-visible messages of the engine bundle; each names what is wrong and how to fix it.
 */
public final class Messages {

    /** Shown when engine functions are used before {@link EngineService#ensureStarted}. */
    public static final String ENGINE_NOT_STARTED =
            "The engine is not started: call EngineService.ensureStarted(threads, device) first.";

    private static final String NATIVES_HOW_TO = "Build the engine bundle (./mvnw -B verify -pl bundles/org.lmw.engine -am"
            + " unpacks ai.djl.pytorch:pytorch-native-cpu:2.7.1:linux-x86_64 into bundles/org.lmw.engine/natives),"
            + " or set PYTORCH_LIBRARY_PATH (or -Dlmw.natives) to a flat folder holding libtorch.so and"
            + " libdjl_torch.so of libtorch 2.7.1.";

    private Messages() {
    }

    /**
     * Says that Fashion-MNIST is missing, where the engine looked, and how to get it.
     *
     * @param lookedAt the folders looked at
     * @param missing the files missing from the first folder
     * @param explicit whether the folder came from the experiment's dataset location
     * @param dataVariable the value of {@code LMW_DATA}, or {@code null}
     * @return the message
     */
    public static String fashionMnistMissing(List<Path> lookedAt, List<String> missing, boolean explicit,
            String dataVariable) {
        String where = lookedAt.stream().map(Path::toString).collect(Collectors.joining(", "));
        String source = explicit ? "the experiment's dataset location"
                : dataVariable != null && !dataVariable.isBlank() ? "LMW_DATA=" + dataVariable
                : "the default folder";
        return "Fashion-MNIST not found: looked at " + where + " (" + source + "); missing " + String.join(", ", missing)
                + ". Install it with 'apt-get install dataset-fashion-mnist' (files go to /usr/share/datasets/"
                + "fashion-mnist), or set LMW_DATA or the experiment's dataset location to a folder with the four"
                + " IDX files (train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz,"
                + " t10k-labels-idx1-ubyte.gz).";
    }

    /**
     * Says that a device name is unknown.
     *
     * @param text the name as given
     * @return the message
     */
    public static String unknownDevice(String text) {
        return "Unknown device '" + text + "': use cpu or gpu.";
    }

    /**
     * Says that a GPU was requested but libtorch sees none.
     *
     * @param libraryPath the folder libtorch was loaded from
     * @return the message
     */
    public static String noGpu(String libraryPath) {
        return "Device gpu was requested but libtorch loaded from " + libraryPath + " sees no CUDA device."
                + " A GPU needs PYTORCH_LIBRARY_PATH pointing at a CUDA build of libtorch 2.7.1 (with libdjl_torch.so"
                + " from pytorch-jni's jnilib/linux-x86_64/cu128) and PYTORCH_FLAVOR=cu128; use --device cpu otherwise.";
    }

    /**
     * Says that no libtorch folder was found.
     *
     * @param lookedAt the folders looked at
     * @return the message
     */
    public static String nativesMissing(List<Path> lookedAt) {
        return "libtorch (libtorch.so) was not found. Looked at: "
                + lookedAt.stream().map(Path::toString).collect(Collectors.joining(", ")) + ". " + NATIVES_HOW_TO;
    }

    /**
     * Says that a configured libtorch folder holds no libtorch.
     *
     * @param folder the folder
     * @param source which setting named it
     * @return the message
     */
    public static String nativesNotInFolder(Path folder, String source) {
        return "The " + source + " names " + folder + ", but there is no libtorch.so in it"
                + " (the folder must be flat: the .so files directly inside). " + NATIVES_HOW_TO;
    }

    /**
     * Says that libtorch failed to load.
     *
     * @param folder the folder it was loaded from
     * @param cause the failure
     * @return the message
     */
    public static String engineLoadFailed(Path folder, Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (reason.contains("already loaded in another classloader")) {
            return "libtorch from " + folder + " is already loaded by another class loader (the engine bundle was"
                    + " refreshed or installed twice); restart the application.";
        }
        return "The PyTorch engine could not be loaded from " + folder + ": " + reason
                + ". The folder must hold libtorch 2.7.1 for linux-x86_64 (libtorch.so, libtorch_cpu.so, libc10.so,"
                + " libgomp) and libdjl_torch.so from pytorch-jni 2.7.1-0.35.1.";
    }
    /** Shown when a CNN is asked for with the muP parametrisation. */
    public static final String MUP_CNN = "muP is not defined for the CNN yet; use standard or ntk.";

    /**
     * Says that a step schedule's step size is not positive.
     *
     * @param stepSize the value given
     * @return the message
     */
    public static String badStepSize(int stepSize) {
        return "A step schedule needs stepSize >= 1; got " + stepSize + ".";
    }

    /**
     * Says that Adam's betas are outside [0, 1).
     *
     * @param beta1 the first value given
     * @param beta2 the second value given
     * @return the message
     */
    public static String badAdamBetas(double beta1, double beta2) {
        return "Adam needs 0 <= beta1, beta2 < 1; got beta1 " + beta1 + ", beta2 " + beta2 + ".";
    }

    /**
     * Says that an optimizer field is out of range.
     *
     * @param field the field's name in the experiment
     * @param inclusive whether the bound is allowed
     * @param min the bound
     * @param value the value given
     * @return the message
     */
    public static String badOptimizerValue(String field, boolean inclusive, double min, double value) {
        return "Optimizer " + field + " must be " + (inclusive ? ">= " : "> ") + min + " and finite; got " + value + ".";
    }

    /**
     * Says that a dataset has no training examples.
     *
     * @param dataset the dataset's name
     * @return the message
     */
    public static String emptyTrainingSplit(String dataset) {
        return "The training split of " + dataset + " is empty.";
    }

    /**
     * Says that the batch size is not positive.
     *
     * @param batchSize the value given
     * @return the message
     */
    public static String badBatchSize(int batchSize) {
        return "batchSize must be at least 1; got " + batchSize + ".";
    }

    /**
     * Says that the batch size exceeds the training set.
     *
     * @param batchSize the value given
     * @param examples the number of training examples
     * @param dataset the dataset's name
     * @return the message
     */
    public static String batchLargerThanData(int batchSize, int examples, String dataset) {
        return "batchSize " + batchSize + " is larger than the " + examples + " training examples of " + dataset + ".";
    }

    /**
     * Says that maxSteps is negative.
     *
     * @param maxSteps the value given
     * @return the message
     */
    public static String negativeMaxSteps(int maxSteps) {
        return "maxSteps cannot be negative; got " + maxSteps + ".";
    }

    /**
     * Says that the experiment asks for no updates at all.
     *
     * @param epochs the epochs given
     * @param maxSteps the maxSteps given
     * @return the message
     */
    public static String noUpdates(int epochs, int maxSteps) {
        return "The run has no updates: set epochs >= 1 or maxSteps >= 1 (epochs " + epochs + ", maxSteps " + maxSteps
                + ").";
    }

    /**
     * Says that dataset sizes are negative.
     *
     * @param trainSize the training size given
     * @param testSize the test size given
     * @return the message
     */
    public static String negativeDatasetSize(int trainSize, int testSize) {
        return "Dataset sizes cannot be negative: trainSize " + trainSize + ", testSize " + testSize + ".";
    }

    /**
     * Says that a dataset name is unknown, listing the known ones.
     *
     * @param name the name given
     * @param known the names the engine knows
     * @return the message
     */
    public static String unknownDataset(String name, String... known) {
        return "Unknown dataset '" + name + "': the engine knows " + String.join(", ", known) + ".";
    }

    /**
     * Says that an MLP's shape is impossible.
     *
     * @param depth the depth given
     * @param width the width given
     * @param outputs the number of outputs the dataset needs
     * @return the message
     */
    public static String badMlp(int depth, int width, int outputs) {
        return "An MLP needs depth >= 0, width >= 1 and at least one output; got depth " + depth + ", width " + width
                + ", outputs " + outputs + ".";
    }

    /**
     * Says that initScale is not a positive number.
     *
     * @param initScale the value given
     * @return the message
     */
    public static String badInitScale(double initScale) {
        return "initScale must be a positive number; got " + initScale + ".";
    }

    /**
     * Says that the CNN got inputs that are not images of a usable size.
     *
     * @param sampleShape the dataset's sample shape
     * @return the message
     */
    public static String cnnNeedsImages(int[] sampleShape) {
        return "The CNN needs images [channels, height, width] with height and width divisible by 4; the dataset gives "
                + java.util.Arrays.toString(sampleShape) + ".";
    }

    /**
     * Says that the CNN's channels or width are impossible.
     *
     * @param channels the channels given
     * @param width the width given
     * @return the message
     */
    public static String badCnn(int channels, int width) {
        return "The CNN needs channels >= 1 and width >= 0; got channels " + channels + ", width " + width + ".";
    }

    /**
     * Says that a deep-linear spectrum has the wrong length.
     *
     * @param inputDim the input dimension
     * @param outputDim the output dimension
     * @param values the number of singular values given
     * @return the message
     */
    public static String badSpectrum(int inputDim, int outputDim, int values) {
        return "A deep-linear task with input " + inputDim + " and output " + outputDim + " can have 1 to "
                + Math.min(inputDim, outputDim) + " singular values, not " + values + ".";
    }

    /**
     * Says that deep-linear data needs more training examples than input dimensions.
     *
     * @param trainSize the training size given
     * @param inputDim the input dimension
     * @return the message
     */
    public static String tooFewForWhiteInputs(int trainSize, int inputDim) {
        return "deep-linear needs at least as many training examples as input dimensions to make the inputs white:"
                + " trainSize " + trainSize + " < inputDimension " + inputDim + ".";
    }
}
