// Loads and saves model files (experiments, notebooks) as XMI: safely, atomically, with one-line errors.
package org.lmw.core.persistence;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.lmw.core.persistence.ModelLoadException.Reason;
import org.lmw.model.Experiment;
import org.lmw.model.LmwPackage;
import org.lmw.model.Notebook;
import org.lmw.model.validation.ExperimentValidator;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes the workbench's XMI model files in plain Java and in OSGi alike.
 *
 * <p>Loading is safe: the file is read whole (up to {@link #MAX_FILE_BYTES}), DOCTYPEs and entities are
 * refused before and during parsing, references to other documents are refused, and every failure becomes one
 * {@link ModelLoadException} whose message names the file and the problem in one line. Saving is atomic
 * ({@link AtomicFiles}): a failed or interrupted save leaves the previous file as it was. Saving never
 * validates: an invalid model is saved as is so no work is lost, and validation is shown separately.
 */
public final class ModelFiles {

    /** File extension of experiments. */
    public static final String EXPERIMENT_EXTENSION = "lmw";
    /** File extension of hypothesis notebooks. */
    public static final String NOTEBOOK_EXTENSION = "lmwnb";
    /** Largest model file accepted; experiments are a few kilobytes, so anything near this is not one. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    // Refuse DOCTYPE outright (which rules out entity expansion, "billion laughs" and XXE), and switch off
    // external entities and DTD loading as well in case a parser ignores the first feature.
    private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

    static {
        LmwPackage.eINSTANCE.eClass();
        ExperimentValidator.register();
        registerResourceFactories();
    }

    private ModelFiles() {
    }

    /**
     * Registers {@link LmwResourceFactory} for {@code .lmw} and {@code .lmwnb} in EMF's global factory registry,
     * so that any resource set without its own registration also loads these files safely. Done once when this
     * class loads; calling it again does nothing harmful.
     */
    public static void registerResourceFactories() {
        Map<String, Object> map = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        synchronized (map) {
            map.putIfAbsent(EXPERIMENT_EXTENSION, new LmwResourceFactory());
            map.putIfAbsent(NOTEBOOK_EXTENSION, new LmwResourceFactory());
        }
    }

    /** Returns the load options every model file is read with (safe parser features included). */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        // Never try to fetch an unknown namespace URI as if it were a document.
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }

    /** Returns the save options every model file is written with. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        // One attribute per line keeps git diffs of experiments readable.
        options.put(XMLResource.OPTION_LINE_WIDTH, 1);
        // Write values equal to the model's defaults too: a file must mean the same run after a default changes,
        // and a reader should see the learning rate without knowing the defaults.
        options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }

    /**
     * Registers the model's package and resource factories in a resource set an editor owns, so that its own
     * loads of {@code .lmw}/{@code .lmwnb} files use {@link LmwResourceFactory} and the safe options.
     */
    public static void configure(ResourceSet resourceSet) {
        resourceSet.getPackageRegistry().put(LmwPackage.eNS_URI, LmwPackage.eINSTANCE);
        Map<String, Object> map = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        map.put(EXPERIMENT_EXTENSION, new LmwResourceFactory());
        map.put(NOTEBOOK_EXTENSION, new LmwResourceFactory());
        resourceSet.getLoadOptions().putAll(loadOptions());
    }

    /**
     * Loads a model file whose single top-level element must be of the given type, in a private resource set
     * that can reach no other document.
     *
     * @throws ModelLoadException with a one-line message naming the file and the problem
     */
    public static <T extends EObject> T load(Path file, Class<T> type) throws ModelLoadException {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        configure(resourceSet);
        resourceSet.setURIConverter(new IsolatedURIConverter());
        return load(resourceSet, file, type);
    }

    /**
     * Loads a model file into a given resource set (an editor's), with the same checks and errors as
     * {@link #load(Path, Class)}; the resource is created with {@link LmwResourceFactory} whatever the set's
     * registry says.
     *
     * @throws ModelLoadException with a one-line message naming the file and the problem
     */
    public static <T extends EObject> T load(ResourceSet resourceSet, Path file, Class<T> type)
            throws ModelLoadException {
        String kind = kind(type);
        byte[] bytes = read(file, kind);
        String refusal = XmlPrescan.refusal(bytes);
        if (refusal != null) {
            throw invalid(file, kind, Reason.UNSAFE, refusal, null);
        }
        if (!XmlPrescan.looksLikeXml(bytes)) {
            throw invalid(file, kind, Reason.NOT_XML, Messages.NOT_XML, null);
        }
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        // A reload keeps the old copy until the new one has loaded, so a broken file never costs an editor the
        // model it already shows.
        Resource existing = resourceSet.getResource(uri, false);
        Resource resource = new LmwResourceFactory().createResource(uri);
        resourceSet.getResources().add(resource);
        EObject root;
        try {
            root = parse(resource, bytes, file, kind, type);
        } catch (ModelLoadException e) {
            resourceSet.getResources().remove(resource);
            throw e;
        }
        if (existing != null) {
            existing.unload();
            resourceSet.getResources().remove(existing);
        }
        return type.cast(root);
    }

    private static EObject parse(Resource resource, byte[] bytes, Path file, String kind, Class<?> type)
            throws ModelLoadException {
        try {
            resource.load(new ByteArrayInputStream(bytes), loadOptions());
        } catch (IOException | RuntimeException e) {
            throw translate(file, kind, e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            if (first instanceof Exception exception) {
                throw translate(file, kind, exception);
            }
            throw invalid(file, kind, Reason.INVALID_MODEL,
                    atLine(oneLine(String.valueOf(first.getMessage())), first.getLine()), null);
        }
        String expected = typeName(type);
        if (resource.getContents().isEmpty()) {
            throw invalid(file, kind, Reason.INVALID_MODEL, String.format(Messages.NO_ROOT, expected), null);
        }
        if (resource.getContents().size() > 1) {
            throw invalid(file, kind, Reason.INVALID_MODEL,
                    String.format(Messages.MANY_ROOTS, resource.getContents().size(), expected), null);
        }
        EObject root = resource.getContents().get(0);
        if (!type.isInstance(root)) {
            throw invalid(file, kind, Reason.INVALID_MODEL,
                    String.format(Messages.WRONG_ROOT, root.eClass().getName(), expected), null);
        }
        return root;
    }

    /**
     * Saves a model object (and everything it contains) as the only content of an XMI file, atomically. The
     * object is copied for saving, so its own resource, if any, is left untouched.
     *
     * @throws IOException with a one-line message naming the file when it cannot be saved; the previous file,
     *         if any, is then unchanged
     */
    public static void save(EObject root, Path file) throws IOException {
        Path name = file.getFileName();
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(String.format(Messages.FILE_PROBLEM, name,
                    String.format(Messages.SAVE_NO_FOLDER, folder)));
        }
        XMLResource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
        resource.getContents().add(EcoreUtil.copy(root));
        try {
            AtomicFiles.write(file, out -> resource.save(out, saveOptions()));
        } catch (IOException | RuntimeException e) {
            String problem = oneLine(describe(e));
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DanglingHREFException) {
                    problem = Messages.SAVE_DANGLING;
                }
            }
            throw new IOException(String.format(Messages.FILE_PROBLEM, name,
                    String.format(Messages.SAVE_FAILED, problem)), e);
        }
    }

    // ------------------------------------------------------------------------------------------- reading

    private static byte[] read(Path file, String kind) throws ModelLoadException {
        if (Files.isDirectory(file)) {
            throw failure(file, Reason.NOT_FOUND, Messages.LOAD_IS_FOLDER, null);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw failure(file, Reason.UNREADABLE,
                        String.format(Messages.LOAD_TOO_LARGE, size, MAX_FILE_BYTES), null);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (isBlank(bytes)) {
                throw failure(file, Reason.EMPTY, Messages.LOAD_EMPTY, null);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw failure(file, Reason.NOT_FOUND, Messages.LOAD_NOT_FOUND, e);
        } catch (AccessDeniedException e) {
            throw failure(file, Reason.UNREADABLE,
                    String.format(Messages.LOAD_UNREADABLE, Messages.LOAD_ACCESS_DENIED), e);
        } catch (IOException e) {
            throw failure(file, Reason.UNREADABLE, String.format(Messages.LOAD_UNREADABLE, oneLine(describe(e))), e);
        }
    }

    /** Tells whether a file holds nothing but ASCII white space (an editor's "empty" file). */
    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------- errors

    /** Turns whatever EMF or the parser threw into one user-facing line. */
    private static ModelLoadException translate(Path file, String kind, Exception e) {
        Throwable t = e;
        while ((t instanceof Resource.IOWrappedException || t instanceof WrappedException)
                && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof RefusedReferenceException refused) {
            return invalid(file, kind, Reason.UNSAFE, String.format(Messages.REFERENCE_REFUSED, refused.uri), e);
        }
        if (t instanceof SAXParseException sax) {
            String message = String.valueOf(sax.getMessage());
            int line = sax.getLineNumber();
            if (message.contains("DOCTYPE")) {
                return invalid(file, kind, Reason.UNSAFE, Messages.DOCTYPE_REFUSED, e);
            }
            if (message.contains("external entit") || message.contains("accessExternal")) {
                return invalid(file, kind, Reason.UNSAFE, Messages.EXTERNAL_ENTITY_REFUSED, e);
            }
            if (message.contains("must start and end within the same entity")
                    || message.contains("Premature end of file")) {
                return invalid(file, kind, Reason.NOT_XML, atLine(Messages.XML_ENDS_EARLY, line), e);
            }
            if (message.contains("Content is not allowed in prolog")) {
                return invalid(file, kind, Reason.NOT_XML, Messages.NOT_XML, e);
            }
            return invalid(file, kind, Reason.NOT_XML,
                    atLine(String.format(Messages.XML_MALFORMED, oneLine(message)), line), e);
        }
        if (t instanceof CharConversionException) {
            return invalid(file, kind, Reason.NOT_XML,
                    String.format(Messages.XML_MALFORMED, oneLine(describe(t))), e);
        }
        if (t instanceof XMIException xmi) {
            int line = xmi.getLine();
            String problem;
            if (xmi instanceof FeatureNotFoundException f) {
                problem = String.format(Messages.UNKNOWN_FIELD, shown(f.getName()));
            } else if (xmi instanceof ClassNotFoundException c) {
                problem = String.format(Messages.UNKNOWN_TYPE, shown(c.getName()));
            } else if (xmi instanceof PackageNotFoundException p) {
                problem = String.format(Messages.UNKNOWN_NAMESPACE, shown(p.uri()), LmwPackage.eNS_URI);
            } else if (xmi instanceof IllegalValueException v) {
                problem = v.getFeature() == null
                        ? String.format(Messages.ILLEGAL_VALUE_NO_FEATURE, shown(String.valueOf(v.getValue())))
                        : String.format(Messages.ILLEGAL_VALUE, shown(String.valueOf(v.getValue())),
                                v.getFeature().getName());
            } else if (xmi instanceof UnresolvedReferenceException u) {
                problem = String.format(Messages.UNRESOLVED_REFERENCE, shown(u.getReference()));
            } else {
                problem = oneLine(describe(xmi));
            }
            return invalid(file, kind, Reason.INVALID_MODEL, line > 0 ? atLine(problem, line) : problem, e);
        }
        if (t instanceof IOException) {
            return failure(file, Reason.UNREADABLE, String.format(Messages.LOAD_UNREADABLE, oneLine(describe(t))), e);
        }
        return invalid(file, kind, Reason.INVALID_MODEL, String.format(Messages.UNEXPECTED, oneLine(describe(t))),
                e);
    }

    private static ModelLoadException invalid(Path file, String kind, Reason reason, String problem,
            Throwable cause) {
        return failure(file, reason, String.format(Messages.LOAD_INVALID, kind, problem), cause);
    }

    private static ModelLoadException failure(Path file, Reason reason, String problem, Throwable cause) {
        return new ModelLoadException(file, reason, String.format(Messages.FILE_PROBLEM, file.getFileName(), problem),
                problem, cause);
    }

    private static String atLine(String problem, int line) {
        return line > 0 ? String.format(Messages.AT_LINE, problem, line) : problem;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    /** Makes any message one short line without EMF's "(file:/..., 3, 9)" location suffix. */
    static String oneLine(String message) {
        String s = message.replaceAll("\\s*\\((file|platform|archive|http|https):[^()]*\\)\\s*$", "")
                .replaceAll("[\\r\\n\\t]+", " ").strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }

    /** Text taken from the file itself, made safe to show: no control characters, not too long. */
    private static String shown(String fromFile) {
        if (fromFile == null) {
            return "";
        }
        String s = fromFile.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private static String kind(Class<?> type) {
        if (type == Experiment.class) {
            return Messages.KIND_EXPERIMENT;
        } else if (type == Notebook.class) {
            return Messages.KIND_NOTEBOOK;
        }
        return typeName(type).toLowerCase(Locale.ROOT);
    }

    private static String typeName(Class<?> type) {
        for (Object classifier : LmwPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && eClass.getInstanceClass() == type) {
                return eClass.getName();
            }
        }
        return type.getSimpleName();
    }

    /** Refuses every URI: a model file is self-contained, so any other document it names is suspect. */
    private static final class IsolatedURIConverter extends ExtensibleURIConverterImpl {
        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new RefusedReferenceException(uri);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new RefusedReferenceException(uri);
        }
    }

    private static final class RefusedReferenceException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String uri;

        RefusedReferenceException(URI uri) {
            super(String.format(Messages.REFERENCE_REFUSED, uri));
            this.uri = String.valueOf(uri);
        }
    }
}
