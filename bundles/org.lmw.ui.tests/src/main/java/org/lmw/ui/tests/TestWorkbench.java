// Starts the real e4 workbench (the product's application model and every fragment) on its own UI thread for tests.
package org.lmw.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;

/**
 * The workbench under test: one per test JVM (SWT keeps one Display; SWTChart caches fonts statically), started
 * exactly as {@code lmw} starts it, but with its event loop on a dedicated thread so that test code can wait
 * without blocking the UI.
 */
public final class TestWorkbench {
    private static TestWorkbench instance;

    private final Path workspace;
    private final long startupMillis;
    private Display display;
    private E4Workbench workbench;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private TestWorkbench(Path workspace) throws Exception {
        this.workspace = workspace;
        CountDownLatch ready = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long start = System.nanoTime();
        Thread ui = new Thread(() -> {
            try {
                display = Display.getDefault();
                E4Application application = new E4Application();
                workbench = application.createE4Workbench(new Context(workspace), display);
                display.asyncExec(ready::countDown);
                workbench.createAndRunUI(workbench.getApplication());
            } catch (Throwable t) {
                failure.set(t);
                ready.countDown();
            } finally {
                stopped.countDown();
            }
        }, "lmw-test-ui");
        ui.setDaemon(true);
        ui.start();
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the workbench did not start within 60 s");
        }
        if (failure.get() != null) {
            throw new AssertionError("the workbench failed to start", failure.get());
        }
        startupMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("workbench window open after " + startupMillis + " ms");
    }

    /** Returns the workbench of this test JVM, starting it on a fresh workspace folder the first time. */
    public static synchronized TestWorkbench get() throws Exception {
        if (instance == null) {
            Path workspace = Files.createTempDirectory("lmw-ui-test-workspace");
            instance = new TestWorkbench(workspace);
        }
        return instance;
    }

    /** Returns the workspace folder the workbench was opened on. */
    public Path workspace() {
        return workspace;
    }

    /** Returns how long the window took to open, in milliseconds. */
    public long startupMillis() {
        return startupMillis;
    }

    /** Returns the display. */
    public Display display() {
        return display;
    }

    /** Returns the workbench's application context. */
    public IEclipseContext context() {
        return workbench.getContext();
    }

    /** Runs code on the UI thread and returns its result; exceptions are rethrown here. */
    public <T> T ui(Callable<T> code) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(code.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    /** Runs code on the UI thread. */
    public void run(Runnable code) {
        ui(() -> {
            code.run();
            return null;
        });
    }

    /**
     * Waits until a condition, evaluated on the UI thread, holds.
     *
     * @throws AssertionError naming what was awaited when the time runs out
     */
    public void waitUntil(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ui(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
    }

    /** Lets the UI thread process pending events (layouts, async refreshes). */
    public void settle() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            run(() -> {
                while (display.readAndDispatch()) {
                    // drain
                }
            });
            Thread.sleep(40);
        }
    }

    /** Returns the workbench window's shell. */
    public Shell shell() {
        return ui(() -> {
            for (Shell s : display.getShells()) {
                if (s.isVisible() && "Learning Mechanics Workbench".equals(s.getText())) {
                    return s;
                }
            }
            return display.getActiveShell();
        });
    }

    /**
     * Saves what the screen shows of the workbench window as a PNG under the screenshots folder.
     *
     * @return the file written
     */
    public Path screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("lmw.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        run(() -> {
            Shell shell = shell();
            shell.forceActive();
            while (display.readAndDispatch()) {
                // let the window paint before copying the screen
            }
            Rectangle bounds = shell.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            gc.copyArea(image, bounds.x, bounds.y);
            gc.dispose();
            ImageData data = image.getImageData();
            image.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        });
        System.out.println("screenshot: " + file.toAbsolutePath());
        return file;
    }

    /** Closes the workbench and waits for its event loop to end. */
    public void close() throws InterruptedException {
        run(() -> workbench.close());
        stopped.await(30, TimeUnit.SECONDS);
    }

    /** The application context {@code lmw} would give E4Application, read from the product extension. */
    private static final class Context implements IApplicationContext {
        private final Map<String, Object> arguments = new HashMap<>();
        private final Map<String, String> branding = new HashMap<>();

        Context(Path workspace) {
            arguments.put(APPLICATION_ARGS, new String[] { "-workspace", workspace.toString(),
                    "-clearPersistedState", "-persistState", "false" });
            for (IConfigurationElement product : Platform.getExtensionRegistry()
                    .getConfigurationElementsFor("org.eclipse.core.runtime.products")) {
                if ("org.lmw.rcp".equals(product.getContributor().getName())) {
                    for (IConfigurationElement p : product.getChildren("property")) {
                        branding.put(p.getAttribute("name"), p.getAttribute("value"));
                    }
                }
            }
            if (!branding.containsKey("applicationXMI")) {
                throw new AssertionError("the product extension of org.lmw.rcp was not found");
            }
        }

        @Override
        public Map<String, Object> getArguments() {
            return arguments;
        }

        @Override
        public void applicationRunning() {
        }

        @Override
        public String getBrandingApplication() {
            return "org.eclipse.e4.ui.workbench.swt.E4Application";
        }

        @Override
        public String getBrandingName() {
            return "Learning Mechanics Workbench";
        }

        @Override
        public String getBrandingDescription() {
            return branding.get("aboutText");
        }

        @Override
        public String getBrandingId() {
            return "org.lmw.rcp.product";
        }

        @Override
        public String getBrandingProperty(String key) {
            return branding.get(key);
        }

        @Override
        public Bundle getBrandingBundle() {
            return Platform.getBundle("org.lmw.rcp");
        }

        @Override
        public void setResult(Object result, IApplication application) {
        }
    }
}
