// The sweepable hyperparameters of an experiment by dotted path, with typed get, set and parse.
package org.lmw.model.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lmw.model.Experiment;
import org.lmw.model.LmwPackage;

/**
 * The hyperparameters of an {@link Experiment} that a sweep may vary, each named by a dotted path such as
 * {@code seed}, {@code optimizer.learningRate}, {@code model.width} or {@code optimizer.schedule.warmupSteps}.
 *
 * <p>The list is derived from the Ecore model (every single-valued attribute of the experiment and of its
 * single-valued parts, except names, descriptions and file locations), so a field added to the model becomes
 * sweepable without touching this class. The engine resolves a sweep point into a concrete experiment with
 * {@link #resolve(Experiment, Map)}.
 */
public final class HyperparameterPaths {

    /** The type of a hyperparameter's value, which decides how its text is parsed. */
    public enum ValueType {
        /** A 32-bit whole number. */
        INTEGER,
        /** A 64-bit whole number. */
        LONG,
        /** A floating-point number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One literal of a fixed list (an Ecore enumeration). */
        CHOICE,
        /** Free text. */
        TEXT
    }

    /**
     * One sweepable hyperparameter.
     *
     * @param path the dotted path, e.g. {@code optimizer.learningRate}
     * @param containers the containment references from the experiment to the object holding the value
     * @param attribute the attribute holding the value
     */
    public record Hyperparameter(String path, List<EReference> containers, EAttribute attribute) {

        /** Checks the record's invariants. */
        public Hyperparameter {
            Objects.requireNonNull(path, "path");
            containers = List.copyOf(containers);
            Objects.requireNonNull(attribute, "attribute");
        }

        /** Returns the type of this hyperparameter's value. */
        public ValueType type() {
            if (attribute.getEAttributeType() instanceof EEnum) {
                return ValueType.CHOICE;
            }
            Class<?> c = attribute.getEAttributeType().getInstanceClass();
            if (c == int.class || c == Integer.class) {
                return ValueType.INTEGER;
            } else if (c == long.class || c == Long.class) {
                return ValueType.LONG;
            } else if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
                return ValueType.NUMBER;
            } else if (c == boolean.class || c == Boolean.class) {
                return ValueType.BOOLEAN;
            }
            return ValueType.TEXT;
        }

        /** Returns the hyperparameter in the user's words, e.g. "optimizer learning rate". */
        public String label() {
            List<String> words = new ArrayList<>();
            for (EReference reference : containers) {
                if (reference == LmwPackage.Literals.OPTIMIZER_SPEC__SCHEDULE) {
                    words.clear();
                }
                words.add(Labels.container(reference));
            }
            words.add(Labels.field(attribute));
            return String.join(" ", words);
        }

        /** Returns the allowed literals of a {@link ValueType#CHOICE}, else an empty list. */
        public List<String> choices() {
            if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                return eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
            }
            return List.of();
        }

        /**
         * Parses a value as this hyperparameter's type; whole numbers are decimal, numbers may use an exponent
         * ({@code 1e-3}), choices are matched by literal or name ignoring case.
         *
         * @throws IllegalArgumentException with a one-line user message when the text does not parse
         */
        public Object parse(String text) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(Messages.VALUE_EMPTY);
            }
            String t = text.strip();
            switch (type()) {
                case INTEGER:
                    try {
                        return Integer.valueOf(t);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(String.format(Messages.VALUE_NOT_WHOLE_NUMBER, t), e);
                    }
                case LONG:
                    try {
                        return Long.valueOf(t);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(String.format(Messages.VALUE_NOT_WHOLE_NUMBER, t), e);
                    }
                case NUMBER:
                    return parseNumber(t);
                case BOOLEAN:
                    if (t.equalsIgnoreCase("true")) {
                        return Boolean.TRUE;
                    } else if (t.equalsIgnoreCase("false")) {
                        return Boolean.FALSE;
                    }
                    throw new IllegalArgumentException(String.format(Messages.VALUE_NOT_BOOLEAN, t));
                case CHOICE:
                    EEnum eEnum = (EEnum) attribute.getEAttributeType();
                    for (EEnumLiteral literal : eEnum.getELiterals()) {
                        if (literal.getLiteral().equalsIgnoreCase(t) || literal.getName().equalsIgnoreCase(t)) {
                            return literal.getInstance();
                        }
                    }
                    throw new IllegalArgumentException(
                            String.format(Messages.VALUE_NOT_LITERAL, t, String.join(", ", choices())));
                default:
                    return t;
            }
        }

        /** Formats a value of this hyperparameter the way {@link #parse(String)} reads it back. */
        public String format(Object value) {
            if (value instanceof Enumerator enumerator) {
                return enumerator.getLiteral();
            }
            return String.valueOf(value);
        }

        /**
         * Returns this hyperparameter's value in an experiment; where a part (e.g. the schedule) is absent, the
         * attribute's default, which is what a newly created part would hold.
         */
        public Object get(Experiment experiment) {
            EObject holder = experiment;
            for (EReference reference : containers) {
                holder = (EObject) holder.eGet(reference);
                if (holder == null) {
                    return attribute.getDefaultValue();
                }
            }
            return holder.eGet(attribute);
        }

        /**
         * Sets this hyperparameter in an experiment, creating absent parts on the way.
         *
         * @param value a value of the hyperparameter's type, a whole {@link Number} for a number type, or text,
         *        which is {@linkplain #parse(String) parsed}
         * @throws IllegalArgumentException when the value does not fit the type
         */
        public void set(Experiment experiment, Object value) {
            Object converted = convert(value);
            EObject holder = experiment;
            for (EReference reference : containers) {
                EObject next = (EObject) holder.eGet(reference);
                if (next == null) {
                    next = EcoreUtil.create(reference.getEReferenceType());
                    holder.eSet(reference, next);
                }
                holder = next;
            }
            holder.eSet(attribute, converted);
        }

        private Object convert(Object value) {
            if (value instanceof String text) {
                return parse(text);
            }
            ValueType type = type();
            if (type == ValueType.INTEGER && value instanceof Number n && isWhole(n)
                    && n.longValue() == n.intValue()) {
                return n.intValue();
            } else if (type == ValueType.LONG && value instanceof Number n && isWhole(n)) {
                return n.longValue();
            } else if (type == ValueType.NUMBER && value instanceof Number n) {
                return n.doubleValue();
            } else if (type == ValueType.BOOLEAN && value instanceof Boolean) {
                return value;
            } else if (type == ValueType.CHOICE && attribute.getEAttributeType().isInstance(value)) {
                return value;
            }
            throw new IllegalArgumentException(String.format(Messages.VALUE_WRONG_TYPE, path,
                    type.name().toLowerCase(Locale.ROOT), String.valueOf(value)));
        }

        private static boolean isWhole(Number n) {
            if (n instanceof Double || n instanceof Float) {
                double d = n.doubleValue();
                return Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 0x1p53;
            }
            return true;
        }
    }

    // Strict decimal syntax: Double.parseDouble also takes "1d", "0x1p3" and padding, which no user means.
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Set<EStructuralFeature> NOT_HYPERPARAMETERS = Set.of(
            LmwPackage.Literals.EXPERIMENT__NAME,
            LmwPackage.Literals.EXPERIMENT__DESCRIPTION,
            LmwPackage.Literals.EXPERIMENT__SWEEP,
            LmwPackage.Literals.DATASET_REF__LOCATION);

    private static final List<Hyperparameter> ALL = build();

    private HyperparameterPaths() {
    }

    /** Returns every sweepable hyperparameter, in model order (seed, dataset, model, optimizer, training). */
    public static List<Hyperparameter> all() {
        return ALL;
    }

    /** Returns every sweepable path, in model order. */
    public static List<String> paths() {
        return ALL.stream().map(Hyperparameter::path).toList();
    }

    /** Finds a hyperparameter by its exact path. */
    public static Optional<Hyperparameter> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String p = path.strip();
        return ALL.stream().filter(h -> h.path().equals(p)).findFirst();
    }

    /**
     * Finds a hyperparameter by its exact path.
     *
     * @throws IllegalArgumentException naming the path and the closest known one when there is none
     */
    public static Hyperparameter require(String path) {
        return find(path).orElseThrow(() -> new IllegalArgumentException(
                String.format(Messages.PATH_UNKNOWN, path, suggest(path)
                        .map(s -> String.format(Messages.SWEEP_AXIS_DID_YOU_MEAN, s)).orElse(""))));
    }

    /** Finds the hyperparameter an attribute of an experiment's part is, e.g. for "sweep this field". */
    public static Optional<Hyperparameter> of(EObject holder, EStructuralFeature feature) {
        List<EReference> chain = new ArrayList<>();
        EObject o = holder;
        while (!(o instanceof Experiment)) {
            if (o == null || !(o.eContainingFeature() instanceof EReference reference)) {
                return Optional.empty();
            }
            chain.add(0, reference);
            o = o.eContainer();
        }
        return ALL.stream().filter(h -> h.attribute() == feature && h.containers().equals(chain)).findFirst();
    }

    /**
     * Suggests the known path a mistyped one probably meant: same text ignoring case, a unique path ending in
     * the given text ("learningRate"), or the nearest by edit distance when it is close.
     */
    public static Optional<String> suggest(String unknown) {
        if (unknown == null || unknown.isBlank()) {
            return Optional.empty();
        }
        String u = unknown.strip();
        for (String path : paths()) {
            if (path.equalsIgnoreCase(u)) {
                return Optional.of(path);
            }
        }
        List<String> suffix = paths().stream()
                .filter(p -> p.toLowerCase(Locale.ROOT).endsWith("." + u.toLowerCase(Locale.ROOT))).toList();
        if (suffix.size() == 1) {
            return Optional.of(suffix.get(0));
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String path : paths()) {
            int d = distance(u.toLowerCase(Locale.ROOT), path.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = path;
                bestDistance = d;
            }
        }
        // A third of the length keeps "optimizer.learingRate" -> learningRate but not "foo" -> "seed".
        int allowed = Math.max(1, Math.min(4, u.length() / 3));
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Returns the value at {@code path} in an experiment (see {@link Hyperparameter#get(Experiment)}). */
    public static Object get(Experiment experiment, String path) {
        return require(path).get(experiment);
    }

    /** Returns the value at {@code path} as text that {@link #set(Experiment, String, Object)} reads back. */
    public static String getText(Experiment experiment, String path) {
        Hyperparameter h = require(path);
        return h.format(h.get(experiment));
    }

    /** Sets the value at {@code path} in an experiment (see {@link Hyperparameter#set(Experiment, Object)}). */
    public static void set(Experiment experiment, String path, Object value) {
        require(path).set(experiment, value);
    }

    /**
     * Returns a copy of {@code base} with the given values set and no sweep: the concrete experiment of one
     * sweep point. The base experiment is not changed.
     *
     * @param values path to value (text or typed), applied in iteration order
     * @throws IllegalArgumentException naming the path when a path is unknown or a value does not fit
     */
    public static Experiment resolve(Experiment base, Map<String, ?> values) {
        Experiment copy = EcoreUtil.copy(base);
        copy.setSweep(null);
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            Hyperparameter h = require(entry.getKey());
            try {
                h.set(copy, entry.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(h.path() + ": " + e.getMessage(), e);
            }
        }
        return copy;
    }

    private static Object parseNumber(String t) {
        if (DECIMAL.matcher(t).matches()) {
            return Double.valueOf(t);
        }
        // Accepted so that validation can say "must be a finite number" rather than "is not a number".
        switch (t) {
            case "NaN":
                return Double.NaN;
            case "Infinity", "+Infinity", "inf", "+inf":
                return Double.POSITIVE_INFINITY;
            case "-Infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                throw new IllegalArgumentException(String.format(Messages.VALUE_NOT_NUMBER, t));
        }
    }

    private static List<Hyperparameter> build() {
        List<Hyperparameter> out = new ArrayList<>();
        walk(LmwPackage.Literals.EXPERIMENT, new ArrayList<>(), "", out);
        return Collections.unmodifiableList(out);
    }

    private static void walk(EClass eClass, List<EReference> chain, String prefix, List<Hyperparameter> out) {
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.isMany() || feature.isTransient() || NOT_HYPERPARAMETERS.contains(feature)) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                out.add(new Hyperparameter(prefix + attribute.getName(), chain, attribute));
            } else if (feature instanceof EReference reference && reference.isContainment()) {
                List<EReference> next = new ArrayList<>(chain);
                next.add(reference);
                walk(reference.getEReferenceType(), next, prefix + reference.getName() + ".", out);
            }
        }
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Returns the known paths as one comma-separated list, for messages. */
    static String knownList() {
        return paths().stream().collect(Collectors.joining(", "));
    }
}
