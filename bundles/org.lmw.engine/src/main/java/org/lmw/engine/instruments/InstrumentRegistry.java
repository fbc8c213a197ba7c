// The installed instruments: the built-ins, plus those third-party bundles contribute through the extension point.
package org.lmw.engine.instruments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The instruments installed in this JVM, by id. The built-ins ({@link BuiltInInstruments}) are always present; inside
 * the product, {@code org.lmw.jobs} adds every instrument contributed to the {@code org.lmw.core.instruments}
 * extension point before the first run. Thread-safe.
 */
public final class InstrumentRegistry {

    private static final InstrumentRegistry GLOBAL = new InstrumentRegistry(true);

    private final Map<String, InstrumentDescriptor> byId = new TreeMap<>();

    private InstrumentRegistry(boolean builtIns) {
        if (builtIns) {
            for (InstrumentDescriptor d : BuiltInInstruments.all()) {
                byId.put(d.id(), d);
            }
        }
    }

    /**
     * Returns the JVM's registry.
     *
     * @return the registry, with the built-ins registered
     */
    public static InstrumentRegistry global() {
        return GLOBAL;
    }

    /**
     * Creates an empty registry (tests).
     *
     * @return a registry without built-ins
     */
    public static InstrumentRegistry empty() {
        return new InstrumentRegistry(false);
    }

    /**
     * Registers an instrument unless one with the same id is present.
     *
     * @param descriptor the declaration
     * @return {@code true} if added, {@code false} if the id was taken (the first registration wins)
     */
    public synchronized boolean register(InstrumentDescriptor descriptor) {
        return byId.putIfAbsent(descriptor.id(), descriptor) == null;
    }

    /**
     * Finds an instrument by id.
     *
     * @param id the id
     * @return the declaration, or {@code null}
     */
    public synchronized InstrumentDescriptor find(String id) {
        return id == null ? null : byId.get(id.trim());
    }

    /**
     * Finds an instrument by id or says which ids exist.
     *
     * @param id the id
     * @return the declaration
     * @throws IllegalArgumentException naming the id and the installed ones
     */
    public synchronized InstrumentDescriptor require(String id) {
        InstrumentDescriptor d = find(id);
        if (d == null) {
            throw new IllegalArgumentException("instrument '" + id + "' is not installed (installed: "
                    + String.join(", ", byId.keySet()) + ")");
        }
        return d;
    }

    /**
     * Lists the installed instruments, by id.
     *
     * @return the declarations
     */
    public synchronized List<InstrumentDescriptor> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }
}
