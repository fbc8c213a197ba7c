// Makes run ids: <experiment>-<yyyyMMdd-HHmmss>-<n>, readable in a folder listing and unique in a run store.
package org.lmw.jobs;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Run ids that sort by experiment, then launch time, then position in the sweep. */
public final class RunIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final int MAX_NAME = 80;

    private RunIds() {
    }

    /**
     * Returns the launch time stamp part of run ids.
     *
     * @param time the launch time
     * @return for example {@code 20261122-161502}
     */
    public static String stamp(LocalDateTime time) {
        return STAMP.format(time);
    }

    /**
     * Returns a run id.
     *
     * @param experiment the experiment's name; characters a folder name should not hold become {@code -}
     * @param stamp the launch time stamp
     * @param n the run's number, from 1
     * @return a valid run id
     */
    public static String id(String experiment, String stamp, int n) {
        return prefix(experiment) + "-" + stamp + "-" + n;
    }

    /**
     * Returns the experiment part of run ids: letters, digits, {@code .}, {@code -} and {@code _} only, starting
     * with a letter or digit, at most 80 characters.
     *
     * @param experiment the experiment's name
     * @return the cleaned name, {@code run} when nothing usable is left
     */
    public static String prefix(String experiment) {
        String cleaned = experiment == null ? "" : experiment.strip().replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[^A-Za-z0-9]+", "");
        if (cleaned.length() > MAX_NAME) {
            cleaned = cleaned.substring(0, MAX_NAME);
        }
        return cleaned.isEmpty() ? "run" : cleaned;
    }
}
