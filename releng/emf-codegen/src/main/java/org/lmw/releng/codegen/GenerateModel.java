// Regenerates lmw.genmodel from lmw.ecore and the model code from it, outside Eclipse (EMF's precompiled JET templates).
package org.lmw.releng.codegen;

import java.io.File;
import java.util.Collections;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Usage: {@code GenerateModel BUNDLE_DIR NAME PREFIX BASE_PACKAGE}; reads {@code model/NAME.ecore}, writes
 * {@code model/NAME.genmodel} and the Java code under {@code src/main/java}.
 */
public final class GenerateModel {
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: GenerateModel BUNDLE_DIR NAME PREFIX BASE_PACKAGE");
            System.exit(2);
        }
        File bundle = new File(args[0]).getAbsoluteFile();
        String bundleName = bundle.getName();
        String name = args[1];
        EcorePlugin.getPlatformResourceMap().put(bundleName, URI.createFileURI(bundle.getPath() + "/"));
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        rs.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        String modelFolder = "/" + bundleName + "/model/";
        Resource ecore = rs.getResource(URI.createPlatformResourceURI(modelFolder + name + ".ecore", true), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.setModelDirectory("/" + bundleName + "/src/main/java");
        genModel.setModelPluginID(bundleName);
        genModel.setModelName(args[2]);
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setUpdateClasspath(false);
        genModel.setBundleManifest(false);
        genModel.setCodeFormatting(false);
        genModel.setCopyrightFields(false);
        genModel.getForeignModel().add(name + ".ecore");
        genModel.initialize(Collections.singleton(ePackage));
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix(args[2]);
        genPackage.setBasePackage(args[3]);
        genPackage.setFileExtensions("lmw,lmwnb");

        Resource genResource = rs.createResource(URI.createPlatformResourceURI(modelFolder + name + ".genmodel", true));
        genResource.getContents().add(genModel);
        genResource.save(Map.of());

        genModel.reconcile();
        genModel.setCanGenerate(true);
        // Inside Eclipse an extension point registers the model generator; standalone, we do.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        System.out.println("generation: severity=" + result.getSeverity());
        for (Diagnostic child : result.getChildren()) {
            System.out.println("  " + child.getMessage());
        }
        System.exit(result.getSeverity() >= Diagnostic.ERROR ? 1 : 0);
    }
}
