/**
 * Hypothesis notebooks: judging predictions against runs ({@link org.lmw.core.notebook.NotebookEvaluator}),
 * freezing and versioning them ({@link org.lmw.core.notebook.PredictionFreezer}) and the self-contained HTML report
 * ({@link org.lmw.core.notebook.HtmlReport}).
 */
package org.lmw.core.notebook;
