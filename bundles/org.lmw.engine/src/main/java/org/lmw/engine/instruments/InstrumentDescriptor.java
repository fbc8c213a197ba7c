// What an installed instrument declares: id, name, what it measures, its defaults and cost, and how to create it.
package org.lmw.engine.instruments;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.lmw.model.DataScope;
import org.lmw.model.InstrumentTrigger;

/**
 * The declaration of an installed instrument, as the {@code org.lmw.core.instruments} extension point or a built-in
 * registration gives it.
 *
 * @param id the id experiments select it by (lower case, {@code a-z0-9-_.})
 * @param name a short human name
 * @param description what it measures and how, one or two sentences
 * @param measures the series it writes (a trailing {@code /} means a per-layer or per-index family)
 * @param defaultTrigger when it runs unless the experiment says otherwise
 * @param defaultEvery its default interval in updates
 * @param defaultScope the data it measures on by default
 * @param cost a rough cost class: {@code per-step} (a few tensor reductions), {@code forward} (one forward pass over
 *        its data), {@code backward} (a few gradients), {@code hvp} (tens of Hessian-vector products)
 * @param factory creates a new instance per run
 */
public record InstrumentDescriptor(String id, String name, String description, List<String> measures,
        InstrumentTrigger defaultTrigger, int defaultEvery, DataScope defaultScope, String cost,
        Supplier<Instrument> factory) {

    /** Checks the declaration. */
    public InstrumentDescriptor {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("instrument id '" + id + "' must be lower case letters, digits, '.', '-'"
                    + " or '_'");
        }
        name = name == null || name.isBlank() ? id : name;
        description = description == null ? "" : description;
        measures = List.copyOf(measures);
        defaultTrigger = defaultTrigger == null ? InstrumentTrigger.EVERY_NSTEPS : defaultTrigger;
        defaultEvery = Math.max(1, defaultEvery);
        defaultScope = defaultScope == null ? DataScope.FIXED_BATCH : defaultScope;
        cost = cost == null ? "backward" : cost;
        Objects.requireNonNull(factory, "factory");
    }
}
