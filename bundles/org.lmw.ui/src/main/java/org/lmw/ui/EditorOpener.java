// Opens a workspace file in the editor that declares its extension, or brings the open editor to the front.
package org.lmw.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Finds the editor for a file by the tag {@code lmw.editor:<extension>} of its part descriptor, so every UI bundle
 * adds its editors through its own model fragment and the navigator needs to know none of them.
 */
public final class EditorOpener {
    private EditorOpener() {
    }

    /**
     * Opens the file, or activates its editor when it is already open.
     *
     * @return the editor part
     * @throws IllegalArgumentException when no editor declares the file's extension
     */
    public static MPart open(Path file, MApplication application, EModelService models, EPartService parts) {
        String absolute = file.toAbsolutePath().normalize().toString();
        for (MPart part : parts.getParts()) {
            if (absolute.equals(part.getPersistedState().get(LmwUi.EDITOR_FILE_KEY))) {
                parts.showPart(part, PartState.ACTIVATE);
                return part;
            }
        }
        String extension = extensionOf(file);
        MPartDescriptor descriptor = findDescriptor(application, extension)
                .orElseThrow(() -> new IllegalArgumentException(Messages.bind(Messages.noEditorFor, "." + extension)));
        MPart part = parts.createPart(descriptor.getElementId());
        part.getPersistedState().put(LmwUi.EDITOR_FILE_KEY, absolute);
        part.setLabel(file.getFileName().toString());
        part.setTooltip(absolute);
        MPartStack stack = (MPartStack) models.find(LmwUi.EDITOR_STACK, application);
        if (stack != null) {
            stack.getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }

    /** Returns the descriptor of the editor for files with this extension, if one is installed. */
    public static Optional<MPartDescriptor> findDescriptor(MApplication application, String extension) {
        String tag = LmwUi.EDITOR_TAG_PREFIX + extension;
        return application.getDescriptors().stream().filter(d -> d.getTags().contains(tag)).findFirst();
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
