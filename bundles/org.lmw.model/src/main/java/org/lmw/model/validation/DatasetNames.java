// The registry of dataset names an experiment may refer to: the three built-ins plus contributed ones.
package org.lmw.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dataset names that validation accepts, with whether each holds images.
 *
 * <p>The built-ins ({@value #FASHION_MNIST}, {@value #TEACHER_STUDENT}, {@value #DEEP_LINEAR}) are always
 * present. Core registers the datasets third-party bundles contribute through its extension point with
 * {@link #register(String, Kind)} and removes them again with {@link #unregister(String)} when their bundle
 * goes away; the model bundle itself knows nothing about extensions, which keeps it free of OSGi.
 *
 * <p>Thread-safe: bundles may come and go while an editor validates.
 */
public final class DatasetNames {

    /** Fashion-MNIST: 28×28 grey-scale images of clothing, 10 classes. */
    public static final String FASHION_MNIST = "fashion-mnist";
    /** Gaussian inputs labelled by a fixed random teacher network. */
    public static final String TEACHER_STUDENT = "teacher-student";
    /** Inputs and targets for deep linear networks, with a chosen input-output correlation spectrum. */
    public static final String DEEP_LINEAR = "deep-linear";

    /** What a dataset's examples are, as far as model validation cares. */
    public enum Kind {
        /** Images with a spatial layout: convolutional models apply. */
        IMAGE,
        /** Flat feature vectors: only dense models apply. */
        VECTOR
    }

    private static final Map<String, Kind> BUILT_INS = Map.of(
            FASHION_MNIST, Kind.IMAGE,
            TEACHER_STUDENT, Kind.VECTOR,
            DEEP_LINEAR, Kind.VECTOR);

    // Insertion order is the order the user sees in "known: ..." lists: built-ins first, then contributions.
    private static final Map<String, Kind> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(FASHION_MNIST, Kind.IMAGE);
        NAMES.put(TEACHER_STUDENT, Kind.VECTOR);
        NAMES.put(DEEP_LINEAR, Kind.VECTOR);
    }

    private DatasetNames() {
    }

    /**
     * Registers a dataset name, or changes the kind of one already registered.
     *
     * @param name the name experiments use in their dataset reference, not blank
     * @param kind what the dataset's examples are
     * @throws IllegalArgumentException if the name is blank or would change a built-in
     */
    public static synchronized void register(String name, Kind kind) {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("dataset name is blank");
        }
        Kind builtIn = BUILT_INS.get(name);
        if (builtIn != null && builtIn != kind) {
            throw new IllegalArgumentException("dataset '" + name + "' is built in as " + builtIn);
        }
        NAMES.put(name, kind);
    }

    /**
     * Removes a contributed dataset name; built-ins stay.
     *
     * @return whether the name was removed
     */
    public static synchronized boolean unregister(String name) {
        if (name == null || BUILT_INS.containsKey(name)) {
            return false;
        }
        return NAMES.remove(name) != null;
    }

    /** Tells whether experiments may refer to this dataset name. */
    public static synchronized boolean isKnown(String name) {
        return name != null && NAMES.containsKey(name);
    }

    /** Tells whether the named dataset is known and holds images. */
    public static synchronized boolean isImage(String name) {
        return name != null && NAMES.get(name) == Kind.IMAGE;
    }

    /** Returns the kind of a known dataset, or {@code null} for an unknown name. */
    public static synchronized Kind kindOf(String name) {
        return name == null ? null : NAMES.get(name);
    }

    /** Returns every known dataset name, built-ins first, as an unmodifiable snapshot. */
    public static synchronized List<String> known() {
        return List.copyOf(NAMES.keySet());
    }

    /** Returns the known image dataset names, built-ins first, as an unmodifiable snapshot. */
    public static synchronized List<String> knownImages() {
        List<String> images = new ArrayList<>();
        NAMES.forEach((name, kind) -> {
            if (kind == Kind.IMAGE) {
                images.add(name);
            }
        });
        return List.copyOf(images);
    }
}
