// The job service: one Eclipse Job per training run, a bounded queue, progress, cancel, resume and run events.
/**
 * Runs experiments as Eclipse Jobs, without any UI.
 *
 * <p>{@link org.lmw.jobs.RunLauncher} turns an experiment file into runs: it loads the file safely, validates it,
 * expands its sweep into runs with resolved hyperparameters, creates them in the workspace's run store and schedules
 * one {@link org.lmw.jobs.RunJob} per run on the {@link org.lmw.jobs.RunJobService}, whose job group bounds how many
 * runs train at once. A job reports progress through its {@code IProgressMonitor}, stops within a step when
 * cancelled, records metrics and checkpoints into the run's folder and ends the run with its status. Views follow
 * runs through {@link org.lmw.jobs.RunEvents} topics on the OSGi EventAdmin; headless code registers a
 * {@link org.lmw.jobs.RunListener} instead.
 */
package org.lmw.jobs;
