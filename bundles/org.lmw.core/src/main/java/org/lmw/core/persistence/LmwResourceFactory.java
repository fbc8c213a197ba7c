// Creates XMI resources for .lmw and .lmwnb files whose default load options are the safe ones.
package org.lmw.core.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The resource factory for experiment and notebook files: plain XMI, but every resource it creates refuses
 * DOCTYPEs and external entities and writes UTF-8, even when a caller loads it with no options of its own
 * (an editor's {@code ResourceSet.getResource(uri, true)}).
 */
public class LmwResourceFactory extends XMIResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        XMLResource resource = new XMIResourceImpl(uri);
        resource.getDefaultLoadOptions().putAll(ModelFiles.loadOptions());
        resource.getDefaultSaveOptions().putAll(ModelFiles.saveOptions());
        return resource;
    }
}
