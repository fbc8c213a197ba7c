// Looks at a model file's prolog before parsing, to refuse DOCTYPEs and entities with a precise message.
package org.lmw.core.persistence;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pre-scan of the bytes of a model file. The parser is configured to refuse every DOCTYPE anyway; this scan
 * only exists so that the user is told what exactly was refused ("external entities are not allowed") instead
 * of the parser's generic complaint, and it never lets anything through that the parser would refuse.
 */
final class XmlPrescan {

    /** How many characters of the file's start are decoded and scanned; a DOCTYPE precedes the root. */
    private static final int PROLOG_CHARS = 64 * 1024;

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)");
    private static final Pattern ROOT_START = Pattern.compile("<[A-Za-z_:]");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL_ENTITY = Pattern.compile(
            "<!ENTITY\\s+(%\\s+)?[^\\s>]+\\s+(SYSTEM|PUBLIC)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL_DTD = Pattern.compile(
            "<!DOCTYPE\\s+[^\\s>\\[]+\\s+(SYSTEM|PUBLIC)\\b", Pattern.CASE_INSENSITIVE);

    private XmlPrescan() {
    }

    /** Returns what is refused in this file (one of the Messages texts), or {@code null} when nothing is. */
    static String refusal(byte[] bytes) {
        String text = decode(bytes);
        Matcher doctype = DOCTYPE.matcher(text);
        Matcher root = ROOT_START.matcher(text);
        // A DOCTYPE can only come before the root element; the same letters later are text or a comment.
        if (!doctype.find() || root.find() && root.start() < doctype.start()) {
            return null;
        }
        String rest = text.substring(doctype.start());
        if (EXTERNAL_ENTITY.matcher(rest).find()) {
            return Messages.EXTERNAL_ENTITY_REFUSED;
        }
        if (EXTERNAL_DTD.matcher(rest).find()) {
            return Messages.EXTERNAL_DTD_REFUSED;
        }
        if (ENTITY.matcher(rest).find()) {
            return Messages.ENTITY_DECLARATION_REFUSED;
        }
        return Messages.DOCTYPE_REFUSED;
    }

    /** Tells whether the bytes look like text at all, before the parser says something less helpful. */
    static boolean looksLikeXml(byte[] bytes) {
        String start = decode(bytes).stripLeading();
        return start.startsWith("<");
    }

    private static String decode(byte[] bytes) {
        int length = Math.min(bytes.length, PROLOG_CHARS * 2);
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            offset = 3;
        } else if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (length >= 2 && bytes[0] == 0 && bytes[1] == '<') {
            charset = StandardCharsets.UTF_16BE;
        } else if (length >= 2 && bytes[0] == '<' && bytes[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            // ASCII-compatible: the declaration names the encoding, e.g. ISO-8859-1.
            String ascii = new String(bytes, 0, Math.min(length, 200), StandardCharsets.ISO_8859_1);
            Matcher m = ENCODING.matcher(ascii);
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    // Unknown encoding: the parser will refuse the file and say so.
                }
            }
        }
        String text = new String(bytes, offset, length - offset, charset);
        return text.length() > PROLOG_CHARS ? text.substring(0, PROLOG_CHARS) : text;
    }
}
