// Reads and atomically replaces a run's descriptor (run.xmi), so a crash never leaves a half-written one.
package org.lmw.core.runstore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.lmw.core.persistence.ModelFiles;
import org.lmw.model.LmwPackage;
import org.lmw.model.Run;

/** Loads and stores run descriptors as XMI; a store writes a temporary file, forces it and renames it over the old. */
final class RunDescriptors {
    static final String FILE_NAME = "run.xmi";

    private RunDescriptors() {
    }

    /** Loads the run a descriptor holds; the error names the file and what is wrong with it. */
    static Run read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // Touching the package registers it, which loading by namespace URI needs outside OSGi.
        LmwPackage.eINSTANCE.eClass();
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            // The same hardened parser as experiment files: run folders may come from other machines (Slurm, git).
            Map<Object, Object> options = ModelFiles.loadOptions();
            options.put(XMLResource.OPTION_ENCODING, "UTF-8");
            resource.load(new ByteArrayInputStream(bytes), options);
        } catch (IOException | RuntimeException e) {
            throw new IOException(Messages.bind(Messages.descriptorUnreadable, file, rootCause(e)), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new IOException(Messages.bind(Messages.descriptorUnreadable, file,
                    resource.getErrors().get(0).getMessage()));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Run run)) {
            String found = resource.getContents().isEmpty() ? "nothing"
                    : resource.getContents().size() + " roots, the first a "
                            + resource.getContents().get(0).eClass().getName();
            throw new IOException(Messages.bind(Messages.descriptorNotARun, file, found));
        }
        return run;
    }

    /**
     * Replaces the descriptor with the given run, atomically: readers see the old or the new descriptor, never a part,
     * and a failure at any point leaves the old one as it was. The run is copied, so it stays in its own resource.
     */
    static void write(Path file, Run run) throws IOException {
        byte[] bytes = serialize(file, run);
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot rename atomically", e);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw new IOException(Messages.bind(Messages.descriptorNotWritten, file, e.getMessage()), e);
        }
        forceFolder(folder);
    }

    private static byte[] serialize(Path file, Run run) throws IOException {
        Run copy = EcoreUtil.copy(run);
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException | RuntimeException e) {
            throw new IOException(Messages.bind(Messages.descriptorNotWritten, file, rootCause(e)), e);
        }
        return out.toByteArray();
    }

    /**
     * Forces a folder's entries to the disk, so that a rename or a new file in it survives a power cut; file systems
     * that cannot open folders (not Linux) make the rename durable on their own or not at all, so failure is ignored.
     */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Best effort, see above.
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
