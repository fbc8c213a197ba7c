// The instruments that ship with the engine.
package org.lmw.engine.instruments;

import java.util.ArrayList;
import java.util.List;

/** The built-in instruments, registered in every {@link InstrumentRegistry#global()}. */
final class BuiltInInstruments {

    private BuiltInInstruments() {
    }

    static List<InstrumentDescriptor> all() {
        List<InstrumentDescriptor> all = new ArrayList<>();
        return all;
    }
}
