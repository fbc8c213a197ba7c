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
 */
public record EngineInfo(String engineName, String engineVersion, String djlVersion, ComputeDevice device,
        int threads, String libraryPath, int gpuCount) {

    /**
     * Returns a one-line description for logs and provenance.
     *
     * @return for example {@code DJL 0.35.1 / PyTorch 2.7.1 (cpu, 2 threads)}
     */
    public String describe() {
        return "DJL " + djlVersion + " / " + engineName + " " + engineVersion + " (" + device.label() + ", "
                + threads + (threads == 1 ? " thread)" : " threads)");
    }
}
