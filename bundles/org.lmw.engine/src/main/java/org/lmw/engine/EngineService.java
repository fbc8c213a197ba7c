// Starts DJL with the embedded PyTorch engine once per JVM, offline, and hands out managers on the chosen device.
package org.lmw.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtEngineProvider;
import ai.djl.pytorch.jni.JniUtils;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry point to the deep-learning engine: DJL 0.35.1 with libtorch 2.7.1, loaded once per JVM.
 *
 * <p>Starting never touches the network: {@code ai.djl.offline} and {@code OPT_OUT_TRACKING} are set before the
 * first use of DJL's {@link Engine} class (otherwise DJL calls an EC2 metadata address for telemetry), and libtorch
 * comes from a local, flat folder of shared libraries, found in this order:
 * <ol>
 * <li>the environment variable {@code PYTORCH_LIBRARY_PATH} (DJL reads it itself and it wins over everything);</li>
 * <li>the system property {@code PYTORCH_LIBRARY_PATH} or {@code lmw.natives};</li>
 * <li>a {@code natives/} folder beside this bundle (development and test runs: {@code bundles/org.lmw.engine/natives},
 * filled by the bundle's Maven build from {@code ai.djl.pytorch:pytorch-native-cpu:2.7.1:linux-x86_64}) or in the
 * product's installation folder ({@code eclipse.home.location}).</li>
 * </ol>
 * The folder must hold {@code libtorch.so} and should hold {@code libdjl_torch.so} (the JNI glue); a nested folder
 * would make DJL fall back to downloading, so only flat folders are accepted.
 *
 * <p>GPU: point {@code PYTORCH_LIBRARY_PATH} at a CUDA build of libtorch 2.7.1 (for example the {@code lib/} folder
 * of pytorch.org's {@code libtorch-cxx11-abi-shared-with-deps-2.7.1+cu128}), copy {@code libdjl_torch.so} from
 * {@code jnilib/linux-x86_64/cu128/} of the embedded {@code pytorch-jni-2.7.1-0.35.1.jar} into it, set
 * {@code PYTORCH_FLAVOR=cu128}, and ask for {@link ComputeDevice#GPU}. The CPU natives on Maven Central have no CUDA.
 *
 * <p>libtorch can be loaded by one class loader per JVM only, so this bundle must never be refreshed while the
 * engine runs; a second start after a refresh fails with a message that says so.
 */
public final class EngineService {

    /** DJL's name of the PyTorch engine. */
    public static final String ENGINE_NAME = "PyTorch";

    /** System property naming the natives folder when {@code PYTORCH_LIBRARY_PATH} is not set. */
    public static final String NATIVES_PROPERTY = "lmw.natives";

    /** Environment variable and system property DJL reads for the libtorch folder. */
    public static final String LIBRARY_PATH_VARIABLE = "PYTORCH_LIBRARY_PATH";

    static final String LIBTORCH_FILE = "libtorch.so";
    static final String JNI_FILE = "libdjl_torch.so";
    static final String CUDA_MARKER_FILE = "libc10_cuda.so";
    static final String FLAVOR_VARIABLE = "PYTORCH_FLAVOR";
    static final String OMP_WAIT_POLICY = "OMP_WAIT_POLICY";

    // Held strongly: java.util.logging forgets the level of a logger nobody references.
    private static final java.util.logging.Logger DJL_LOG = java.util.logging.Logger.getLogger("ai.djl");
    private static final java.util.logging.Logger CUDA_LOG = java.util.logging.Logger.getLogger("ai.djl.util.cuda");

    private static Engine engine;
    private static String libraryPath;
    private static int startThreads;
    private static boolean cudaBuild;
    private static Throwable startFailure;

    private EngineService() {
    }

    /**
     * Starts the engine if needed and sets the intra-op thread count of the calling thread.
     *
     * @param threads intra-op threads for the calling thread; 0 or less means one per available processor
     * @param device the device the caller wants to compute on
     * @return the engine's names and versions, with the device and thread count the caller asked for
     * @throws EngineStartException if libtorch cannot be found or loaded, or the device is not available
     */
    public static synchronized EngineInfo ensureStarted(int threads, ComputeDevice device) {
        int effectiveThreads = threads > 0 ? threads : defaultThreads();
        if (engine == null) {
            start(effectiveThreads);
        }
        // Probing CUDA on a CPU-only libtorch only produces a warning, so ask only a CUDA build.
        int gpus = cudaBuild ? engine.getGpuCount() : 0;
        if (device == ComputeDevice.GPU && gpus == 0) {
            throw new EngineStartException(Messages.noGpu(libraryPath));
        }
        setThreads(effectiveThreads);
        return new EngineInfo(ENGINE_NAME, engine.getVersion(), Engine.getDjlVersion(), device, effectiveThreads,
                libraryPath, gpus, EngineInfo.mklDispatch(System.getenv("LD_PRELOAD")));
    }

    /**
     * Starts the engine if needed; the device is parsed from its user-facing name.
     *
     * @param threads intra-op threads for the calling thread; 0 or less means one per available processor
     * @param device {@code cpu} or {@code gpu}
     * @return the engine's names and versions
     * @throws EngineStartException if the engine cannot start or the device is not available
     * @throws IllegalArgumentException if the device name is unknown
     */
    public static EngineInfo ensureStarted(int threads, String device) {
        return ensureStarted(threads, ComputeDevice.parse(device));
    }

    /**
     * Tells whether libtorch has been loaded in this JVM.
     *
     * @return {@code true} after a successful start
     */
    public static synchronized boolean isStarted() {
        return engine != null;
    }

    /**
     * Sets libtorch's intra-op thread count for the calling thread.
     *
     * <p>With OpenMP the setting belongs to the thread that makes it, so a training thread calls this itself.
     *
     * @param threads the thread count, at least 1
     */
    public static void setThreads(int threads) {
        requireStarted();
        JniUtils.setNumThreads(Math.max(1, threads));
    }

    /**
     * Returns libtorch's intra-op thread count as seen from the calling thread.
     *
     * @return the thread count
     */
    public static int threads() {
        requireStarted();
        return JniUtils.getNumThreads();
    }

    /**
     * Creates a root manager on a device; close it to free the native memory of everything it owns.
     *
     * @param device the device
     * @return a new manager owned by the caller
     */
    public static NDManager newManager(ComputeDevice device) {
        requireStarted();
        return engine.newBaseManager(djlDevice(device));
    }

    /**
     * Maps a device to DJL's device.
     *
     * @param device the device
     * @return DJL's CPU device or the first GPU
     */
    public static Device djlDevice(ComputeDevice device) {
        return device == ComputeDevice.GPU ? Device.gpu() : Device.cpu();
    }

    /**
     * Returns the default thread count: one per available processor.
     *
     * @return at least 1
     */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Returns the folder libtorch will be (or was) loaded from, without loading it.
     *
     * @return the flat natives folder
     * @throws EngineStartException if no folder with libtorch can be found; the message lists where it looked
     */
    public static synchronized Path nativesFolder() {
        if (libraryPath != null) {
            return Paths.get(libraryPath);
        }
        return locateNatives();
    }

    private static void requireStarted() {
        synchronized (EngineService.class) {
            if (engine == null) {
                throw new IllegalStateException(Messages.ENGINE_NOT_STARTED);
            }
        }
    }

    private static void start(int threads) {
        if (startFailure != null) {
            // A failed native load cannot be retried in the same JVM; repeat the first reason.
            throw new EngineStartException(startFailure.getMessage(), startFailure);
        }
        // Must happen before DJL's Engine class initialises: its static initialiser phones home otherwise.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        if (DJL_LOG.getLevel() == null) {
            // DJL reports every library it loads at INFO; only its warnings matter to a user.
            DJL_LOG.setLevel(java.util.logging.Level.WARNING);
        }
        if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
            // The training loop issues one op at a time; an inter-op pool would only add idle threads.
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        Path folder = locateNatives();
        preferPassiveOpenMpThreads();
        if (System.getenv(LIBRARY_PATH_VARIABLE) == null) {
            System.setProperty(LIBRARY_PATH_VARIABLE, folder.toString());
        }
        boolean cuda = Files.exists(folder.resolve(CUDA_MARKER_FILE));
        if (!cuda && System.getenv(FLAVOR_VARIABLE) == null && System.getProperty(FLAVOR_VARIABLE) == null) {
            // Otherwise DJL asks the CUDA runtime (through JNA) which flavor to expect, and warns when it finds none.
            System.setProperty(FLAVOR_VARIABLE, "cpu");
        }
        if (!cuda && CUDA_LOG.getLevel() == null) {
            // DJL probes the CUDA runtime while detecting the platform even for CPU libtorch; a CUDA runtime without
            // a driver then logs a warning that says nothing about this CPU run.
            CUDA_LOG.setLevel(java.util.logging.Level.SEVERE);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // DJL finds engines and its own resources through the context class loader; inside OSGi that must be
        // this bundle's loader, which sees the embedded jars.
        thread.setContextClassLoader(EngineService.class.getClassLoader());
        try {
            Engine.registerEngine(new PtEngineProvider());
            Engine started = Engine.getEngine(ENGINE_NAME);
            started.getVersion();
            engine = started;
            libraryPath = folder.toString();
            startThreads = threads;
            cudaBuild = cuda;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            EngineStartException failure = new EngineStartException(Messages.engineLoadFailed(folder, e), e);
            startFailure = failure;
            throw failure;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Makes libtorch's OpenMP threads sleep at barriers instead of spinning, unless the user chose otherwise.
     *
     * <p>libgomp spins for milliseconds at each barrier by default. On a machine whose cores are shared (two cores,
     * a workbench UI, other jobs) a spinning helper steals the core the other thread needs: measured here, 2 threads
     * fell from about 280 to 12-80 steps/s on the benchmark MLP under load. libgomp reads {@code OMP_WAIT_POLICY}
     * once, when it is loaded, so it is set in the C environment (through JNA, which DJL embeds) before libtorch loads.
     */
    private static void preferPassiveOpenMpThreads() {
        if (System.getenv(OMP_WAIT_POLICY) != null) {
            return;
        }
        try {
            com.sun.jna.NativeLibrary libc = com.sun.jna.NativeLibrary.getInstance("c");
            libc.getFunction("setenv").invokeInt(new Object[] {OMP_WAIT_POLICY, "PASSIVE", 0});
        } catch (RuntimeException | LinkageError e) {
            // Only a speed matter: training is still correct with spinning threads.
            DJL_LOG.fine("Could not set OMP_WAIT_POLICY=PASSIVE: " + e);
        }
    }

    /**
     * Returns the intra-op thread count the engine was started with.
     *
     * @return the thread count, 0 before the start
     */
    public static synchronized int startThreads() {
        return startThreads;
    }

    private static Path locateNatives() {
        return locateNatives(System.getenv(LIBRARY_PATH_VARIABLE), System.getProperty(LIBRARY_PATH_VARIABLE),
                System.getProperty(NATIVES_PROPERTY), candidateFolders());
    }

    // The search order of the class comment, as a pure function of the settings (tests call it directly).
    static Path locateNatives(String fromEnvironment, String fromProperty, String fromLmw, List<Path> candidates) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return requireLibtorch(Paths.get(fromEnvironment), "environment variable " + LIBRARY_PATH_VARIABLE);
        }
        if (fromProperty != null && !fromProperty.isBlank()) {
            return requireLibtorch(Paths.get(fromProperty), "system property " + LIBRARY_PATH_VARIABLE);
        }
        if (fromLmw != null && !fromLmw.isBlank()) {
            return requireLibtorch(Paths.get(fromLmw), "system property " + NATIVES_PROPERTY);
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve(LIBTORCH_FILE))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new EngineStartException(Messages.nativesMissing(candidates));
    }

    private static Path requireLibtorch(Path folder, String source) {
        if (!Files.isRegularFile(folder.resolve(LIBTORCH_FILE))) {
            throw new EngineStartException(Messages.nativesNotInFolder(folder, source));
        }
        return folder.toAbsolutePath().normalize();
    }

    private static List<Path> candidateFolders() {
        Set<Path> folders = new LinkedHashSet<>();
        Path codeLocation = codeLocation();
        if (codeLocation != null) {
            // Walk up from target/classes (tests), the bundle folder (OSGi dev mode) or plugins/x.jar (product).
            Path p = codeLocation;
            for (int level = 0; level < 4 && p != null; level++) {
                folders.add(p.resolve("natives"));
                p = p.getParent();
            }
        }
        for (String property : new String[] {"eclipse.home.location", "osgi.install.area"}) {
            Path home = fileFromUrl(System.getProperty(property));
            if (home != null) {
                folders.add(home.resolve("natives"));
            }
        }
        return new ArrayList<>(folders);
    }

    private static Path codeLocation() {
        try {
            CodeSource source = EngineService.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            return fileFromUrl(source.getLocation().toString());
        } catch (SecurityException e) {
            return null;
        }
    }

    private static Path fileFromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String text = url.startsWith("reference:") ? url.substring("reference:".length()) : url;
        try {
            if (text.startsWith("file:")) {
                URL parsed = new URI(text.replace(" ", "%20")).toURL();
                return Paths.get(parsed.toURI()).toAbsolutePath().normalize();
            }
            return null;
        } catch (Exception e) {
            // Not a file URL (for example a bundleresource: URL): this candidate simply does not exist.
            return null;
        }
    }
}
