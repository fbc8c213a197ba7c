// Adds the instruments contributed to the org.lmw.core.instruments extension point to the engine's registry.
package org.lmw.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentDescriptor;
import org.lmw.engine.instruments.InstrumentRegistry;
import org.lmw.model.DataScope;
import org.lmw.model.InstrumentTrigger;

/**
 * Reads {@code org.lmw.core.instruments} (schema {@code bundles/org.lmw.core/schema/instruments.exsd}) and registers
 * each contributed instrument in {@link InstrumentRegistry#global()}. Runs once per JVM before the first run is
 * launched ({@link RunJob} calls {@link #ensureLoaded()}); a malformed contribution is logged and skipped, never
 * fatal.
 */
public final class InstrumentExtensions {

    /** The extension point's full id. */
    public static final String POINT = "org.lmw.core.instruments";

    private static volatile boolean loaded;

    private InstrumentExtensions() {
    }

    /** Loads the contributions of the running platform once; outside OSGi (no registry) does nothing. */
    public static void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (InstrumentExtensions.class) {
            if (!loaded) {
                IExtensionRegistry registry = RegistryFactory.getRegistry();
                if (registry != null) {
                    load(registry, InstrumentRegistry.global());
                }
                loaded = true;
            }
        }
    }

    /**
     * Registers every instrument contributed in a registry.
     *
     * @param extensions the extension registry
     * @param into the instrument registry
     * @return the problems met (one line each); empty when all contributions were registered
     */
    public static List<String> load(IExtensionRegistry extensions, InstrumentRegistry into) {
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(POINT)) {
            String contributor = e.getContributor().getName();
            try {
                InstrumentDescriptor d = descriptor(e);
                if (!into.register(d)) {
                    problems.add("instrument '" + d.id() + "' from " + contributor + " ignored: the id is taken");
                }
            } catch (RuntimeException ex) {
                problems.add("instrument contribution from " + contributor + " ignored: " + ex.getMessage());
            }
        }
        for (String p : problems) {
            ILog.get().log(Status.warning(p));
        }
        return problems;
    }

    private static InstrumentDescriptor descriptor(IConfigurationElement e) {
        String id = e.getAttribute("id");
        List<String> measures = new ArrayList<>();
        String m = e.getAttribute("measures");
        if (m != null) {
            for (String s : m.split(",")) {
                if (!s.isBlank()) {
                    measures.add(s.trim());
                }
            }
        }
        InstrumentTrigger trigger = e.getAttribute("trigger") == null ? null
                : InstrumentTrigger.get(e.getAttribute("trigger"));
        DataScope scope = e.getAttribute("dataScope") == null ? null : DataScope.get(e.getAttribute("dataScope"));
        int every;
        try {
            every = e.getAttribute("every") == null ? 100 : Integer.parseInt(e.getAttribute("every").trim());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("every='" + e.getAttribute("every") + "' is not an integer");
        }
        String cost = e.getAttribute("cost") == null ? null : e.getAttribute("cost").toLowerCase(Locale.ROOT);
        Supplier<Instrument> factory = () -> {
            try {
                Object o = e.createExecutableExtension("class");
                if (!(o instanceof Instrument instrument)) {
                    throw new IllegalStateException("instrument '" + id + "': " + e.getAttribute("class")
                            + " does not implement " + Instrument.class.getName());
                }
                return instrument;
            } catch (CoreException ex) {
                throw new IllegalStateException("instrument '" + id + "': cannot create " + e.getAttribute("class")
                        + ": " + ex.getMessage(), ex);
            }
        };
        return new InstrumentDescriptor(id, e.getAttribute("name"), e.getAttribute("description"), measures, trigger,
                every, scope, cost, factory);
    }
}
