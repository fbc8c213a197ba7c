// Fills a run's provenance: product, engine, data checksum, seed, device, threads, Java, host, experiment hash.
package org.lmw.jobs.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.lmw.core.ProductInfo;
import org.lmw.core.persistence.ModelFiles;
import org.lmw.engine.EngineInfo;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.Provenance;

/** Builds the provenance record of a run from what actually trained it. */
public final class Provenances {

    private Provenances() {
    }

    /**
     * Creates the provenance of a run.
     *
     * @param experiment the resolved experiment the run trains
     * @param engine the engine as started for the run
     * @param dataChecksum the dataset's checksum
     * @param trainingStep how the trainer computes an update (its provenance entry {@code training_step}), or null
     * @return a new provenance object
     */
    public static Provenance of(Experiment experiment, EngineInfo engine, String dataChecksum, String trainingStep) {
        Provenance p = LmwFactory.eINSTANCE.createProvenance();
        p.setProductVersion(ProductInfo.productVersion());
        p.setEngineName(engine.engineName() + " (DJL " + engine.djlVersion() + ", MKL " + engine.mklDispatch()
                + (trainingStep == null ? "" : "; " + trainingStep) + ")");
        p.setEngineVersion(engine.engineVersion());
        p.setDataChecksum(dataChecksum);
        p.setSeed(experiment.getSeed());
        p.setDevice(engine.device().label());
        p.setThreads(engine.threads());
        p.setJavaVersion(System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
        p.setHostName(hostName());
        p.setExperimentHash(experimentHash(experiment));
        return p;
    }

    /**
     * Hashes an experiment's content: SHA-256 of its XMI, so two runs with the same hash trained the same thing.
     *
     * @param experiment the experiment
     * @return {@code sha256:} and 64 hex digits
     */
    public static String experimentHash(Experiment experiment) {
        try {
            Resource resource = new XMIResourceImpl(URI.createURI("lmw:/experiment.lmw"));
            resource.getContents().add(EcoreUtil.copy(experiment));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            resource.save(bytes, ModelFiles.saveOptions());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HexFormat.of().formatHex(digest.digest(bytes.toByteArray()));
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    // From the kernel, not InetAddress.getLocalHost(): that may ask a DNS server, and runs make no network calls.
    private static String hostName() {
        try {
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? null : name;
        } catch (IOException | RuntimeException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
        }
    }
}
