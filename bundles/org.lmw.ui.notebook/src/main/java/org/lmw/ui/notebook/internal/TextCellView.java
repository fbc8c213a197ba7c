// A Markdown text cell: rendered read-only with StyledText styles; Edit (or a double click) shows the source.
package org.lmw.ui.notebook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.lmw.model.LmwPackage;
import org.lmw.model.TextCell;
import org.lmw.ui.notebook.Messages;
import org.lmw.ui.notebook.NotebookKeys;

/** Shows a text cell's Markdown rendered, and its source in a text field while editing. */
public final class TextCellView extends CellView {
    private StyledText rendered;
    private Text source;

    /** Creates the view of a text cell. */
    public TextCellView(Composite page, CellHost host, TextCell cell) {
        super(page, host, cell);
    }

    private TextCell textCell() {
        return (TextCell) cell;
    }

    @Override
    protected String kind() {
        return Messages.kindText;
    }

    @Override
    protected void buildView() {
        rendered = new StyledText(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
        rendered.setEditable(false);
        rendered.setCaret(null);
        rendered.setForeground(host.theme().color(Theme.TEXT));
        rendered.setFont(host.theme().font(1.05, SWT.NORMAL));
        rendered.setLineSpacing(4);
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 200;
        rendered.setLayoutData(d);
        render(rendered, textCell().getMarkdown());
        rendered.addListener(SWT.MouseDoubleClick, e -> {
            host.select(cell);
            startEditing();
        });
        rendered.addListener(SWT.MouseDown, e -> host.select(cell));
        bodyKey(rendered, NotebookKeys.MARKDOWN);
    }

    @Override
    protected void buildEditor() {
        source = new Text(body, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        source.setFont(host.theme().mono());
        source.setText(textCell().getMarkdown() == null ? "" : textCell().getMarkdown());
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 200;
        GC gc = new GC(source);
        int lineHeight = gc.getFontMetrics().getHeight();
        gc.dispose();
        d.heightHint = lineHeight * Math.max(6, Math.min(18, source.getLineCount() + 2));
        source.setLayoutData(d);
        source.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR && (e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
                commit();
            } else if (e.keyCode == SWT.ESC) {
                stopEditing();
            }
        });
        bodyKey(source, NotebookKeys.SOURCE);
        Composite row = new Composite(body, SWT.NONE);
        GridLayout rl = new GridLayout(3, false);
        rl.marginWidth = 0;
        rl.marginHeight = 0;
        row.setLayout(rl);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        label(row, Messages.editHint, 0.85, SWT.NORMAL, Theme.MUTED);
        Button cancel = new Button(row, SWT.PUSH);
        cancel.setText(Messages.cancel);
        cancel.addListener(SWT.Selection, e -> stopEditing());
        bodyKey(cancel, NotebookKeys.CANCEL);
        Button done = new Button(row, SWT.PUSH);
        done.setText(Messages.done);
        done.addListener(SWT.Selection, e -> commit());
        bodyKey(done, NotebookKeys.DONE);
        source.setFocus();
    }

    /** Applies the edited source (one undo step) and shows it rendered. */
    public void commit() {
        String text = source == null || source.isDisposed() ? null : source.getText();
        editing = false;
        if (text != null && !Objects.equals(text, textCell().getMarkdown())) {
            host.execute(SetCommand.create(host.domain(), cell, LmwPackage.Literals.TEXT_CELL__MARKDOWN, text));
        }
        refresh();
        host.relayout();
    }

    /** The rendered text (a test hook), or null while editing. */
    public String renderedText() {
        return rendered == null || rendered.isDisposed() ? null : rendered.getText();
    }

    /** Types into the source field (a test hook); the cell must be editing. */
    public void setSource(String text) {
        source.setText(text);
    }

    private static final int H1 = 1;
    private static final int H2 = 2;
    private static final int H3 = 4;
    private static final int BOLD = 8;
    private static final int ITALIC = 16;
    private static final int CODE = 32;
    private static final int QUOTE = 64;
    private static final int MUTED = 128;
    private static final int RULE = 256;

    private void render(StyledText widget, String markdown) {
        String src = markdown == null || markdown.isBlank() ? null : markdown;
        if (src == null) {
            widget.setText(Messages.emptyTextCell);
            widget.setStyleRange(new StyleRange(0, Messages.emptyTextCell.length(), host.theme().color(Theme.MUTED),
                    null, SWT.ITALIC));
            return;
        }
        Markdown.Rendered r = Markdown.render(src);
        String text = r.text();
        widget.setText(text);
        int[] mask = new int[text.length()];
        for (Markdown.Span s : r.spans()) {
            int bits = switch (s.style()) {
                case H1 -> H1;
                case H2 -> H2;
                case H3 -> H3;
                case BOLD -> BOLD;
                case ITALIC -> ITALIC;
                case BOLD_ITALIC -> BOLD | ITALIC;
                case CODE, CODE_BLOCK -> CODE;
                case QUOTE -> QUOTE | ITALIC;
                case BULLET -> MUTED;
                case RULE -> RULE;
            };
            for (int i = s.start(); i < s.start() + s.length() && i < mask.length; i++) {
                mask[i] |= bits;
            }
        }
        List<StyleRange> ranges = new ArrayList<>();
        int i = 0;
        while (i < mask.length) {
            int j = i;
            while (j < mask.length && mask[j] == mask[i]) {
                j++;
            }
            if (mask[i] != 0) {
                ranges.add(style(i, j - i, mask[i]));
            }
            i = j;
        }
        widget.setStyleRanges(ranges.toArray(StyleRange[]::new));
        GC gc = new GC(widget);
        int charWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        gc.dispose();
        for (Markdown.Indent in : r.indents()) {
            if (in.line() < widget.getLineCount()) {
                widget.setLineIndent(in.line(), 1, in.indent() * charWidth);
                widget.setLineWrapIndent(in.line(), 1, in.wrapIndent() * charWidth);
            }
        }
        // Headings breathe: a little space above each one that is not the first line.
        for (int line = 1; line < widget.getLineCount(); line++) {
            int offset = widget.getOffsetAtLine(line);
            if (offset < mask.length && (mask[offset] & (H1 | H2 | H3)) != 0) {
                widget.setLineVerticalIndent(line, 6);
            }
        }
    }

    private StyleRange style(int start, int length, int bits) {
        Theme t = host.theme();
        double scale = (bits & H1) != 0 ? 1.55 : (bits & H2) != 0 ? 1.3 : (bits & H3) != 0 ? 1.12 : 1.05;
        int swt = ((bits & (BOLD | H1 | H2 | H3)) != 0 ? SWT.BOLD : 0) | ((bits & ITALIC) != 0 ? SWT.ITALIC : 0);
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = length;
        Font font = (bits & CODE) != 0 ? t.mono() : t.font(scale, swt);
        range.font = font;
        if ((bits & CODE) != 0) {
            range.background = t.color(Theme.CODE_BG);
            range.foreground = t.color(0x9A3412);
        } else if ((bits & (QUOTE | MUTED)) != 0) {
            range.foreground = t.color(Theme.MUTED);
        } else if ((bits & RULE) != 0) {
            range.foreground = t.color(Theme.BORDER);
        } else if ((bits & (H1 | H2 | H3)) != 0) {
            range.foreground = t.color(0x111827);
        }
        return range;
    }
}
