// Tier 2: the OSGi services the workbench relies on are registered in the running framework.
package org.lmw.integration.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collection;

import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.lmw.model.LmwPackage;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.EventAdmin;

class ServicesTest {
    private static BundleContext context() {
        return FrameworkUtil.getBundle(ServicesTest.class).getBundleContext();
    }

    @Test
    void eventAdminCarriesTheWorkbenchEvents() {
        ServiceReference<EventAdmin> ref = context().getServiceReference(EventAdmin.class);
        assertNotNull(ref, "no EventAdmin: views could not hear job events");
        assertNotNull(context().getService(ref));
    }

    @Test
    void progressServiceIsContributedThroughDeclarativeServices() throws Exception {
        Bundle progress = Arrays.stream(context().getBundles())
                .filter(b -> "org.eclipse.e4.ui.progress".equals(b.getSymbolicName())).findFirst().orElseThrow();
        progress.start(Bundle.START_TRANSIENT);
        Collection<ServiceReference<IContextFunction>> refs = context().getServiceReferences(IContextFunction.class,
                "(service.context.key=org.eclipse.e4.ui.progress.IProgressService)");
        // SCR registers components asynchronously after the bundle starts.
        for (int i = 0; i < 50 && refs.isEmpty(); i++) {
            Thread.sleep(100);
            refs = context().getServiceReferences(IContextFunction.class,
                    "(service.context.key=org.eclipse.e4.ui.progress.IProgressService)");
        }
        assertTrue(!refs.isEmpty(), "the Progress view's service is not registered: is Felix SCR running?");
    }

    @Test
    void modelPackageIsRegisteredThroughTheExtensionRegistry() {
        EPackage registered = EPackage.Registry.INSTANCE.getEPackage(LmwPackage.eNS_URI);
        assertSame(LmwPackage.eINSTANCE, registered,
                "the generated_package extension of org.lmw.model did not register " + LmwPackage.eNS_URI);
    }
}
