// The workspace folder and its contents: experiments, notebooks and runs, with change notification.
package org.lmw.core.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.core.persistence.ModelFiles;
import org.lmw.core.runstore.RunStore;

/**
 * A workspace: one folder holding experiments ({@code *.lmw}), notebooks ({@code *.lmwnb}) and the run store
 * ({@code runs/<run-id>/}).
 *
 * <p>Listeners hear about changes made by anyone, this process or another (the headless {@code lmw run} writing
 * runs while the workbench is open), through a file-system watch started with {@link #startWatching()}.
 */
public final class LmwWorkspace implements AutoCloseable {
    /** File extension of experiments. */
    public static final String EXPERIMENT_EXTENSION = ModelFiles.EXPERIMENT_EXTENSION;
    /** File extension of notebooks. */
    public static final String NOTEBOOK_EXTENSION = ModelFiles.NOTEBOOK_EXTENSION;
    /** Folder of the run store inside the workspace. */
    public static final String RUNS_FOLDER = RunStore.RUNS_FOLDER;

    private final Path root;
    private final List<Consumer<LmwWorkspace>> listeners = new CopyOnWriteArrayList<>();
    private volatile WatchService watcher;
    private Thread watchThread;

    private LmwWorkspace(Path root) {
        this.root = root;
    }

    /**
     * Opens a workspace, creating its folder and run store folder when missing.
     *
     * @param root the workspace folder
     * @return the workspace
     * @throws IOException if the folder cannot be created or is not a folder
     */
    public static LmwWorkspace open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException(Messages.bind(Messages.notAFolder, absolute));
        }
        Files.createDirectories(absolute.resolve(RUNS_FOLDER));
        return new LmwWorkspace(absolute);
    }

    /** Returns the workspace folder. */
    public Path root() {
        return root;
    }

    /** Returns the run store folder ({@code runs/}). */
    public Path runsFolder() {
        return root.resolve(RUNS_FOLDER);
    }

    /** Returns the experiment files of the workspace, by name. */
    public List<Path> experiments() {
        return filesWithExtension(EXPERIMENT_EXTENSION);
    }

    /** Returns the notebook files of the workspace, by name. */
    public List<Path> notebooks() {
        return filesWithExtension(NOTEBOOK_EXTENSION);
    }

    /** Returns the run folders of the run store, newest name last. */
    public List<Path> runFolders() {
        List<Path> result = new ArrayList<>();
        if (!Files.isDirectory(runsFolder())) {
            return result;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(runsFolder(), Files::isDirectory)) {
            stream.forEach(result::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        result.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return result;
    }

    /** Returns every entry of the workspace: experiments, then notebooks, then runs. */
    public List<WorkspaceEntry> entries() {
        List<WorkspaceEntry> result = new ArrayList<>();
        for (Path p : experiments()) {
            result.add(new WorkspaceEntry(WorkspaceEntry.Kind.EXPERIMENT, p, baseName(p)));
        }
        for (Path p : notebooks()) {
            result.add(new WorkspaceEntry(WorkspaceEntry.Kind.NOTEBOOK, p, baseName(p)));
        }
        for (Path p : runFolders()) {
            result.add(new WorkspaceEntry(WorkspaceEntry.Kind.RUN, p, p.getFileName().toString()));
        }
        return result;
    }

    /**
     * Returns a path for a new experiment file with the given name, not yet existing.
     *
     * @param name the experiment name
     * @return {@code <root>/<name>.lmw}
     * @throws IllegalArgumentException if the name is empty, contains a path separator, or the file exists
     */
    public Path newExperimentFile(String name) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException(Messages.bind(Messages.badExperimentName, name));
        }
        Path file = ExperimentFiles.fileFor(root, name);
        if (Files.exists(file)) {
            throw new IllegalArgumentException(Messages.bind(Messages.experimentExists, file.getFileName()));
        }
        return file;
    }

    /** Adds a listener called (on a background thread) whenever the workspace contents change. */
    public void addListener(Consumer<LmwWorkspace> listener) {
        listeners.add(listener);
    }

    /** Removes a listener. */
    public void removeListener(Consumer<LmwWorkspace> listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners that the contents changed (also called by the watch thread). */
    public void fireChanged() {
        for (Consumer<LmwWorkspace> listener : listeners) {
            listener.accept(this);
        }
    }

    /**
     * Starts watching the workspace and run store folders so listeners hear about changes from other processes.
     *
     * @throws IOException if the watch cannot be registered
     */
    public synchronized void startWatching() throws IOException {
        if (watcher != null) {
            return;
        }
        WatchService service = FileSystems.getDefault().newWatchService();
        root.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        runsFolder().register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
        watcher = service;
        watchThread = new Thread(this::watchLoop, "lmw-workspace-watch " + root.getFileName());
        watchThread.setDaemon(true);
        watchThread.start();
    }

    private void watchLoop() {
        WatchService service = watcher;
        try {
            while (service != null) {
                WatchKey key = service.take();
                // Coalesce bursts (a save writes a temp file and renames it) into one notification.
                Thread.sleep(100);
                key.pollEvents();
                key.reset();
                WatchKey more;
                while ((more = service.poll()) != null) {
                    more.pollEvents();
                    more.reset();
                }
                fireChanged();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // Closing a watch service only releases OS handles; nothing to recover.
            }
            watcher = null;
        }
        listeners.clear();
    }

    private List<Path> filesWithExtension(String extension) {
        List<Path> result = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root, "*." + extension)) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    result.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        result.sort(Comparator.comparing(p -> p.getFileName().toString().toLowerCase()));
        return result;
    }

    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
