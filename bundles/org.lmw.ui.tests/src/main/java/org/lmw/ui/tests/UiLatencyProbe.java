// Measures the UI thread's responsiveness: how long a task posted with asyncExec waits before it runs.
package org.lmw.ui.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * Posts a task to the UI thread every 20 ms from a background thread and records the delay until it runs; the p99
 * of those delays is what a user feels as lag while runs train and charts refresh.
 */
final class UiLatencyProbe {
    private final Display display;
    private final List<Double> delays = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stalls = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running;
    private volatile boolean paused;
    private Thread thread;

    UiLatencyProbe(Display display) {
        this.display = display;
    }

    void start() {
        running = true;
        thread = new Thread(() -> {
            while (running) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                display.asyncExec(() -> {
                    if (!paused) {
                        delays.add((System.nanoTime() - posted) / 1e6);
                    }
                    ran.countDown();
                });
                try {
                    if (!ran.await(300, TimeUnit.MILLISECONDS) && !paused && stalls.size() < 3) {
                        // Say what holds the UI thread: the stack names the culprit of a stall.
                        StringBuilder b = new StringBuilder("UI thread busy for 300 ms at:");
                        for (StackTraceElement e : display.getThread().getStackTrace()) {
                            b.append("\n    at ").append(e);
                        }
                        stalls.add(b.toString());
                    }
                    ran.await(5, TimeUnit.SECONDS);
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "lmw-ui-latency-probe");
        thread.setDaemon(true);
        thread.start();
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
        return percentile(0.99);
    }

    private double percentile(double p) {
        List<Double> sorted;
        synchronized (delays) {
            sorted = new ArrayList<>(delays);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    String report() {
        return String.join("\n", stalls) + (stalls.isEmpty() ? "" : "\n") + String.format(Locale.ROOT, "ui latency over %d probes: median %.1f ms, p99 %.1f ms, max %.1f ms%n"
                + "ui_latency_p99_ms=%d", delays.size(), percentile(0.5), percentile(0.99), percentile(1.0),
                Math.round(percentile(0.99)));
    }
}
