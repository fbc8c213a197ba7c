/**
 * Experiment ({@code .lmw}) and notebook ({@code .lmwnb}) files: safe XMI loading with one-line errors
 * ({@link org.lmw.core.persistence.ModelLoadException}), atomic saving, and the default new experiment.
 */
package org.lmw.core.persistence;
