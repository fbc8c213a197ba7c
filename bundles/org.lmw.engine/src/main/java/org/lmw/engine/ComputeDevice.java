// The compute devices a run can ask for, as users write them (cpu, gpu).
package org.lmw.engine;

import java.util.Locale;

/**
 * A device on which the engine computes.
 *
 * <p>GPU needs a CUDA build of libtorch 2.7.1 in the folder that {@code PYTORCH_LIBRARY_PATH} names; see
 * {@link EngineService}.
 */
public enum ComputeDevice {
    /** The CPU, with the intra-op thread count chosen by the run. */
    CPU("cpu"),
    /** The first CUDA GPU that libtorch sees. */
    GPU("gpu");

    private final String label;

    ComputeDevice(String label) {
        this.label = label;
    }

    /**
     * Returns the name users write for this device.
     *
     * @return {@code cpu} or {@code gpu}
     */
    public String label() {
        return label;
    }

    /**
     * Parses a device name as written in a preference or on the command line.
     *
     * @param text {@code cpu} or {@code gpu} (case-insensitive); {@code null} or blank means CPU
     * @return the device
     * @throws IllegalArgumentException if the text names no known device
     */
    public static ComputeDevice parse(String text) {
        if (text == null || text.isBlank()) {
            return CPU;
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ComputeDevice device : values()) {
            if (device.label.equals(wanted)) {
                return device;
            }
        }
        if (wanted.equals("cuda")) {
            return GPU;
        }
        throw new IllegalArgumentException(Messages.unknownDevice(text));
    }
}
