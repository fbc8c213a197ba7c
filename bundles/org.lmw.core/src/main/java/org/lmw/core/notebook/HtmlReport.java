// A notebook as one self-contained HTML page: Markdown text, predictions with verdict badges, evidence charts as images.
package org.lmw.core.notebook;

import java.util.List;

import org.lmw.model.Notebook;

/** Renders a notebook and its outcomes as a self-contained HTML document (skeleton). */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The report: no external resources, charts as inline SVG images. */
    public static String render(Notebook nb, List<PredictionOutcome> outcomes) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title></head><body></body></html>";
    }
}
