// Measures the UI thread's responsiveness: how long a task posted with asyncExec waits before it runs.
package org.lmw.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;

/**
 * Posts a task to the UI thread every 20 ms from a background thread and records the delay until it runs; the p99
 * of those delays is what a user feels as lag while runs train and charts refresh.
 *
 * <p>On Linux it also reads the UI thread's {@code /proc/self/task/TID/schedstat} around every probe, so that a slow
 * probe can be split into time the UI thread spent on a CPU (its own work), time it was runnable but not scheduled
 * (CPU starvation) and the rest (blocked or sleeping). Stalls of 100 ms or more are recorded with the UI thread's stack.
 */
final class UiLatencyProbe {
    /** A probe slower than this is a stall: its stack and scheduler split are reported. */
    private static final double STALL_MILLIS = 100;

    private record Sample(double atMillis, double delayMillis, double cpuMillis, double waitMillis) {
    }

    private final Display display;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stalls = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running;
    private volatile boolean paused;
    private Thread thread;
    private long startNanos;
    private Path schedstat;

    UiLatencyProbe(Display display) {
        this.display = display;
    }

    void start() {
        running = true;
        startNanos = System.nanoTime();
        AtomicReference<Path> uiTask = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                // "/proc/thread-self" -> "PID/task/TID" of the calling (UI) thread.
                Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
                uiTask.set(Path.of("/proc").resolve(link).resolve("schedstat"));
            } catch (IOException | UnsupportedOperationException e) {
                // Not Linux: no scheduler split.
            }
        });
        schedstat = uiTask.get();
        thread = new Thread(() -> {
            while (running) {
                long posted = System.nanoTime();
                long[] before = schedstat();
                CountDownLatch ran = new CountDownLatch(1);
                long[] ranAt = new long[1];
                display.asyncExec(() -> {
                    ranAt[0] = System.nanoTime();
                    ran.countDown();
                });
                try {
                    if (!ran.await((long) STALL_MILLIS, TimeUnit.MILLISECONDS) && !paused && stalls.size() < 6) {
                        // Say what holds the UI thread: the stack names the culprit of a stall.
                        long[] now = schedstat();
                        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                                "UI thread busy for %.0f ms (on CPU %.0f ms, runnable but not scheduled %.0f ms) at:",
                                STALL_MILLIS, (now[0] - before[0]) / 1e6, (now[1] - before[1]) / 1e6));
                        for (StackTraceElement e : display.getThread().getStackTrace()) {
                            b.append("\n    at ").append(e);
                        }
                        stalls.add(b.toString());
                    }
                    ran.await(5, TimeUnit.SECONDS);
                    long[] after = schedstat();
                    if (!paused && ran.getCount() == 0) {
                        samples.add(new Sample((posted - startNanos) / 1e6, (ranAt[0] - posted) / 1e6,
                                (after[0] - before[0]) / 1e6, (after[1] - before[1]) / 1e6));
                    }
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "lmw-ui-latency-probe");
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns the UI thread's time on a CPU and time runnable-but-waiting, in ns; zeros where unknown. */
    private long[] schedstat() {
        if (schedstat == null) {
            return new long[2];
        }
        try {
            String[] f = Files.readString(schedstat).trim().split("\\s+");
            return new long[] { Long.parseLong(f[0]), Long.parseLong(f[1]) };
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }

    /** Stops counting while the test itself holds the UI thread (a screenshot copies the screen on it). */
    void pause(boolean on) {
        paused = on;
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }

    double p99Millis() {
        return percentile(delays(0), 0.99);
    }

    private List<Double> delays(double fromMillis) {
        List<Double> sorted = new ArrayList<>();
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.atMillis() >= fromMillis) {
                    sorted.add(s.delayMillis());
                }
            }
        }
        Collections.sort(sorted);
        return sorted;
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p * sorted.size()) - 1)));
    }

    private static String line(String what, List<Double> d) {
        return String.format(Locale.ROOT, "ui latency %s over %d probes: median %.1f ms, p99 %.1f ms, max %.1f ms",
                what, d.size(), percentile(d, 0.5), percentile(d, 0.99), percentile(d, 1.0));
    }

    String report() {
        List<Double> all = delays(0);
        List<Double> steady = delays(1000);
        int slow = 0;
        double delay = 0;
        double cpu = 0;
        double wait = 0;
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.delayMillis() >= STALL_MILLIS) {
                    slow++;
                    delay += s.delayMillis();
                    cpu += s.cpuMillis();
                    wait += s.waitMillis();
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (String s : stalls) {
            b.append(s).append('\n');
        }
        b.append(line("(whole run, from launch)", all)).append('\n');
        b.append(line("(steady state, from 1 s after launch)", steady)).append('\n');
        b.append(String.format(Locale.ROOT, "ui stalls >= %.0f ms: %d, %.0f ms in all; UI thread on CPU %.0f ms, "
                + "runnable but not scheduled %.0f ms, blocked or sleeping %.0f ms (schedstat%s)%n", STALL_MILLIS, slow,
                delay, cpu, wait, Math.max(0, delay - cpu - wait), schedstat == null ? " unavailable" : ""));
        b.append(String.format(Locale.ROOT, "ui_latency_p99_ms=%d", Math.round(percentile(all, 0.99))));
        return b.toString();
    }
}
