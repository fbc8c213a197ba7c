// Tier 2: the application model and every UI bundle's fragment load inside OSGi, and each class they name exists.
package org.lmw.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class ApplicationModelTest {
    private static final String APPLICATION_XMI = "org.lmw.rcp/Application.e4xmi";

    private static ResourceSet resourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        return rs;
    }

    private static MApplication application() {
        Resource r = resourceSet().getResource(URI.createPlatformPluginURI(APPLICATION_XMI, true), true);
        return (MApplication) r.getContents().get(0);
    }

    @Test
    void productNamesTheApplicationModelAndLifeCycle() {
        IConfigurationElement product = productExtension();
        assertEquals("org.eclipse.e4.ui.workbench.swt.E4Application", product.getAttribute("application"));
        assertEquals("Learning Mechanics Workbench", product.getAttribute("name"));
        assertEquals(APPLICATION_XMI, property(product, "applicationXMI"));
        assertClassExists(property(product, "lifeCycleURI"));
    }

    @Test
    void applicationModelHasTheWindowMenusAndStacks() {
        MApplication app = application();
        assertEquals("Learning Mechanics Workbench", app.getChildren().get(0).getLabel());
        Set<String> ids = elementIds((EObject) app);
        for (String id : List.of("org.lmw.rcp.stack.navigator", "org.lmw.rcp.stack.editors",
                "org.lmw.rcp.stack.views", "org.lmw.rcp.menu.file", "org.lmw.rcp.menu.help",
                "org.lmw.rcp.menuitem.newExperiment", "org.lmw.rcp.menuitem.openWorkspace", "org.lmw.rcp.menuitem.save",
                "org.lmw.rcp.menuitem.exit", "org.lmw.rcp.menuitem.about", "org.eclipse.e4.ui.progress.ProgressView")) {
            assertTrue(ids.contains(id), "application model lacks " + id);
        }
        for (MContribution c : contributions((EObject) app)) {
            assertClassExists(c.getContributionURI());
        }
    }

    @Test
    void everyFragmentLoadsTargetsAnExistingElementAndNamesExistingClasses() {
        Set<String> appIds = elementIds((EObject) application());
        List<String> partIds = new ArrayList<>();
        IConfigurationElement[] fragments = Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.e4.workbench.model");
        assertTrue(fragments.length >= 5, "expected the fragments of org.lmw.ui and the four views");
        for (IConfigurationElement element : fragments) {
            if (!"fragment".equals(element.getName())) {
                continue;
            }
            String bundle = element.getContributor().getName();
            URI uri = URI.createPlatformPluginURI(bundle + "/" + element.getAttribute("uri"), true);
            MModelFragments model = (MModelFragments) resourceSet().getResource(uri, true).getContents().get(0);
            for (MModelFragment fragment : model.getFragments()) {
                String parent = ((MStringModelFragment) fragment).getParentElementId();
                assertTrue(parent.startsWith("xpath:") || appIds.contains(parent),
                        bundle + " contributes to " + parent + ", which the application model lacks");
                for (MApplicationElement e : fragment.getElements()) {
                    for (MContribution c : contributions((EObject) e)) {
                        assertClassExists(c.getContributionURI());
                    }
                    if (e instanceof MPart part) {
                        assertFalse(part.getLabel() == null || part.getLabel().isBlank(), part.getElementId());
                        partIds.add(part.getElementId());
                    }
                }
            }
        }
        assertTrue(partIds.containsAll(List.of("org.lmw.ui.navigator", "org.lmw.ui.runs.view",
                "org.lmw.ui.probes.view", "org.lmw.ui.notebook.view", "org.lmw.ui.circuits.view")),
                "fragments contribute " + partIds);
    }

    private static IConfigurationElement productExtension() {
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.core.runtime.products")) {
            if ("org.lmw.rcp".equals(e.getContributor().getName())) {
                return e;
            }
        }
        throw new AssertionError("org.lmw.rcp declares no product");
    }

    private static String property(IConfigurationElement product, String name) {
        for (IConfigurationElement p : product.getChildren("property")) {
            if (name.equals(p.getAttribute("name"))) {
                return p.getAttribute("value");
            }
        }
        return null;
    }

    private static Set<String> elementIds(EObject root) {
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            if (it.next() instanceof MApplicationElement e && e.getElementId() != null) {
                ids.add(e.getElementId());
            }
        }
        return ids;
    }

    private static List<MContribution> contributions(EObject root) {
        List<MContribution> result = new ArrayList<>();
        if (root instanceof MContribution c && c.getContributionURI() != null) {
            result.add(c);
        }
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            if (it.next() instanceof MContribution c && c.getContributionURI() != null) {
                result.add(c);
            }
        }
        return result;
    }

    private static void assertClassExists(String contributionUri) {
        assertNotNull(contributionUri);
        assertTrue(contributionUri.startsWith("bundleclass://"), contributionUri);
        String rest = contributionUri.substring("bundleclass://".length());
        String bundleName = rest.substring(0, rest.indexOf('/'));
        String className = rest.substring(rest.indexOf('/') + 1);
        Bundle bundle = Platform.getBundle(bundleName);
        assertNotNull(bundle, contributionUri + ": bundle " + bundleName + " is not installed");
        try {
            bundle.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(contributionUri + ": class not found in " + bundleName, e);
        }
    }
}
