// How runs are executed on this machine: intra-op threads and device, chosen by the user, not the experiment.
package org.lmw.jobs;

import java.util.Objects;

import org.lmw.engine.ComputeDevice;

/**
 * Execution settings of runs that belong to the machine rather than to the experiment.
 *
 * @param threads intra-op threads per run; 0 means one per available processor
 * @param device the device to train on
 */
public record RunOptions(int threads, ComputeDevice device) {

    /** CPU with one thread per processor. */
    public static final RunOptions DEFAULT = new RunOptions(0, ComputeDevice.CPU);

    /** Checks the record's invariants. */
    public RunOptions {
        if (threads < 0) {
            throw new IllegalArgumentException(String.format(Messages.THREADS_NEGATIVE, threads));
        }
        Objects.requireNonNull(device, "device");
    }
}
