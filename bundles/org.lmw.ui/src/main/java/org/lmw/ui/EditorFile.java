// Reading an editor's model file: the model, or the reason the editor shows instead of its page.
package org.lmw.ui;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.lmw.core.persistence.ModelFiles;
import org.lmw.core.persistence.ModelLoadException;

/**
 * What an editor got from its file: the model and its path, or a reason a user can read. A hostile file never
 * escapes as an exception: whatever the parser throws becomes the reason.
 *
 * @param <T> the model's type
 * @param model the loaded model, or {@code null} when it could not be read
 * @param file the file, or {@code null} when the editor was opened without one
 * @param error why the model could not be read, or {@code null}
 */
public record EditorFile<T extends EObject>(T model, Path file, String error) {

    /**
     * Reads the file an editor part was opened on.
     *
     * @param <T> the model's type
     * @param resourceSet the editing domain's resource set
     * @param path the path from the part's persisted state ({@link LmwUi#EDITOR_FILE_KEY}), possibly {@code null}
     * @param type the model's type
     * @return the model, or the reason it could not be read
     */
    public static <T extends EObject> EditorFile<T> load(ResourceSet resourceSet, String path, Class<T> type) {
        if (path == null || path.isBlank()) {
            return new EditorFile<>(null, null, Messages.loadFailedNoFile);
        }
        Path file = Path.of(path);
        try {
            return new EditorFile<>(ModelFiles.load(resourceSet, file, type), file, null);
        } catch (ModelLoadException e) {
            return new EditorFile<>(null, file, e.getMessage());
        } catch (RuntimeException e) {
            // Whatever a hostile file triggers in the parser, the workbench must survive it.
            return new EditorFile<>(null, file, Messages.bind(Messages.loadFailedUnexpected, e));
        }
    }
}
