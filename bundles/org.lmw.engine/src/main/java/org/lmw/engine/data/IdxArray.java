// The contents of one IDX file (the MNIST family's format): dimensions and unsigned-byte data.
package org.lmw.engine.data;

/**
 * An array read from an IDX file of unsigned bytes.
 *
 * @param dimensions the sizes of the dimensions, outermost first ({@code [60000, 28, 28]} for training images)
 * @param data the values, row-major; read each as {@code b & 0xFF}
 * @param sha256 hex SHA-256 of the file's bytes as stored on disk
 */
public record IdxArray(int[] dimensions, byte[] data, String sha256) {

    /**
     * Returns the number of items (the size of the first dimension).
     *
     * @return the item count
     */
    public int count() {
        return dimensions[0];
    }

    /**
     * Returns the number of values per item.
     *
     * @return the product of all dimensions but the first
     */
    public int itemSize() {
        int n = 1;
        for (int i = 1; i < dimensions.length; i++) {
            n *= dimensions[i];
        }
        return n;
    }
}
