// Reads and writes .lmw experiment files for the editor and the wizard.
package org.lmw.ui.experiments.internal.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.lmw.model.Experiment;
import org.lmw.model.LmwPackage;

/**
 * Loads an experiment into a resource set and saves it back atomically.
 *
 * <p>Stop-gap until {@code org.lmw.core.persistence} lands: the editor and the wizard call only this class, so
 * switching to the shared persistence service is a change here alone. Loading refuses DTDs and external entities
 * (a hostile file must not read local files or call out) and reports any malformed file as one
 * {@link IOException} whose message is a single line for the error panel.
 */
public final class ExperimentFiles {
    private ExperimentFiles() {
    }

    /**
     * Loads the experiment of a file into a new resource of {@code resources}.
     *
     * @param file the .lmw file
     * @param resources the editing domain's resource set
     * @return the experiment, contained in a resource of {@code resources}
     * @throws IOException with a one-line message if the file is missing, unreadable, malformed or not an
     *         experiment
     */
    public static Experiment load(Path file, ResourceSet resources) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("file not found: " + file);
        }
        LmwPackage.eINSTANCE.eClass();
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resources.getResources().add(resource);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            resources.getResources().remove(resource);
            throw new IOException(oneLine(e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            resources.getResources().remove(resource);
            throw new IOException(oneLine(resource.getErrors().get(0).getMessage()));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Experiment)) {
            resources.getResources().remove(resource);
            EObject first = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            throw new IOException(first == null ? "the file holds no experiment"
                    : "the file holds a " + first.eClass().getName() + ", not an experiment");
        }
        return (Experiment) resource.getContents().get(0);
    }

    /**
     * Saves the experiment's resource to its file: written to a temporary file next to it, then moved over it, so
     * a crash never leaves half a file.
     *
     * @throws IOException if the file cannot be written
     */
    public static void save(Experiment experiment, Path file) throws IOException {
        Resource resource = experiment.eResource();
        if (resource == null) {
            resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(experiment);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        resource.save(bytes, options);
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes.toByteArray());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Map<Object, Object> loadOptions() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }

    private static String oneLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return oneLine(message);
    }

    private static String oneLine(String message) {
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "\u2026" : line;
    }
}
