// A save that fails or is interrupted leaves the previous file intact; a successful one replaces it whole.
package org.lmw.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.Workspace;

class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void contentThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("x.lmw");
        Files.writeString(file, "previous");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("previous", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void runtimeFailureAlsoLeavesThePreviousFile() throws Exception {
        Path file = dir.resolve("x.lmw");
        Files.writeString(file, "previous");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));
        assertEquals("previous", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void modelThatCannotBeSerialisedLeavesThePreviousFile() throws Exception {
        Path file = dir.resolve("ws.lmw");
        Workspace good = LmwFactory.eINSTANCE.createWorkspace();
        good.setName("before");
        ModelFiles.save(good, file);
        byte[] before = Files.readAllBytes(file);
        // A reference to an experiment that is in no resource cannot be written: EMF refuses the dangling link.
        Workspace broken = LmwFactory.eINSTANCE.createWorkspace();
        broken.setName("after");
        broken.getExperiments().add(LmwFactory.eINSTANCE.createExperiment());
        IOException e = assertThrows(IOException.class, () -> ModelFiles.save(broken, file));
        assertEquals("ws.lmw: could not be saved: it refers to an object that is not part of any model file",
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), listing());
        assertEquals("before", ModelFiles.load(file, Workspace.class).getName());
    }

    @Test
    void successfulSaveReplacesTheWholeFile() throws Exception {
        Path file = dir.resolve("x.lmw");
        Files.writeString(file, "x".repeat(100_000));
        Experiment experiment = ExperimentFiles.newDefaultExperiment("x");
        ExperimentFiles.save(experiment, file);
        assertEquals("x", ExperimentFiles.load(file).getName());
        assertTrue(Files.size(file) < 100_000);
        assertEquals(List.of(file), listing());
    }

    @Test
    void invalidModelIsSavedAnywaySoNoWorkIsLost() throws Exception {
        Path file = dir.resolve("bad.lmw");
        Experiment experiment = ExperimentFiles.newDefaultExperiment("bad");
        experiment.getOptimizer().setLearningRate(-1);
        experiment.getModel().setWidth(0);
        ExperimentFiles.save(experiment, file);
        Experiment loaded = ExperimentFiles.load(file);
        assertEquals(-1.0, loaded.getOptimizer().getLearningRate());
        assertEquals(0, loaded.getModel().getWidth());
    }

    @Test
    void missingFolderIsNamed() {
        Path file = dir.resolve("nowhere").resolve("x.lmw");
        IOException e = assertThrows(IOException.class,
                () -> ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("x"), file));
        assertEquals("x.lmw: could not be saved: folder " + dir.resolve("nowhere") + " does not exist",
                e.getMessage());
    }

    @Test
    void permissionsOfTheReplacedFileAreKept() throws Exception {
        Path file = dir.resolve("shared.lmw");
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("x"), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("y"), file);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void symbolicLinkIsFollowedNotReplaced() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("x.lmw");
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("x"), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.lmw"), real);
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("through-link"), link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("through-link", ExperimentFiles.load(real).getName());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
