// Datasets as plain float arrays: Fashion-MNIST from IDX files, teacher-student and deep-linear generators.
/**
 * Datasets for training runs, held in Java arrays and turned into NDArrays per run.
 *
 * <p>{@link org.lmw.engine.data.Datasets#load} resolves an experiment's {@code DatasetRef}; every dataset carries a
 * checksum for the run's provenance.
 */
package org.lmw.engine.data;
