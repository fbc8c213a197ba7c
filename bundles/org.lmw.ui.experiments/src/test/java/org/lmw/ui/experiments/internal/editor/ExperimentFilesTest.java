// Malformed and hostile experiment files fail to load with one readable line, never with a crash or a file read.
package org.lmw.ui.experiments.internal.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.ui.experiments.internal.wizard.ExperimentTemplate;

class ExperimentFilesTest {

    @TempDir
    Path folder;

    @Test
    void truncatedFileGivesOneLineError() throws IOException {
        Path good = folder.resolve("good.lmw");
        ExperimentFiles.save(ExperimentTemplate.FASHION_MNIST_MLP.create("good", null), good);
        String text = Files.readString(good);
        Path bad = folder.resolve("bad.lmw");
        Files.writeString(bad, text.substring(0, text.length() / 2));
        IOException e = assertThrows(IOException.class, () -> ExperimentFiles.load(bad, new ResourceSetImpl()));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void wrongTagsAreRefused() throws IOException {
        Path bad = folder.resolve("tags.lmw");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<lmw:Experiment xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:lmw=\"http://lmw.org/model/1.0\" name=\"x\">"
                + "<bogus a=\"1\"/></lmw:Experiment>");
        assertThrows(IOException.class, () -> ExperimentFiles.load(bad, new ResourceSetImpl()));
    }

    @Test
    void externalEntityIsNotRead() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path bad = folder.resolve("xxe.lmw");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]>\n<lmw:Experiment xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:lmw=\"http://lmw.org/model/1.0\" name=\"&s;\"/>");
        IOException e = assertThrows(IOException.class, () -> ExperimentFiles.load(bad, new ResourceSetImpl()));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void saveReplacesTheFileWithoutLeavingTemporaries() throws IOException {
        Path file = folder.resolve("a.lmw");
        ExperimentFiles.save(ExperimentTemplate.DEEP_LINEAR_NETWORK.create("a", null), file);
        ExperimentFiles.save(ExperimentTemplate.DEEP_LINEAR_NETWORK.create("b", null), file);
        assertTrue(Files.readString(file).contains("\"b\""));
        try (var files = Files.list(folder)) {
            assertTrue(files.allMatch(p -> p.equals(file)));
        }
    }
}
