// Tier 2: the workbench's bundles resolve and start inside Equinox.
package org.lmw.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

class BundlesStartTest {
    private static final List<String> PRODUCT_BUNDLES = List.of("org.lmw.model", "org.lmw.core", "org.lmw.ui",
            "org.lmw.ui.runs", "org.lmw.ui.probes", "org.lmw.ui.notebook", "org.lmw.ui.circuits", "org.lmw.ui.experiments",
            "org.lmw.rcp");

    private static BundleContext context() {
        return FrameworkUtil.getBundle(BundlesStartTest.class).getBundleContext();
    }

    private static Bundle bundle(String symbolicName) {
        return Arrays.stream(context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElse(null);
    }

    @Test
    void everyProductBundleIsInstalledAndStarts() throws BundleException {
        for (String name : PRODUCT_BUNDLES) {
            Bundle b = bundle(name);
            assertNotNull(b, name + " is not installed in the test runtime");
            b.start(Bundle.START_TRANSIENT);
            assertEquals(Bundle.ACTIVE, b.getState(), name + " did not become ACTIVE");
        }
    }

    @Test
    void noBundleOfTheRuntimeIsLeftUnresolved() {
        List<String> unresolved = Arrays.stream(context().getBundles())
                .filter(b -> b.getState() == Bundle.INSTALLED)
                .map(b -> b.getSymbolicName() + " " + b.getVersion())
                .collect(Collectors.toList());
        assertTrue(unresolved.isEmpty(), "unresolved bundles: " + unresolved);
    }

    @Test
    void declarativeServicesRuntimeIsActive() {
        Bundle scr = bundle("org.apache.felix.scr");
        assertNotNull(scr, "Felix SCR is missing: no Declarative Services");
        assertEquals(Bundle.ACTIVE, scr.getState());
    }
}
