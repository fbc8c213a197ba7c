// Lowers the OS scheduling priority of a training thread, so that the workbench's UI thread wins the CPU on few cores.
package org.lmw.jobs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Linux nice values for training threads.
 *
 * <p>Training runs keep every core busy (a trainer thread plus libtorch's OpenMP workers); at the default priority the
 * UI thread, the X server and the event loop of the workbench compete with them on equal terms and, on a 2-core
 * machine with two runs training, wait hundreds of milliseconds for a CPU. Linux keeps a nice value per thread and a
 * new thread inherits its creator's, so a training thread that lowers its own priority before libtorch creates its
 * worker threads lowers theirs too. A nice of {@value #TRAINING_NICE} gives a busy normal-priority thread about 90%
 * of a core against one training thread, and costs training nothing when the rest of the machine is idle.
 *
 * <p>Java has no API for a thread's nice value; this class reads the thread id from {@code /proc/thread-self} and
 * runs {@code renice NICE -p TID} (an absolute value in every util-linux and BusyBox version). Everywhere else (other systems, no {@code renice}) it does nothing.
 */
public final class TrainingThreads {

    /** The nice value of training threads: background priority. */
    public static final int TRAINING_NICE = 10;

    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    private static final long RENICE_TIMEOUT_SECONDS = 5;

    private TrainingThreads() {
    }

    /**
     * Returns the calling thread's nice value.
     *
     * @return the nice value, or {@link Integer#MIN_VALUE} where it cannot be read
     */
    public static int currentNice() {
        try {
            String stat = Files.readString(THREAD_SELF.resolve("stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, nice 19.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return Integer.parseInt(fields[16]);
        } catch (IOException | RuntimeException e) {
            return Integer.MIN_VALUE;
        }
    }

    /**
     * Sets the calling thread's nice value, which the threads it creates afterwards inherit.
     *
     * <p>Raising the value (lower priority) is always allowed; lowering it again needs privileges, so restoring the
     * priority of a pooled worker thread may fail, which leaves it at background priority.
     *
     * @param nice the nice value, -20 to 19
     * @return {@code true} if the thread now has that nice value
     */
    public static boolean setNice(int nice) {
        int current = currentNice();
        if (current == Integer.MIN_VALUE) {
            return false;
        }
        if (current == nice) {
            return true;
        }
        String tid;
        try {
            // "PID/task/TID"
            tid = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        try {
            Process renice = new ProcessBuilder("renice", Integer.toString(nice), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(RENICE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
                return false;
            }
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return currentNice() == nice;
    }
}
