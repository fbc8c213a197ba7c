// What a run records about the engine that trained it (provenance).
package org.lmw.engine;

/**
 * The engine as started in this JVM: names and versions for a run's provenance.
 *
 * @param engineName the deep-learning engine, {@code PyTorch}
 * @param engineVersion the libtorch version, for example {@code 2.7.1}
 * @param djlVersion the Deep Java Library version, for example {@code 0.35.1}
 * @param device the device the engine computes on
 * @param threads the intra-op thread count set when the engine started
 * @param libraryPath the folder libtorch was loaded from
 * @param gpuCount the number of CUDA devices libtorch sees
 * @param mklDispatch how libtorch's MKL picks its CPU kernels: {@code by instruction set} when the lmw launcher
 *     preloaded its vendor-check override ({@code natives/mkl/libmkl_vendor.so}, on AMD processors), else
 *     {@code default}
 */
public record EngineInfo(String engineName, String engineVersion, String djlVersion, ComputeDevice device,
        int threads, String libraryPath, int gpuCount, String mklDispatch) {

    /** The MKL preload the lmw launcher sets on AMD processors. */
    public static final String MKL_VENDOR_SHIM = "libmkl_vendor.so";

    /**
     * Tells how MKL dispatches in this process, from the preload list the process started with.
     *
     * @param preload the value of {@code LD_PRELOAD}, or {@code null}
     * @return {@code by instruction set} or {@code default}
     */
    public static String mklDispatch(String preload) {
        if (preload != null) {
            for (String entry : preload.split("[: ]")) {
                if (entry.endsWith("/" + MKL_VENDOR_SHIM) || entry.equals(MKL_VENDOR_SHIM)) {
                    return "by instruction set";
                }
            }
        }
        return "default";
    }

    /**
     * Returns a one-line description for logs and provenance.
     *
     * @return for example {@code DJL 0.35.1 / PyTorch 2.7.1 (cpu, 2 threads, MKL default)}
     */
    public String describe() {
        return "DJL " + djlVersion + " / " + engineName + " " + engineVersion + " (" + device.label() + ", "
                + threads + (threads == 1 ? " thread" : " threads") + ", MKL " + mklDispatch + ")";
    }
}
