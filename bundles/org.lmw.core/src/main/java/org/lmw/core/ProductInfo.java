// The product's name and version and those of the libraries it is built on, for About, provenance and the CLI.
package org.lmw.core;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Versions of the product and its libraries, read from the running OSGi framework. */
public final class ProductInfo {
    /** The product name as users see it. */
    public static final String PRODUCT_NAME = "Learning Mechanics Workbench";

    /** Libraries listed in About and recorded in provenance: label → bundle symbolic name. */
    private static final Map<String, String> LIBRARIES = libraries();

    private ProductInfo() {
    }

    private static Map<String, String> libraries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Eclipse e4 workbench", "org.eclipse.e4.ui.workbench");
        m.put("SWT", "org.eclipse.swt");
        m.put("JFace", "org.eclipse.jface");
        m.put("EMF Ecore", "org.eclipse.emf.ecore");
        m.put("EMF XMI", "org.eclipse.emf.ecore.xmi");
        m.put("Eclipse SWTChart", "org.eclipse.swtchart");
        m.put("Equinox OSGi", "org.eclipse.osgi");
        m.put("Deep Java Library engine bundle", "org.lmw.engine");
        return m;
    }

    /** Returns the product version (the version of the core bundle), or "development" outside OSGi. */
    public static String productVersion() {
        Bundle bundle = FrameworkUtil.getBundle(ProductInfo.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }

    /**
     * Returns label → version of each library that is installed, in a stable order, with the Java runtime last.
     */
    public static Map<String, String> libraryVersions() {
        Map<String, String> result = new LinkedHashMap<>();
        Bundle self = FrameworkUtil.getBundle(ProductInfo.class);
        if (self != null) {
            for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
                for (Bundle b : self.getBundleContext().getBundles()) {
                    if (library.getValue().equals(b.getSymbolicName())) {
                        result.put(library.getKey(), b.getVersion().toString());
                        break;
                    }
                }
            }
        }
        result.put("Java", System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
        return result;
    }
}
