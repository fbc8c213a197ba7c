// A small, safe Markdown renderer for notebook text cells: no raw HTML passes through.
package org.lmw.core.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the Markdown of text cells to HTML. Supported: ATX headings ({@code #} to {@code ######}), paragraphs
 * (blank-line separated), {@code **strong**}, {@code *emphasis*} and {@code _emphasis_}, {@code `code`}, fenced code
 * blocks ({@code ```}), block quotes ({@code >}), bullet lists ({@code -}, {@code *}, {@code +}), numbered lists
 * ({@code 1.}), links {@code [text](url)} and backslash escapes. Everything else is text: every {@code <}, {@code &}
 * and quote is escaped, so a cell cannot inject markup or script; link targets other than {@code http:},
 * {@code https:}, {@code mailto:}, fragments and relative paths are dropped (the text stays).
 */
public final class Markdown {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}\\d{1,9}[.)]\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private Markdown() {
    }

    /** Renders Markdown to an HTML fragment; null renders as nothing. */
    public static String render(String markdown) {
        if (markdown == null) {
            return "";
        }
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        String listTag = null;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String trimmed = line.trim();
            if (trimmed.startsWith("```")) {
                flush(out, paragraph);
                listTag = closeList(out, listTag);
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].trim().startsWith("```")) {
                    code.append(escape(lines[i])).append('\n');
                    i++;
                }
                out.append("<pre><code>").append(code).append("</code></pre>\n");
                i++;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (trimmed.isEmpty()) {
                flush(out, paragraph);
                listTag = closeList(out, listTag);
            } else if (heading.matches()) {
                flush(out, paragraph);
                listTag = closeList(out, listTag);
                int level = heading.group(1).length();
                out.append("<h").append(level).append('>').append(inline(heading.group(2))).append("</h")
                        .append(level).append(">\n");
            } else if (bullet.matches() || numbered.matches()) {
                flush(out, paragraph);
                String tag = bullet.matches() ? "ul" : "ol";
                if (!tag.equals(listTag)) {
                    closeList(out, listTag);
                    out.append('<').append(tag).append(">\n");
                    listTag = tag;
                }
                String item = bullet.matches() ? bullet.group(1) : numbered.group(1);
                out.append("<li>").append(inline(item)).append("</li>\n");
            } else if (trimmed.startsWith(">")) {
                flush(out, paragraph);
                listTag = closeList(out, listTag);
                StringBuilder quote = new StringBuilder();
                while (i < lines.length && lines[i].trim().startsWith(">")) {
                    quote.append(lines[i].trim().substring(1).trim()).append('\n');
                    i++;
                }
                out.append("<blockquote>").append(render(quote.toString())).append("</blockquote>\n");
                continue;
            } else if (listTag != null && (line.startsWith("  ") || line.startsWith("\t"))) {
                // A continuation line of the last list item.
                int close = out.lastIndexOf("</li>");
                out.insert(close, " " + inline(trimmed));
            } else {
                listTag = closeList(out, listTag);
                paragraph.add(trimmed);
            }
            i++;
        }
        flush(out, paragraph);
        closeList(out, listTag);
        return out.toString();
    }

    private static void flush(StringBuilder out, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            out.append("<p>").append(inline(String.join("\n", paragraph))).append("</p>\n");
            paragraph.clear();
        }
    }

    private static String closeList(StringBuilder out, String tag) {
        if (tag != null) {
            out.append("</").append(tag).append(">\n");
        }
        return null;
    }

    /** Renders inline Markdown (code, links, strong, emphasis, escapes) of one block's text. */
    public static String inline(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && "\\`*_[]()#+-.!>".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(escape(String.valueOf(text.charAt(i + 1))));
                i += 2;
            } else if (c == '`') {
                int end = text.indexOf('`', i + 1);
                if (end < 0) {
                    out.append("`");
                    i++;
                } else {
                    out.append("<code>").append(escape(text.substring(i + 1, end))).append("</code>");
                    i = end + 1;
                }
            } else if (c == '[') {
                Matcher link = LINK.matcher(text);
                link.region(i, n);
                if (link.lookingAt()) {
                    String url = link.group(2);
                    String label = inline(link.group(1));
                    if (safeUrl(url)) {
                        out.append("<a href=\"").append(escape(url)).append("\">").append(label).append("</a>");
                    } else {
                        out.append(label);
                    }
                    i = link.end();
                } else {
                    out.append('[');
                    i++;
                }
            } else if ((c == '*' || c == '_') && i + 1 < n && text.charAt(i + 1) == c) {
                String mark = text.substring(i, i + 2);
                int end = text.indexOf(mark, i + 2);
                if (end > i + 2 && !Character.isWhitespace(text.charAt(i + 2))) {
                    out.append("<strong>").append(inline(text.substring(i + 2, end))).append("</strong>");
                    i = end + 2;
                } else {
                    out.append(escape(mark));
                    i += 2;
                }
            } else if ((c == '*' || c == '_') && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))
                    && (c == '*' || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = text.indexOf(c, i + 1);
                if (end > i + 1 && !Character.isWhitespace(text.charAt(end - 1))
                        && (c == '*' || end + 1 >= n || !Character.isLetterOrDigit(text.charAt(end + 1)))) {
                    out.append("<em>").append(inline(text.substring(i + 1, end))).append("</em>");
                    i = end + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else if (c == '\n') {
                out.append('\n');
                i++;
            } else {
                out.append(escape(String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
    }

    static boolean safeUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return true;
        }
        return !SCHEME.matcher(url).find() && !lower.startsWith("//");
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
