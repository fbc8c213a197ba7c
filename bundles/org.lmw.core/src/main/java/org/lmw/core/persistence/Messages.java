// Every user-visible string of the persistence package: load errors, save errors and default model texts.
package org.lmw.core.persistence;

/**
 * User-visible strings of experiment and notebook files, as {@link String#format(String, Object...)} templates.
 *
 * <p>A load error is one line, "file: what is wrong", because the editor, the navigator and the headless
 * {@code lmw run} all show it as is.
 */
public final class Messages {

    /** Joins the file name and what is wrong with it. */
    public static final String FILE_PROBLEM = "%s: %s";

    // --- load: about the file itself ------------------------------------------------------------------------------
    public static final String LOAD_NOT_FOUND = "file not found";
    public static final String LOAD_IS_FOLDER = "is a folder, not a file";
    public static final String LOAD_EMPTY = "the file is empty";
    public static final String LOAD_TOO_LARGE = "file is too large to be a model file (%d bytes; at most %d)";
    public static final String LOAD_UNREADABLE = "cannot be read: %s";
    public static final String LOAD_ACCESS_DENIED = "permission denied";

    // --- load: about the content ----------------------------------------------------------------------------------
    /** Kind ("experiment"), what is wrong. */
    public static final String LOAD_INVALID = "not a valid %s file: %s";
    public static final String AT_LINE = "%s at line %d";
    public static final String XML_ENDS_EARLY = "XML ends early";
    public static final String NOT_XML = "not XML (it does not start with an XML declaration or element)";
    public static final String XML_MALFORMED = "XML is malformed: %s";
    public static final String DOCTYPE_REFUSED = "document type declarations (DOCTYPE) are not allowed";
    public static final String EXTERNAL_ENTITY_REFUSED = "external entities are not allowed";
    public static final String EXTERNAL_DTD_REFUSED = "external DTDs are not allowed";
    public static final String ENTITY_DECLARATION_REFUSED = "entity declarations are not allowed";
    public static final String UNKNOWN_FIELD = "unknown field or element '%s'";
    public static final String UNKNOWN_TYPE = "unknown element type '%s'";
    public static final String UNKNOWN_NAMESPACE = "unknown model namespace '%s' (expected %s)";
    public static final String ILLEGAL_VALUE = "invalid value '%s' for %s";
    public static final String ILLEGAL_VALUE_NO_FEATURE = "invalid value '%s'";
    public static final String UNRESOLVED_REFERENCE = "reference '%s' points nowhere";
    public static final String REFERENCE_REFUSED =
            "it refers to another document (%s); model files must be self-contained";
    public static final String NO_ROOT = "it holds no model (expected one of type '%s')";
    public static final String MANY_ROOTS = "it holds %d top-level elements (expected one of type '%s')";
    public static final String WRONG_ROOT = "it holds a model of type '%s' (expected '%s')";
    public static final String UNEXPECTED = "%s";

    // --- save -----------------------------------------------------------------------------------------------------
    public static final String SAVE_FAILED = "could not be saved: %s";
    public static final String SAVE_DANGLING = "it refers to an object that is not part of any model file";
    public static final String SAVE_NO_FOLDER = "could not be saved: folder %s does not exist";

    // --- kinds of model file --------------------------------------------------------------------------------------
    public static final String KIND_EXPERIMENT = "experiment";
    public static final String KIND_NOTEBOOK = "notebook";

    // --- defaults -------------------------------------------------------------------------------------------------
    public static final String DEFAULT_EXPERIMENT_DESCRIPTION =
            "Fashion-MNIST, 784-256-256-10 ReLU MLP, plain SGD (learning rate 0.05), batch 128, one epoch.";

    private Messages() {
    }
}
