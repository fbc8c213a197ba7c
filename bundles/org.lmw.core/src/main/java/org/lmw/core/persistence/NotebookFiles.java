// Hypothesis notebook files (.lmwnb): load, save, file names and a new empty notebook.
package org.lmw.core.persistence;

import java.io.IOException;
import java.nio.file.Path;

import org.lmw.model.LmwFactory;
import org.lmw.model.Notebook;

/** Reads, writes and creates hypothesis notebooks ({@code .lmwnb} XMI files); see {@link ModelFiles}. */
public final class NotebookFiles {

    /** File extension of notebooks, without the dot. */
    public static final String EXTENSION = ModelFiles.NOTEBOOK_EXTENSION;

    private NotebookFiles() {
    }

    /**
     * Loads a notebook.
     *
     * @throws ModelLoadException with a one-line message naming the file and the problem
     */
    public static Notebook load(Path file) throws ModelLoadException {
        return ModelFiles.load(file, Notebook.class);
    }

    /**
     * Saves a notebook atomically, valid or not.
     *
     * @throws IOException with a one-line message naming the file; the previous file is then unchanged
     */
    public static void save(Notebook notebook, Path file) throws IOException {
        ModelFiles.save(notebook, file);
    }

    /** Returns the file a notebook of this name has in a folder: {@code <folder>/<name>.lmwnb}. */
    public static Path fileFor(Path folder, String name) {
        return folder.resolve(name + "." + EXTENSION);
    }

    /** Creates an empty notebook with a title. */
    public static Notebook newNotebook(String title) {
        Notebook notebook = LmwFactory.eINSTANCE.createNotebook();
        notebook.setTitle(title);
        return notebook;
    }
}
