// The text cells' Markdown renderer: what text and which styles a researcher's cell becomes.
package org.lmw.ui.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lmw.ui.notebook.internal.Markdown.Rendered;
import org.lmw.ui.notebook.internal.Markdown.Span;
import org.lmw.ui.notebook.internal.Markdown.Style;

class MarkdownTest {

    private static String styled(Rendered r, Style style) {
        StringBuilder b = new StringBuilder();
        for (Span s : r.spans()) {
            if (s.style() == style) {
                b.append('[').append(r.text(), s.start(), s.start() + s.length()).append(']');
            }
        }
        return b.toString();
    }

    @Test
    void headingsParagraphsAndBlankLinesBecomeTextWithGaps() {
        Rendered r = Markdown.render("# Title\n\nFirst line\nsame paragraph.\n\n## Next\nText");
        assertEquals("Title\n\nFirst line same paragraph.\n\nNext\nText", r.text());
        assertEquals("[Title]", styled(r, Style.H1));
        assertEquals("[Next]", styled(r, Style.H2));
    }

    @Test
    void emphasisAndCodeAreStyledAndTheirMarkersDropped() {
        Rendered r = Markdown.render("a **bold** and *italic* and _also_ and `x^2` and ***both***");
        assertEquals("a bold and italic and also and x^2 and both", r.text());
        assertEquals("[bold]", styled(r, Style.BOLD));
        assertEquals("[italic][also]", styled(r, Style.ITALIC));
        assertEquals("[x^2]", styled(r, Style.CODE));
        assertEquals("[both]", styled(r, Style.BOLD_ITALIC));
    }

    @Test
    void wordsWithUnderscoresAndLoneStarsStayAsTyped() {
        Rendered r = Markdown.render("test_accuracy and learning_rate, 2 * 3 = 6");
        assertEquals("test_accuracy and learning_rate, 2 * 3 = 6", r.text());
        assertEquals(List.of(), r.spans());
    }

    @Test
    void listsQuotesAndCodeBlocksAreIndented() {
        Rendered r = Markdown.render("- one\n- two\n  - nested\n1. first\n\n> quoted\n\n```\ncode line\n```");
        assertEquals("\u2022 one\n\u2022 two\n\u25e6 nested\n1. first\n\nquoted\n\ncode line", r.text());
        assertEquals(6, r.indents().size(), r.indents().toString());
        assertEquals("[quoted]", styled(r, Style.QUOTE));
        assertTrue(styled(r, Style.CODE_BLOCK).startsWith("[code line"));
    }

    @Test
    void emptyAndNullRenderAsNothing() {
        assertEquals("", Markdown.render(null).text());
        assertEquals("", Markdown.render("\n\n").text());
    }
}
