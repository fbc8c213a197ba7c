// Every user-visible string of the lmw command line: usage, progress lines, reports and errors.
package org.lmw.batch;

/** User-visible strings of the batch application, as {@link String#format(String, Object...)} templates. */
final class Messages {

    static final String USAGE = """
            Usage: lmw <command> [options] ...
              lmw                 opens the workbench
              lmw run [--json] [--workspace DIR] [--threads N] [--device cpu|gpu] [--parallel N] FILE.lmw
                                  trains every run of an experiment (every point of its sweep) and waits for them
              lmw resume [--json] [--workspace DIR] [--threads N] [--device cpu|gpu] RUN_ID
                                  continues an interrupted, cancelled or failed run from its last checkpoint
              lmw list [--json] [--workspace DIR]
                                  lists the runs of the workspace with status, hyperparameters and final metrics
              lmw export [--workspace DIR] --csv [--metric NAME] RUN_ID
                                  writes a run's metric series as CSV (step,metric,wall_time_s,value) to stdout
              lmw check [--json] [--workspace DIR] [--no-run] [--no-save] [--threads N] [--device cpu|gpu]
                        [--parallel N] NOTEBOOK.lmwnb
                                  runs the experiments the notebook's predictions need whose runs are missing,
                                  judges every prediction (one line each: verdict and evidence) and saves the
                                  verdicts into the notebook; exit 1 if one is refuted, 2 if a frozen prediction
                                  was edited by hand (tampered)
              lmw export-html [--workspace DIR] [--out FILE] NOTEBOOK.lmwnb
                                  writes a self-contained HTML report: text, verdicts, evidence charts
              lmw help            prints this text

            Options:
              --json              the last line of output is one JSON object (run, resume) or array (list)
              --workspace DIR     the workspace folder (default: $LMW_WORKSPACE, else ~/lmw-workspace)
              --threads N         intra-op threads per run (default: one per processor)
              --device cpu|gpu    where to train (gpu needs a CUDA libtorch 2.7.1 in PYTORCH_LIBRARY_PATH)
              --parallel N        how many runs of a sweep train at once (default 1)
              --metric NAME       export only this metric (for example loss or test_accuracy)
              --no-run            check: judge the runs there are, launch nothing
              --no-save           check: leave the notebook file unchanged
              --out FILE          export-html: where to write (default: the notebook's name with .html, beside it)

            Exit codes: 0 success, 1 a run failed or diverged (check: a prediction is refuted),
            2 bad input (nothing is written then).
            Ctrl-C cancels the runs cleanly: they end cancelled and can be resumed.""";

    static final String ERROR = "lmw: %s";
    static final String UNKNOWN_COMMAND = "unknown command '%s' (commands: run, resume, list, export, check, export-html, help)";
    static final String UNKNOWN_OPTION = "%s: unknown option '%s' (see lmw help)";
    static final String MISSING_VALUE = "%s: option %s needs a value";
    static final String BAD_NUMBER = "%s: option %s needs a whole number of at least %d, not '%s'";
    static final String BAD_DEVICE = "%s: %s";
    static final String ONE_ARGUMENT = "%s needs exactly one %s (got %d)";
    static final String NO_ARGUMENTS = "%s takes no arguments (got '%s')";
    static final String EXPORT_NEEDS_CSV = "export: only --csv is supported; write lmw export --csv RUN_ID";
    static final String NO_SUCH_RUN = "There is no run '%s' in the workspace %s (see lmw list).";
    static final String NO_METRIC = "run '%s' has no metric '%s' (it has: %s)";
    static final String ENGINE = "engine: %s";
    static final String NO_RUNS = "No runs in %s.";
    static final String INTERRUPTED = "lmw: interrupted: cancelling %d run(s)...";

    static final String QUEUED = "[%s] queued in %s";
    static final String STARTED = "[%s] started";
    static final String PROGRESS = "[%s] epoch %.2f/%d  step %d/%d  loss %.4f%s  %.0f steps/s  %.1f s";
    static final String PROGRESS_ACCURACY = "  test_acc %.4f";
    static final String ENDED = "[%s] %s after %d steps in %.1f s: %s";
    static final String ENDED_ACCURACY = "test accuracy %.4f, %.0f steps/s";
    static final String ENDED_LOSS = "test loss %.4g, %.0f steps/s";
    static final String STORED = "[%s] stored in %s";
    static final String SUMMARY = "%d run(s): %s";

    static final String LIST_HEADER = "%-44s %-12s %9s %10s %9s  %s";
    static final String LIST_ROW = "%-44s %-12s %9d %10s %9s  %s";

    static final String TAMPERED_LINE = "TAMPERED  %s";
    static final String TAMPERED = "%s: %d frozen prediction(s) edited after freezing, verdicts not trusted; make a "
            + "new version instead (first: %s)";
    static final String CHECK_NOTE = "note: %s";
    static final String CHECK_LAUNCH = "launching %s: %d run(s) from %s";
    static final String CHECK_NOT_LAUNCHED = "not launched (--no-run): %s from %s";
    static final String CHECK_SUMMARY = "%d prediction(s): %s";
    static final String CHECK_SAVED = "verdicts saved in %s";
    static final String HTML_WRITTEN = "wrote %s (%d prediction(s) judged)";
    static final String NO_FOLDER = "export-html: the folder of %s does not exist";

    static final String FILE = "FILE.lmw";
    static final String NOTEBOOK = "NOTEBOOK.lmwnb";
    static final String RUN_ID = "RUN_ID";

    private Messages() {
    }
}
