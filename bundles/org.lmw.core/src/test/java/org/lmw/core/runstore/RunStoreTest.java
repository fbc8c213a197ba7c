// Proves that runs are created, listed and described safely, and that checkpoints are found only when complete.
package org.lmw.core.runstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.model.LmwFactory;
import org.lmw.model.Parameter;
import org.lmw.model.Provenance;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;

class RunStoreTest {
    @TempDir
    Path workspace;

    static Run newRun(String id, String... hyperparameters) {
        Run run = LmwFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setExperimentName("fashion-mnist-mlp");
        for (int i = 0; i + 1 < hyperparameters.length; i += 2) {
            Parameter parameter = LmwFactory.eINSTANCE.createParameter();
            parameter.setKey(hyperparameters[i]);
            parameter.setValue(hyperparameters[i + 1]);
            run.getHyperparameters().add(parameter);
        }
        return run;
    }

    @Test
    void aCreatedRunHasItsFolderAndDescriptorAndIsListed() throws IOException {
        RunStore store = RunStore.open(workspace);
        Run run = newRun("mlp-001", "learning_rate", "0.05", "width", "256");
        Provenance provenance = LmwFactory.eINSTANCE.createProvenance();
        provenance.setSeed(1234);
        provenance.setEngineVersion("0.35.1");
        run.setProvenance(provenance);
        RunFolder folder = store.create(run);
        assertEquals(workspace.resolve("runs").resolve("mlp-001").toAbsolutePath(), folder.path());
        assertTrue(Files.isRegularFile(folder.descriptorFile()));
        assertEquals("mlp-001", run.getId(), "the caller's run is not changed");
        assertNull(run.getCreatedAt(), "the caller's run is not changed");

        assertEquals(List.of("mlp-001"), store.runIds());
        Run loaded = store.load("mlp-001");
        assertEquals(RunStatus.QUEUED, loaded.getStatus());
        assertEquals("0.05", loaded.getHyperparameters().get(0).getValue());
        assertEquals(1234, loaded.getProvenance().getSeed());
        assertEquals("0.35.1", loaded.getProvenance().getEngineVersion());
        assertTrue(loaded.getCreatedAt() != null);
        RunStore.Listing listing = store.list();
        assertEquals(1, listing.runs().size());
        assertTrue(listing.unreadable().isEmpty());
    }

    @Test
    void badOrDuplicateRunIdsChangeNothing() throws IOException {
        RunStore store = RunStore.open(workspace);
        for (String bad : new String[] { "", "..", "../escape", "a/b", ".hidden", "with space", "x".repeat(129) }) {
            assertThrows(IllegalArgumentException.class, () -> store.create(newRun(bad)), bad);
        }
        store.create(newRun("run-1", "width", "64"));
        byte[] before = Files.readAllBytes(store.folder("run-1").descriptorFile());
        FileAlreadyExistsException duplicate = assertThrows(FileAlreadyExistsException.class,
                () -> store.create(newRun("run-1", "width", "128")));
        assertTrue(duplicate.getMessage().contains("run-1"), duplicate.getMessage());
        assertArrayEquals(before, Files.readAllBytes(store.folder("run-1").descriptorFile()));
        try (Stream<Path> entries = Files.list(store.runsFolder())) {
            assertEquals(List.of("run-1"), entries.map(p -> p.getFileName().toString()).toList());
        }
        NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> store.folder("run-2"));
        assertTrue(missing.getMessage().contains("run-2"), missing.getMessage());
    }

    @Test
    void aFailedDescriptorChangeLeavesTheStoredDescriptorAsItWas() throws IOException {
        RunStore store = RunStore.open(workspace);
        RunFolder folder = store.create(newRun("run-1", "width", "64"));
        byte[] before = Files.readAllBytes(folder.descriptorFile());
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> folder.writeDescriptor(newRun("run-2")));
        assertTrue(mismatch.getMessage().contains(folder.descriptorFile().toString()), mismatch.getMessage());
        assertArrayEquals(before, Files.readAllBytes(folder.descriptorFile()));
        try (RunSession session = folder.start()) {
            byte[] running = Files.readAllBytes(folder.descriptorFile());
            assertThrows(IllegalStateException.class, () -> session.updateDescriptor(run -> {
                run.setMessage("half done");
                throw new IllegalStateException("the change failed");
            }));
            assertArrayEquals(running, Files.readAllBytes(folder.descriptorFile()));
            assertNull(session.descriptor().getMessage());
            session.updateDescriptor(run -> run.setSteps(42));
            assertEquals(42, folder.readDescriptor().getSteps());
            session.end(RunStatus.FINISHED, null);
        }
        try (Stream<Path> entries = Files.list(folder.path())) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                    "no temporary descriptor is left behind");
        }
    }

    @Test
    void aDamagedDescriptorIsReportedByNameAndDoesNotHideTheOtherRuns() throws IOException {
        RunStore store = RunStore.open(workspace);
        store.create(newRun("good"));
        RunFolder bad = store.create(newRun("bad"));
        Files.writeString(bad.descriptorFile(), "<?xml version=\"1.0\"?><lmw:Run xmlns:lmw=", StandardCharsets.UTF_8);
        RunStore.Listing listing = store.list();
        assertEquals(List.of("good"), listing.runs().stream().map(Run::getId).toList());
        String reason = listing.unreadable().get("bad");
        assertTrue(reason.contains(bad.descriptorFile().toString()), reason);
        IOException error = assertThrows(IOException.class, () -> store.load("bad"));
        assertTrue(error.getMessage().contains("cannot be read"), error.getMessage());
    }

    @Test
    void aSessionMarksTheRunRunningThenRecordsItsEndAndFinalValues() throws IOException {
        RunStore store = RunStore.open(workspace);
        RunFolder folder = store.create(newRun("run-1"));
        try (RunSession session = folder.start()) {
            assertEquals(RunStatus.RUNNING, folder.readDescriptor().getStatus());
            assertTrue(folder.isActive());
            assertThrows(IllegalStateException.class, folder::start, "a second session of the same run");
            for (int step = 0; step < 1_000; step++) {
                session.metrics().record(step, "loss", 1.0 / (step + 1));
            }
            session.end(RunStatus.FINISHED, null);
        }
        assertFalse(folder.isActive());
        Run run = folder.readDescriptor();
        assertEquals(RunStatus.FINISHED, run.getStatus());
        assertTrue(run.getFinishedAt() != null && run.getStartedAt() != null);
        assertEquals("final_loss", run.getSummary().get(0).getKey());
        assertEquals(1.0 / 1_000, Double.parseDouble(run.getSummary().get(0).getValue()));
    }

    @Test
    void aSessionClosedWithoutAnEndLeavesTheRunInterruptedAndResumable() throws IOException {
        RunStore store = RunStore.open(workspace);
        RunFolder folder = store.create(newRun("run-1"));
        try (RunSession session = folder.start()) {
            session.metrics().record(0, "loss", 2.0);
        }
        assertEquals(RunStatus.INTERRUPTED, folder.readDescriptor().getStatus());
        try (RunSession session = folder.start()) {
            assertEquals(RunStatus.RUNNING, folder.readDescriptor().getStatus());
            session.metrics().record(1, "loss", 1.0);
            session.end(RunStatus.DIVERGED, "loss was NaN at step 2");
        }
        try (MetricReader reader = folder.openReader()) {
            assertArrayEquals(new double[] { 2.0, 1.0 }, reader.read("loss").values());
        }
        assertEquals("loss was NaN at step 2", folder.readDescriptor().getMessage());
    }

    @Test
    void onlyCommittedCheckpointsAreFoundAndTheLatestIsTheLargestStep() throws IOException {
        RunFolder folder = RunStore.open(workspace).create(newRun("run-1"));
        assertTrue(folder.latestCheckpoint().isEmpty());
        for (long step : new long[] { 1_000, 20_000, 3_000 }) {
            Path staging = folder.stageCheckpoint(step);
            Files.writeString(staging.resolve("model-0000.params"), "weights at " + step);
            folder.commitCheckpoint(step);
        }
        // A checkpoint cut short by a crash stays staged and is never resumed from.
        Files.writeString(folder.stageCheckpoint(30_000).resolve("model-0000.params"), "half");
        Checkpoint latest = folder.latestCheckpoint().orElseThrow();
        assertEquals(20_000, latest.step());
        assertEquals(folder.checkpointFolder(20_000), latest.folder());
        assertEquals("weights at 20000", Files.readString(latest.folder().resolve("model-0000.params")));
        assertEquals(List.of(1_000L, 3_000L, 20_000L),
                folder.checkpoints().stream().map(Checkpoint::step).toList());
        // Saving the same step again (a resumed run) replaces the old checkpoint whole.
        Files.writeString(folder.stageCheckpoint(20_000).resolve("model-0001.params"), "new weights");
        folder.commitCheckpoint(20_000);
        try (Stream<Path> files = Files.list(folder.checkpointFolder(20_000))) {
            assertEquals(List.of("model-0001.params"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertThrows(NoSuchFileException.class, () -> folder.commitCheckpoint(40_000));
        assertThrows(IllegalArgumentException.class, () -> folder.checkpointFolder(-1));
    }
}
