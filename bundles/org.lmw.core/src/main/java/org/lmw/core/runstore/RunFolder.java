// One run's folder in the run store: its descriptor, metrics, checkpoints, artifacts and lock.
package org.lmw.core.runstore;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.lmw.model.Run;

/**
 * The folder {@code <workspace>/runs/<run-id>/} of one run.
 *
 * <pre>
 * run.xmi            the run descriptor (EMF Run), replaced atomically
 * metrics.lmws       metric series, append-only checksummed blocks (see the package documentation)
 * run.lock           locked by the process running the run
 * checkpoints/step-0000001000/   one committed checkpoint per folder
 * artifacts/         anything else a run produces
 * </pre>
 */
public final class RunFolder {
    static final String CHECKPOINTS = "checkpoints";
    static final String ARTIFACTS = "artifacts";
    private static final Pattern CHECKPOINT_NAME = Pattern.compile("step-(\\d{1,19})");
    private static final String STAGING_PREFIX = ".staging-";
    private static final String REPLACED_PREFIX = ".replaced-";

    private final String id;
    private final Path path;

    RunFolder(String id, Path path) {
        this.id = id;
        this.path = path;
    }

    /** The run's id, which is also the folder's name. */
    public String id() {
        return id;
    }

    /** The run's folder. */
    public Path path() {
        return path;
    }

    /** The run descriptor file, {@code run.xmi}. */
    public Path descriptorFile() {
        return path.resolve(RunDescriptors.FILE_NAME);
    }

    /** The metrics file, {@code metrics.lmws}. */
    public Path metricsFile() {
        return path.resolve(BlockFormat.FILE_NAME);
    }

    /** The lock file that the process running the run holds locked. */
    public Path lockFile() {
        return path.resolve(RunLock.FILE_NAME);
    }

    /** The folder of the run's checkpoints (it may not exist yet). */
    public Path checkpointsFolder() {
        return path.resolve(CHECKPOINTS);
    }

    /** The folder for the run's artifacts, created if needed. */
    public Path artifactsFolder() throws IOException {
        return Files.createDirectories(path.resolve(ARTIFACTS));
    }

    /** Loads the run descriptor. */
    public Run readDescriptor() throws IOException {
        return RunDescriptors.read(descriptorFile());
    }

    /**
     * Replaces the run descriptor atomically with a copy of the given run, whose id must be this folder's.
     *
     * @throws IllegalArgumentException when the run belongs to another run id; nothing is written then
     */
    public void writeDescriptor(Run run) throws IOException {
        if (!id.equals(run.getId())) {
            throw new IllegalArgumentException(
                    Messages.bind(Messages.descriptorIdMismatch, descriptorFile(), id, run.getId()));
        }
        RunDescriptors.write(descriptorFile(), run);
    }

    /** Whether a process (this one included) is running the run now, that is, holds its lock. */
    public boolean isActive() throws IOException {
        return RunLock.isHeld(lockFile());
    }

    /**
     * Starts or resumes the run: takes its lock, opens its metrics for appending (cutting off a torn tail) and marks
     * the descriptor running. Close the session when the run ends.
     *
     * @throws IllegalStateException when another process or session runs it already
     */
    public RunSession start() throws IOException {
        return RunSession.start(this);
    }

    /** Opens a reader of the run's metrics; it sees points as the running process flushes them. */
    public MetricReader openReader() throws IOException {
        return MetricReader.open(metricsFile());
    }

    /** The folder a committed checkpoint of a step has. */
    public Path checkpointFolder(long step) {
        return checkpointsFolder().resolve(checkpointName(step));
    }

    /**
     * Creates an empty staging folder for the checkpoint of a step (emptying one left by a crash); write the files
     * there, then {@link #commitCheckpoint(long)}.
     */
    public Path stageCheckpoint(long step) throws IOException {
        Path staging = checkpointsFolder().resolve(STAGING_PREFIX + checkpointName(step));
        deleteTree(staging);
        return Files.createDirectories(staging);
    }

    /**
     * Makes the staged checkpoint of a step the committed one: forces its files to the disk and renames the folder
     * into place atomically, replacing an older checkpoint of the same step.
     *
     * @return the committed checkpoint's folder
     */
    public Path commitCheckpoint(long step) throws IOException {
        Path staging = checkpointsFolder().resolve(STAGING_PREFIX + checkpointName(step));
        if (!Files.isDirectory(staging)) {
            throw new NoSuchFileException(staging.toString(), null,
                    Messages.bind(Messages.noStagedCheckpoint, step, checkpointsFolder()));
        }
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                } else if (Files.isDirectory(file)) {
                    RunDescriptors.forceFolder(file);
                }
            }
        }
        Path target = checkpointFolder(step);
        Path replaced = null;
        if (Files.exists(target)) {
            // A directory cannot be renamed over a non-empty one: move the old aside first, drop it afterwards.
            replaced = checkpointsFolder().resolve(REPLACED_PREFIX + checkpointName(step));
            deleteTree(replaced);
            Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        RunDescriptors.forceFolder(checkpointsFolder());
        if (replaced != null) {
            deleteTree(replaced);
        }
        return target;
    }

    /** The committed checkpoints, by increasing step. */
    public List<Checkpoint> checkpoints() throws IOException {
        List<Checkpoint> found = new ArrayList<>();
        if (!Files.isDirectory(checkpointsFolder())) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(checkpointsFolder())) {
            for (Path entry : entries) {
                Matcher matcher = CHECKPOINT_NAME.matcher(entry.getFileName().toString());
                if (matcher.matches() && Files.isDirectory(entry)) {
                    try {
                        found.add(new Checkpoint(Long.parseLong(matcher.group(1)), entry));
                    } catch (NumberFormatException e) {
                        // More digits than a long holds: not a folder this store wrote.
                    }
                }
            }
        }
        found.sort(Comparator.comparingLong(Checkpoint::step));
        return found;
    }

    /** The committed checkpoint with the largest step, if any: where a resumed run starts. */
    public Optional<Checkpoint> latestCheckpoint() throws IOException {
        List<Checkpoint> all = checkpoints();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public String toString() {
        return "RunFolder[" + id + " at " + path + "]";
    }

    private static String checkpointName(long step) {
        if (step < 0) {
            throw new IllegalArgumentException(Messages.bind(Messages.badCheckpointStep, step));
        }
        return String.format(Locale.ROOT, "step-%010d", step);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Creates the folder for a new run; an existing folder without a descriptor (a crashed creation) is reused. */
    static RunFolder create(String id, Path path) throws IOException {
        if (Files.exists(path.resolve(RunDescriptors.FILE_NAME))) {
            throw new FileAlreadyExistsException(path.toString(), null,
                    Messages.bind(Messages.runExists, id, path.resolve(RunDescriptors.FILE_NAME)));
        }
        Files.createDirectories(path);
        RunDescriptors.forceFolder(path.getParent());
        return new RunFolder(id, path);
    }
}
