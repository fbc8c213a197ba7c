// A dataset's files are missing: the message says where the engine looked and how to get them.
package org.lmw.engine.data;

import java.io.FileNotFoundException;

/**
 * Thrown when a dataset's files are not where the experiment, {@code LMW_DATA} or the default says.
 */
public class DatasetNotFoundException extends FileNotFoundException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the paths looked at and how to install the data
     */
    public DatasetNotFoundException(String message) {
        super(message);
    }
}
