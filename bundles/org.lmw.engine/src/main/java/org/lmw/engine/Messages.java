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
}
