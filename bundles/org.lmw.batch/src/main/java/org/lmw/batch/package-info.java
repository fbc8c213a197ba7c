// The headless lmw application: the run, resume, list and export commands on the same job service as the workbench.
/**
 * The batch application {@code org.lmw.batch.app}, started by {@code lmw <command>}.
 *
 * <p>{@link org.lmw.batch.BatchApplication} is the Equinox entry point; {@link org.lmw.batch.Cli} holds the commands
 * and is independent of OSGi so that tests drive it directly. Exit codes: 0 success, 1 a run failed or diverged,
 * 2 bad input (one line on stderr, nothing written).
 */
package org.lmw.batch;
