// A small Markdown renderer for text cells: headings, emphasis, inline code, lists, quotes, into text plus style spans.
package org.lmw.ui.notebook.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the Markdown that researchers write in notebook cells into plain text with style spans, which the text cell
 * shows in a read-only {@code StyledText} (the SWT Browser is not available on every machine, headless ones included).
 *
 * <p>Supported: ATX headings ({@code #}, {@code ##}, {@code ###}), paragraphs (consecutive lines join), bullet lists
 * ({@code -}, {@code *}, {@code +}), numbered lists, block quotes ({@code >}), fenced code blocks, horizontal rules,
 * and inline {@code **bold**}, {@code *italic*} / {@code _italic_}, {@code `code`}. Anything else stays as typed.
 * Pure logic, no SWT: it is unit-testable.
 */
public final class Markdown {
    /** How a span of the rendered text looks. */
    public enum Style {
        H1, H2, H3, BOLD, ITALIC, BOLD_ITALIC, CODE, CODE_BLOCK, QUOTE, BULLET, RULE
    }

    /** A styled run of the rendered text. */
    public record Span(int start, int length, Style style) {
    }

    /** A rendered line that is indented (list items, quotes, code): its index and indent in average characters. */
    public record Indent(int line, int indent, int wrapIndent) {
    }

    /** The rendering: text, spans in order, indented lines. */
    public record Rendered(String text, List<Span> spans, List<Indent> indents) {
    }

    /** What a horizontal rule renders as. */
    public static final String RULE_TEXT = "\u2500".repeat(48);

    private final StringBuilder out = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();
    private final List<Indent> indents = new ArrayList<>();
    private int line;

    private Markdown() {
    }

    /** Renders Markdown source; {@code null} renders as empty text. */
    public static Rendered render(String source) {
        Markdown md = new Markdown();
        md.blocks(source == null ? "" : source.replace("\r\n", "\n").replace('\r', '\n'));
        String text = md.out.toString();
        while (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        int length = text.length();
        List<Span> spans = md.spans.stream().filter(s -> s.start < length)
                .map(s -> new Span(s.start, Math.min(s.length, length - s.start), s.style)).filter(s -> s.length > 0)
                .toList();
        return new Rendered(text, spans, List.copyOf(md.indents));
    }

    private void blocks(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        boolean inCode = false;
        boolean needGap = false;
        for (String raw : lines) {
            String trimmed = raw.strip();
            if (trimmed.startsWith("```")) {
                flushParagraph(paragraph);
                if (!inCode && needGap) {
                    newline();
                    needGap = false;
                }
                inCode = !inCode;
                needGap = !inCode;
                continue;
            }
            if (inCode) {
                int start = out.length();
                out.append(raw);
                spans.add(new Span(start, raw.length() + 1, Style.CODE_BLOCK));
                indents.add(new Indent(line, 2, 2));
                newline();
                continue;
            }
            if (trimmed.isEmpty()) {
                flushParagraph(paragraph);
                // A blank line ends a block: the next block starts after an empty line.
                needGap = out.length() > 0;
                continue;
            }
            Heading h = heading(trimmed);
            ListItem item = listItem(raw);
            boolean quote = trimmed.startsWith(">");
            boolean rule = trimmed.matches("(-\\s*){3,}|(\\*\\s*){3,}|(_\\s*){3,}");
            boolean block = h != null || item != null || quote || rule;
            if (block) {
                flushParagraph(paragraph);
            }
            if (needGap && (block || paragraph.isEmpty())) {
                newline();
                needGap = false;
            }
            if (rule) {
                int start = out.length();
                out.append(RULE_TEXT);
                spans.add(new Span(start, RULE_TEXT.length(), Style.RULE));
                newline();
            } else if (h != null) {
                int start = out.length();
                inline(h.text);
                spans.add(0, new Span(start, out.length() - start, h.style));
                newline();
            } else if (item != null) {
                int start = out.length();
                out.append(item.marker).append(' ');
                spans.add(new Span(start, item.marker.length(), Style.BULLET));
                inline(item.text);
                indents.add(new Indent(line, 1 + item.level * 3, 3 + item.level * 3 + (item.marker.length() - 1)));
                newline();
            } else if (quote) {
                int start = out.length();
                inline(trimmed.substring(1).strip());
                spans.add(0, new Span(start, out.length() - start, Style.QUOTE));
                indents.add(new Indent(line, 2, 2));
                newline();
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(trimmed);
            }
        }
        flushParagraph(paragraph);
    }

    private boolean flushParagraph(StringBuilder paragraph) {
        if (paragraph.isEmpty()) {
            return false;
        }
        inline(paragraph.toString());
        newline();
        paragraph.setLength(0);
        return true;
    }

    private void newline() {
        out.append('\n');
        line++;
    }

    private record Heading(Style style, String text) {
    }

    private static Heading heading(String trimmed) {
        int level = 0;
        while (level < trimmed.length() && trimmed.charAt(level) == '#') {
            level++;
        }
        if (level == 0 || level > 6 || level >= trimmed.length() || trimmed.charAt(level) != ' ') {
            return null;
        }
        Style style = level == 1 ? Style.H1 : level == 2 ? Style.H2 : Style.H3;
        return new Heading(style, trimmed.substring(level).strip().replaceAll("\\s+#+$", ""));
    }

    private record ListItem(int level, String marker, String text) {
    }

    private static ListItem listItem(String raw) {
        int spaces = 0;
        while (spaces < raw.length() && raw.charAt(spaces) == ' ') {
            spaces++;
        }
        String rest = raw.substring(spaces);
        int level = Math.min(3, spaces / 2);
        if (rest.length() > 2 && "-*+".indexOf(rest.charAt(0)) >= 0 && rest.charAt(1) == ' ') {
            return new ListItem(level, level == 0 ? "\u2022" : "\u25e6", rest.substring(2).strip());
        }
        int digits = 0;
        while (digits < rest.length() && Character.isDigit(rest.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits + 1 < rest.length() && (rest.charAt(digits) == '.' || rest.charAt(digits) == ')')
                && rest.charAt(digits + 1) == ' ') {
            return new ListItem(level, rest.substring(0, digits) + ".", rest.substring(digits + 2).strip());
        }
        return null;
    }

    /** Appends text with inline emphasis and code, recording their spans. */
    private void inline(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && "\\`*_#>-".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '`') {
                int end = text.indexOf('`', i + 1);
                if (end > i + 1) {
                    int start = out.length();
                    out.append(text, i + 1, end);
                    spans.add(new Span(start, end - i - 1, Style.CODE));
                    i = end + 1;
                    continue;
                }
            }
            if (text.startsWith("***", i) || text.startsWith("**", i) || text.startsWith("__", i)
                    || ((c == '*' || c == '_') && i + 1 < n && text.charAt(i + 1) != ' ')) {
                String delimiter = text.startsWith("***", i) ? "***"
                        : text.startsWith("**", i) ? "**" : text.startsWith("__", i) ? "__" : String.valueOf(c);
                boolean wordInside = c == '_' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                int end = text.indexOf(delimiter, i + delimiter.length());
                if (!wordInside && end > i + delimiter.length()
                        && text.charAt(end - 1) != ' ') {
                    Style style = delimiter.length() == 3 ? Style.BOLD_ITALIC
                            : delimiter.length() == 2 ? Style.BOLD : Style.ITALIC;
                    int start = out.length();
                    int spansBefore = spans.size();
                    inline(text.substring(i + delimiter.length(), end));
                    spans.add(spansBefore, new Span(start, out.length() - start, style));
                    i = end + delimiter.length();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
    }
}
