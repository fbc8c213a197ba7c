// An instrument's settings as the experiment gives them, with typed access and messages that name the bad value.
package org.lmw.engine.instruments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.lmw.model.DataScope;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.InstrumentTrigger;
import org.lmw.model.Parameter;

/**
 * The settings of one instrument in one run: when it runs, on which data, its budget, and its own key/value
 * parameters ({@code <parameters key="k" value="5"/>} in the experiment file). Typed getters throw
 * {@link IllegalArgumentException} with a message naming the instrument, the key and the bad value.
 */
public final class InstrumentSettings {

    private final String id;
    private final InstrumentTrigger trigger;
    private final int every;
    private final DataScope scope;
    private final int subsetSize;
    private final double budgetFraction;
    private final Map<String, String> parameters;

    /**
     * Creates settings.
     *
     * @param id the instrument id
     * @param trigger when it runs
     * @param every the interval in updates for {@link InstrumentTrigger#EVERY_N_STEPS}
     * @param scope the data it measures on
     * @param subsetSize the number of examples for {@link DataScope#FIXED_SUBSET}
     * @param budgetFraction the largest share of training time it may take (0 = no budget)
     * @param parameters its own parameters
     */
    public InstrumentSettings(String id, InstrumentTrigger trigger, int every, DataScope scope, int subsetSize,
            double budgetFraction, Map<String, String> parameters) {
        this.id = id;
        this.trigger = trigger;
        this.every = every;
        this.scope = scope;
        this.subsetSize = subsetSize;
        this.budgetFraction = budgetFraction;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Reads the settings from the experiment model.
     *
     * @param spec the instrument's entry in the experiment
     * @return the settings
     */
    public static InstrumentSettings of(InstrumentSpec spec) {
        Map<String, String> p = new LinkedHashMap<>();
        for (Parameter parameter : spec.getParameters()) {
            if (parameter.getKey() != null) {
                p.put(parameter.getKey().trim(), parameter.getValue() == null ? "" : parameter.getValue().trim());
            }
        }
        return new InstrumentSettings(spec.getInstrumentId(), spec.getTrigger(), spec.getEvery(), spec.getDataScope(),
                spec.getSubsetSize(), spec.getBudgetFraction(), p);
    }

    /** @return the instrument id */
    public String id() {
        return id;
    }

    /** @return when the instrument runs */
    public InstrumentTrigger trigger() {
        return trigger;
    }

    /** @return the configured interval in updates */
    public int every() {
        return every;
    }

    /** @return the data scope */
    public DataScope scope() {
        return scope;
    }

    /** @return the number of examples of a fixed subset */
    public int subsetSize() {
        return subsetSize;
    }

    /** @return the budget as a fraction of training time, 0 for none */
    public double budgetFraction() {
        return budgetFraction;
    }

    /** @return all parameters, in file order */
    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * Returns a string parameter.
     *
     * @param key the key
     * @param fallback the value when absent
     * @return the value
     */
    public String string(String key, String fallback) {
        String v = parameters.get(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    /**
     * Returns a real parameter within bounds.
     *
     * @param key the key
     * @param fallback the value when absent
     * @param min the smallest allowed value (inclusive)
     * @param max the largest allowed value (inclusive)
     * @return the value
     * @throws IllegalArgumentException if the value is not a number or out of bounds
     */
    public double real(String key, double fallback, double min, double max) {
        String v = parameters.get(key);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "instrument '" + id + "': parameter " + key + " = '" + v + "' is not a number");
        }
        if (!(d >= min && d <= max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "instrument '%s': parameter %s must be in [%s, %s] (was %s)", id, key, fmt(min), fmt(max), v));
        }
        return d;
    }

    /**
     * Returns an integer parameter within bounds.
     *
     * @param key the key
     * @param fallback the value when absent
     * @param min the smallest allowed value (inclusive)
     * @param max the largest allowed value (inclusive)
     * @return the value
     * @throws IllegalArgumentException if the value is not an integer or out of bounds
     */
    public int integer(String key, int fallback, int min, int max) {
        String v = parameters.get(key);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        int i;
        try {
            i = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "instrument '" + id + "': parameter " + key + " = '" + v + "' is not an integer");
        }
        if (i < min || i > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "instrument '%s': parameter %s must be in [%d, %d] (was %d)", id, key, min, max, i));
        }
        return i;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
