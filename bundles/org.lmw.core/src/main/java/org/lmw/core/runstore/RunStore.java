// The runs folder of a workspace: creates and lists runs, finds interrupted ones, and queries metrics across runs.
package org.lmw.core.runstore;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lmw.model.Parameter;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;

/**
 * The run store of a workspace: one folder per run under {@code <workspace>/runs/} (see {@link RunFolder}).
 *
 * <pre>
 * RunStore store = RunStore.open(workspace);
 * store.markInterruptedRuns();                       // once at start-up
 * RunFolder folder = store.create(run);              // run.getId() names the folder
 * try (RunSession session = folder.start()) {
 *     MetricWriter.Series loss = session.metrics().series("loss");
 *     for (long step = 0; step &lt; steps; step++) {
 *         loss.record(step, trainStep());
 *     }
 *     session.end(RunStatus.FINISHED, null);
 * }
 * List&lt;SweepPoint&gt; sweep = store.sweep(ids, "width", "loss");   // final loss vs width
 * </pre>
 *
 * <p>A store object holds no open files; it is cheap and safe to use from several threads. Several processes may use
 * the same runs folder: a run is written by the one process that holds its lock and read by any.
 */
public final class RunStore {
    /** Name of the folder under a workspace that holds the runs. */
    public static final String RUNS_FOLDER = "runs";

    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final Path runsFolder;

    /** What {@link RunStore#list()} found: the readable runs by id, and why each other run could not be read. */
    public record Listing(List<Run> runs, Map<String, String> unreadable) {
    }

    private RunStore(Path runsFolder) {
        this.runsFolder = runsFolder;
    }

    /** Opens the run store of a workspace folder, creating its {@code runs/} folder if needed. */
    public static RunStore open(Path workspace) throws IOException {
        return openRunsFolder(workspace.resolve(RUNS_FOLDER));
    }

    /** Opens a run store on a runs folder directly (for tools that are given one), creating it if needed. */
    public static RunStore openRunsFolder(Path runsFolder) throws IOException {
        if (Files.exists(runsFolder) && !Files.isDirectory(runsFolder)) {
            throw new NotDirectoryException(Messages.bind(Messages.runsNotAFolder, runsFolder));
        }
        Files.createDirectories(runsFolder);
        return new RunStore(runsFolder.toAbsolutePath().normalize());
    }

    /** The folder holding one folder per run. */
    public Path runsFolder() {
        return runsFolder;
    }

    /** Whether a string can be a run id: it becomes a folder name, so no separators, no "." or "..". */
    public static boolean isValidRunId(String id) {
        return id != null && RUN_ID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    /** The ids of the runs that have a descriptor, sorted. */
    public List<String> runIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runsFolder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (isValidRunId(name) && Files.isRegularFile(entry.resolve(RunDescriptors.FILE_NAME))) {
                    ids.add(name);
                }
            }
        }
        Collections.sort(ids);
        return ids;
    }

    /** Whether a run with this id has a descriptor. */
    public boolean exists(String runId) {
        return isValidRunId(runId) && Files.isRegularFile(runsFolder.resolve(runId).resolve(RunDescriptors.FILE_NAME));
    }

    /**
     * The folder of an existing run.
     *
     * @throws NoSuchFileException when there is no such run
     */
    public RunFolder folder(String runId) throws IOException {
        checkId(runId);
        Path path = runsFolder.resolve(runId);
        if (!Files.isRegularFile(path.resolve(RunDescriptors.FILE_NAME))) {
            throw new NoSuchFileException(path.toString(), null, Messages.bind(Messages.noSuchRun, runId, path));
        }
        return new RunFolder(runId, path);
    }

    /**
     * Creates the folder of a new run and writes a copy of the run as its descriptor; the run's id names the folder,
     * and a run without a creation time gets the current time.
     *
     * @throws IllegalArgumentException when the id cannot be a folder name
     * @throws java.nio.file.FileAlreadyExistsException when a run with this id exists; it is left unchanged
     */
    public RunFolder create(Run run) throws IOException {
        String id = run.getId();
        checkId(id);
        RunFolder folder = RunFolder.create(id, runsFolder.resolve(id));
        Run stored = EcoreUtil.copy(run);
        if (stored.getCreatedAt() == null) {
            stored.setCreatedAt(new Date());
        }
        folder.writeDescriptor(stored);
        return folder;
    }

    /** Loads a run's descriptor. */
    public Run load(String runId) throws IOException {
        return folder(runId).readDescriptor();
    }

    /** Loads every run's descriptor; a damaged one is reported by id with the reason instead of failing the list. */
    public Listing list() throws IOException {
        List<Run> runs = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (String id : runIds()) {
            try {
                runs.add(load(id));
            } catch (IOException e) {
                unreadable.put(id, e.getMessage());
            }
        }
        return new Listing(runs, unreadable);
    }

    /**
     * Marks every run that says it is running but whose lock no process holds as interrupted: its process died
     * without ending it (a crash, a kill -9, a power cut). Call it once at start-up, before starting runs.
     *
     * @return the ids of the runs marked interrupted
     */
    public List<String> markInterruptedRuns() throws IOException {
        List<String> marked = new ArrayList<>();
        for (String id : runIds()) {
            RunFolder folder = new RunFolder(id, runsFolder.resolve(id));
            Run run;
            try {
                run = folder.readDescriptor();
            } catch (IOException e) {
                continue;
            }
            if (run.getStatus() != RunStatus.RUNNING) {
                continue;
            }
            // Holding the lock while re-reading and writing keeps a process that starts the run meanwhile safe.
            try (RunLock lock = RunLock.tryAcquire(folder.lockFile())) {
                if (lock == null) {
                    continue;
                }
                Run current = folder.readDescriptor();
                if (current.getStatus() == RunStatus.RUNNING) {
                    current.setStatus(RunStatus.INTERRUPTED);
                    current.setMessage(Messages.interruptedMessage);
                    folder.writeDescriptor(current);
                    marked.add(id);
                }
            }
        }
        return marked;
    }

    /**
     * Summarises one metric in each of the given runs (final, smallest and largest value), in the order of the ids;
     * a run without that metric gets an empty summary. Reads only block headers unless a series was rewound.
     *
     * @throws NoSuchFileException when an id names no run
     */
    public Map<String, MetricSummary> summaries(Collection<String> runIds, String metric) throws IOException {
        Map<String, MetricSummary> result = new LinkedHashMap<>();
        for (String id : runIds) {
            try (MetricReader reader = folder(id).openReader()) {
                result.put(id, reader.summary(metric));
            }
        }
        return result;
    }

    /**
     * One point per run for "metric vs hyperparameter" across a sweep, e.g. final loss vs width, ordered by the
     * hyperparameter's numeric value (then by its text, then by run id).
     *
     * @throws NoSuchFileException when an id names no run
     */
    public List<SweepPoint> sweep(Collection<String> runIds, String hyperparameter, String metric) throws IOException {
        Map<String, MetricSummary> summaries = summaries(runIds, metric);
        List<SweepPoint> points = new ArrayList<>();
        for (Map.Entry<String, MetricSummary> entry : summaries.entrySet()) {
            String value = null;
            for (Parameter parameter : load(entry.getKey()).getHyperparameters()) {
                if (hyperparameter.equals(parameter.getKey())) {
                    value = parameter.getValue();
                }
            }
            points.add(new SweepPoint(entry.getKey(), value, entry.getValue()));
        }
        points.sort(Comparator.comparingDouble(SweepPoint::hyperparameterValue)
                .thenComparing(SweepPoint::hyperparameter, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SweepPoint::runId));
        return points;
    }

    private static void checkId(String runId) {
        if (!isValidRunId(runId)) {
            throw new IllegalArgumentException(Messages.bind(Messages.badRunId, runId));
        }
    }
}
