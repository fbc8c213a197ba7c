// The lmw command line: run, resume, list, export, check, export-html and help; exit codes 0 ok, 1 run failed or
// prediction refuted, 2 bad input.
package org.lmw.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.lmw.batch.Arguments.UsageException;
import org.lmw.core.notebook.HtmlReport;
import org.lmw.core.notebook.NotebookEvaluator;
import org.lmw.core.notebook.PredictionFreezer;
import org.lmw.core.notebook.PredictionOutcome;
import org.lmw.core.persistence.AtomicFiles;
import org.lmw.core.persistence.ModelLoadException;
import org.lmw.core.persistence.NotebookFiles;
import org.lmw.core.runstore.MetricPoint;
import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.MetricSeries;
import org.lmw.core.runstore.RunFolder;
import org.lmw.core.runstore.RunStore;
import org.lmw.core.workspace.WorkspaceLocation;
import org.lmw.engine.ComputeDevice;
import org.lmw.engine.EngineInfo;
import org.lmw.engine.EngineService;
import org.lmw.engine.EngineStartException;
import org.lmw.jobs.LaunchException;
import org.lmw.jobs.LaunchPlan;
import org.lmw.jobs.NotebookRuns;
import org.lmw.jobs.RunEvent;
import org.lmw.jobs.RunJob;
import org.lmw.jobs.RunJobService;
import org.lmw.jobs.RunLauncher;
import org.lmw.jobs.RunListener;
import org.lmw.jobs.RunOptions;
import org.lmw.jobs.RunOutcome;
import org.lmw.model.Notebook;
import org.lmw.model.RunStatus;
import org.lmw.model.Verdict;

/**
 * The {@code lmw} headless commands, independent of OSGi so that tests call {@link #run(String...)} directly.
 *
 * <p>Bad input (unknown command or option, a damaged or invalid experiment, no such run) prints one line on stderr,
 * writes nothing and returns {@link #BAD_INPUT}. A run that fails or diverges makes {@code run}/{@code resume} return
 * {@link #RUN_FAILED}. Ctrl-C (SIGINT) while runs train cancels them through a shutdown hook: they stop within a
 * step, end {@code cancelled} with their metrics flushed and a checkpoint saved, and the report is still printed.
 */
public final class Cli {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: a run failed, diverged or was cancelled; for {@code check}: a prediction is refuted. */
    public static final int RUN_FAILED = 1;
    /** Exit code: bad input; nothing was written. */
    public static final int BAD_INPUT = 2;

    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long MIN_LINE_GAP_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long MANY_EPOCHS = 100;
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(5);
    /** Arguments the Equinox launcher may pass through to the application; they are not lmw's. */
    private static final Set<String> LAUNCHER_FLAGS = Set.of("-nosplash", "-consoleLog", "-console", "-clean",
            "-noExit", "-debug");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final RunJobService service;

    /**
     * Creates the command line.
     *
     * @param out where reports go
     * @param err where errors go
     * @param environment the process environment ({@code LMW_WORKSPACE})
     */
    public Cli(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.service = RunJobService.getDefault();
    }

    /**
     * Runs one command.
     *
     * @param args the command word and its arguments
     * @return the exit code
     */
    public int run(String... args) {
        List<String> words = new ArrayList<>();
        for (String arg : args == null ? new String[0] : args) {
            if (words.isEmpty() && LAUNCHER_FLAGS.contains(arg)) {
                continue;
            }
            words.add(arg);
        }
        if (words.isEmpty() || Set.of("help", "--help", "-h", "-help").contains(words.get(0))) {
            out.println(Messages.USAGE);
            return OK;
        }
        String command = words.get(0);
        List<String> rest = words.subList(1, words.size());
        try {
            return switch (command) {
                case "run" -> runCommand(Arguments.parse(command, rest,
                        Set.of("--json"), Set.of("--workspace", "--threads", "--device", "--parallel")));
                case "resume" -> resumeCommand(Arguments.parse(command, rest,
                        Set.of("--json"), Set.of("--workspace", "--threads", "--device")));
                case "list" -> listCommand(Arguments.parse(command, rest, Set.of("--json"), Set.of("--workspace")));
                case "export" -> exportCommand(Arguments.parse(command, rest, Set.of("--csv"),
                        Set.of("--workspace", "--metric")));
                case "check" -> checkCommand(Arguments.parse(command, rest, Set.of("--json", "--no-run", "--no-save"),
                        Set.of("--workspace", "--threads", "--device", "--parallel")));
                case "export-html" -> exportHtmlCommand(Arguments.parse(command, rest, Set.of(),
                        Set.of("--workspace", "--out")));
                default -> throw new UsageException(String.format(Locale.ROOT, Messages.UNKNOWN_COMMAND, command));
            };
        } catch (UsageException | LaunchException e) {
            return badInput(e.getMessage());
        } catch (IOException e) {
            return badInput(org.lmw.jobs.Messages.oneLine(e));
        }
    }

    private int badInput(String message) {
        err.println(String.format(Locale.ROOT, Messages.ERROR, org.lmw.jobs.Messages.oneLine(message)));
        err.flush();
        return BAD_INPUT;
    }

    private int runCommand(Arguments a) throws UsageException, LaunchException {
        Path file = Path.of(a.single(Messages.FILE));
        RunOptions options = options(a);
        int parallel = a.number("--parallel", 1, 1);
        LaunchPlan plan = RunLauncher.prepare(file);
        Path workspace = workspace(a);
        startEngine(options);
        service.setMaxConcurrentRuns(parallel);
        long started = System.nanoTime();
        Reporter reporter = new Reporter();
        service.addListener(reporter);
        try {
            List<RunJob> jobs = new RunLauncher(service).launch(plan, workspace, options);
            return awaitAndReport(jobs, reporter, plan.name(), plan.size() > 1, a.has("--json"), started);
        } finally {
            service.removeListener(reporter);
        }
    }

    private int resumeCommand(Arguments a) throws UsageException, LaunchException {
        String runId = a.single(Messages.RUN_ID);
        RunOptions options = options(a);
        Path workspace = workspace(a);
        startEngine(options);
        long started = System.nanoTime();
        Reporter reporter = new Reporter();
        service.addListener(reporter);
        try {
            RunJob job = new RunLauncher(service).resume(workspace, runId, options);
            return awaitAndReport(List.of(job), reporter, null, false, a.has("--json"), started);
        } finally {
            service.removeListener(reporter);
        }
    }

    private int listCommand(Arguments a) throws UsageException, LaunchException, IOException {
        a.none();
        Path workspace = workspace(a);
        RunStore store = RunLauncher.openStore(workspace, false);
        List<Map<String, Object>> runs = store == null ? List.of() : RunListing.list(store);
        if (a.has("--json")) {
            out.println(Json.write(runs));
        } else if (runs.isEmpty()) {
            out.println(String.format(Locale.ROOT, Messages.NO_RUNS, workspace));
        } else {
            RunListing.printTable(runs, out);
        }
        out.flush();
        return OK;
    }

    private int exportCommand(Arguments a) throws UsageException, LaunchException, IOException {
        String runId = a.single(Messages.RUN_ID);
        if (!a.has("--csv")) {
            throw new UsageException(Messages.EXPORT_NEEDS_CSV);
        }
        Path workspace = workspace(a);
        RunStore store = RunLauncher.openStore(workspace, false);
        if (store == null || !store.exists(runId)) {
            throw new LaunchException(String.format(Locale.ROOT, Messages.NO_SUCH_RUN, runId, workspace));
        }
        RunFolder folder = store.folder(runId);
        try (MetricReader reader = folder.openReader()) {
            List<String> metrics = new ArrayList<>(reader.metrics());
            String wanted = a.get("--metric");
            if (wanted != null) {
                if (!metrics.contains(wanted)) {
                    throw new UsageException(String.format(Locale.ROOT, Messages.NO_METRIC, runId, wanted,
                            String.join(", ", metrics)));
                }
                metrics = List.of(wanted);
            }
            StringBuilder csv = new StringBuilder(1 << 16);
            csv.append("step,metric,wall_time_s,value\n");
            for (String metric : metrics) {
                MetricSeries series = reader.read(metric);
                String name = csvField(metric);
                for (int i = 0; i < series.size(); i++) {
                    MetricPoint p = series.point(i);
                    csv.append(p.step()).append(',').append(name).append(',')
                            .append(wallSeconds(p.wallTimeNanos())).append(',').append(Double.toString(p.value()))
                            .append('\n');
                    if (csv.length() > 1 << 20) {
                        out.print(csv);
                        csv.setLength(0);
                    }
                }
            }
            out.print(csv);
            out.flush();
        }
        return OK;
    }

    /**
     * {@code lmw check}: refuses a notebook with a tampered frozen prediction (exit 2, nothing run or written),
     * launches the runs its predictions need that are missing (unless {@code --no-run}), judges the latest version
     * of every prediction, prints one line each, writes the verdicts and evidence back into the notebook atomically
     * (unless {@code --no-save}; content and hashes are unchanged) and exits 1 when one is refuted.
     */
    private int checkCommand(Arguments a) throws UsageException, LaunchException, IOException {
        Path file = Path.of(a.single(Messages.NOTEBOOK));
        Notebook notebook = loadNotebook(file);
        List<String> tampered = PredictionFreezer.tamperReport(notebook);
        if (!tampered.isEmpty()) {
            for (String line : tampered) {
                out.println(String.format(Locale.ROOT, Messages.TAMPERED_LINE, line));
            }
            out.flush();
            throw new LaunchException(String.format(Locale.ROOT, Messages.TAMPERED, file.getFileName(),
                    tampered.size(), tampered.get(0)));
        }
        RunOptions options = options(a);
        int parallel = a.number("--parallel", 1, 1);
        Path workspace = workspace(a);
        RunStore existing = RunLauncher.openStore(workspace, false);
        Path folder = file.toAbsolutePath().getParent();
        NotebookRuns.Needs needs = NotebookRuns.needs(notebook, existing, List.of(folder, workspace));
        for (String line : needs.unresolved()) {
            out.println(String.format(Locale.ROOT, Messages.CHECK_NOTE, line));
        }
        List<String> launched = new ArrayList<>();
        if (!needs.isEmpty() && !a.has("--no-run")) {
            for (NotebookRuns.Launch launch : needs.launches()) {
                out.println(String.format(Locale.ROOT, Messages.CHECK_LAUNCH, launch.experiment(), launch.plan().size(),
                        launch.file()));
            }
            startEngine(options);
            service.setMaxConcurrentRuns(parallel);
            long started = System.nanoTime();
            Reporter reporter = new Reporter();
            service.addListener(reporter);
            try {
                List<RunJob> jobs = NotebookRuns.launch(new RunLauncher(service), needs, workspace, options);
                jobs.forEach(job -> launched.add(job.runId()));
                awaitAndReport(jobs, reporter, null, jobs.size() > 1, false, started);
            } finally {
                service.removeListener(reporter);
            }
        } else if (!needs.isEmpty()) {
            for (NotebookRuns.Launch launch : needs.launches()) {
                out.println(String.format(Locale.ROOT, Messages.CHECK_NOT_LAUNCHED, launch.experiment(),
                        launch.file()));
            }
        }
        RunStore store = existing != null ? existing : RunLauncher.openStore(workspace, !launched.isEmpty());
        List<PredictionOutcome> outcomes = store == null ? pendingOutcomes(notebook, workspace)
                : new NotebookEvaluator(store).evaluate(notebook);
        Map<Verdict, Integer> counts = new java.util.EnumMap<>(Verdict.class);
        for (PredictionOutcome outcome : outcomes) {
            out.println(outcome.line());
            counts.merge(outcome.verdict(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        for (Verdict v : Verdict.VALUES) {
            parts.add(counts.getOrDefault(v, 0) + " " + v.getLiteral());
        }
        out.println(String.format(Locale.ROOT, Messages.CHECK_SUMMARY, outcomes.size(), String.join(", ", parts)));
        boolean saved = false;
        if (!a.has("--no-save") && !outcomes.isEmpty()) {
            outcomes.forEach(NotebookEvaluator::apply);
            NotebookFiles.save(notebook, file);
            saved = true;
            out.println(String.format(Locale.ROOT, Messages.CHECK_SAVED, file));
        }
        if (a.has("--json")) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("notebook", file.toString());
            List<Object> predictions = new ArrayList<>();
            for (PredictionOutcome o : outcomes) {
                Map<String, Object> p = new LinkedHashMap<>();
                Object container = o.prediction().eContainer();
                p.put("cell", container instanceof org.lmw.model.Cell c ? c.getId() : null);
                p.put("version", o.prediction().getVersion());
                p.put("statement", o.prediction().getStatement());
                p.put("kind", o.prediction().getKind() == null ? null : o.prediction().getKind().getLiteral());
                p.put("metric", o.prediction().getMetric());
                p.put("verdict", o.verdict().getLiteral());
                p.put("evidence", o.evidence());
                p.put("missing", o.missing());
                p.put("runs", o.runIds());
                p.put("values", o.values());
                p.put("frozen_at", o.prediction().getFrozenAt() == null ? null
                        : o.prediction().getFrozenAt().toInstant().toString());
                predictions.add(p);
            }
            report.put("predictions", predictions);
            for (Verdict v : Verdict.VALUES) {
                report.put(v.getLiteral(), counts.getOrDefault(v, 0));
            }
            report.put("launched", launched);
            report.put("unresolved", needs.unresolved());
            report.put("saved", saved);
            out.println(Json.write(report));
        }
        out.flush();
        return counts.getOrDefault(Verdict.REFUTED, 0) > 0 ? RUN_FAILED : OK;
    }

    private static List<PredictionOutcome> pendingOutcomes(Notebook notebook, Path workspace) {
        List<PredictionOutcome> outcomes = new ArrayList<>();
        for (org.lmw.model.Cell cell : notebook.getCells()) {
            if (cell instanceof org.lmw.model.PredictionCell pc && PredictionFreezer.latest(pc) != null) {
                outcomes.add(new PredictionOutcome(PredictionFreezer.latest(pc), Verdict.PENDING,
                        "no runs in " + workspace + " yet", List.of(), Map.of(), List.of(), null, null, "runs", false));
            }
        }
        return outcomes;
    }

    /** {@code lmw export-html}: judges the notebook's predictions (running nothing) and writes the HTML report. */
    private int exportHtmlCommand(Arguments a) throws UsageException, LaunchException, IOException {
        Path file = Path.of(a.single(Messages.NOTEBOOK));
        Notebook notebook = loadNotebook(file);
        Path workspace = workspace(a);
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".html";
        Path target = a.get("--out") != null ? Path.of(a.get("--out")) : file.toAbsolutePath().resolveSibling(name);
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException(String.format(Locale.ROOT, Messages.NO_FOLDER, target));
        }
        RunStore store = RunLauncher.openStore(workspace, false);
        List<PredictionOutcome> outcomes = store == null ? List.of() : new NotebookEvaluator(store).evaluate(notebook);
        String html = HtmlReport.render(notebook, outcomes, store);
        AtomicFiles.write(target, stream -> stream.write(html.getBytes(StandardCharsets.UTF_8)));
        out.println(String.format(Locale.ROOT, Messages.HTML_WRITTEN, target, outcomes.size()));
        out.flush();
        return OK;
    }

    private static Notebook loadNotebook(Path file) throws LaunchException {
        try {
            return NotebookFiles.load(file);
        } catch (ModelLoadException e) {
            throw new LaunchException(e.getMessage(), e);
        }
    }

    private static String wallSeconds(long nanos) {
        return String.format(Locale.ROOT, "%d.%06d", Math.floorDiv(nanos, 1_000_000_000L),
                Math.floorMod(nanos, 1_000_000_000L) / 1000);
    }

    private static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private RunOptions options(Arguments a) throws UsageException {
        int threads = a.number("--threads", 0, 1);
        ComputeDevice device;
        try {
            device = ComputeDevice.parse(a.get("--device"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(String.format(Locale.ROOT, Messages.BAD_DEVICE, "--device", e.getMessage()));
        }
        return new RunOptions(threads, device);
    }

    private Path workspace(Arguments a) {
        return WorkspaceLocation.resolve(a.get("--workspace"), environment);
    }

    // Before any run is created: missing natives or a GPU that is not there is bad input, not a failed run.
    private void startEngine(RunOptions options) throws LaunchException {
        try {
            EngineInfo engine = EngineService.ensureStarted(options.threads(), options.device());
            out.println(String.format(Locale.ROOT, Messages.ENGINE, engine.describe()));
        } catch (EngineStartException e) {
            throw new LaunchException(e.getMessage(), e);
        }
    }

    private int awaitAndReport(List<RunJob> jobs, Reporter reporter, String experiment, boolean sweep, boolean json,
            long started) {
        for (RunJob job : jobs) {
            reporter.jobs.put(job.runId(), job);
        }
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            List<RunJob> active = service.activeRuns();
            if (!active.isEmpty()) {
                err.println(String.format(Locale.ROOT, Messages.INTERRUPTED, active.size()));
                err.flush();
                service.cancelAll();
                try {
                    service.awaitAll(CANCEL_WAIT);
                    // Give the main thread a moment to print the report of the cancelled runs.
                    reported.await(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "lmw-cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            List<RunOutcome> outcomes = new ArrayList<>();
            for (RunJob job : jobs) {
                outcomes.add(job.await());
            }
            double wall = (System.nanoTime() - started) / 1e9;
            for (RunOutcome outcome : outcomes) {
                out.println(String.format(Locale.ROOT, Messages.STORED, outcome.runId(), outcome.folder()));
            }
            if (sweep) {
                out.println(String.format(Locale.ROOT, Messages.SUMMARY, outcomes.size(), summary(outcomes)));
            }
            if (json) {
                Object report;
                if (sweep) {
                    Map<String, Object> all = new LinkedHashMap<>();
                    all.put("experiment", experiment);
                    all.put("status", overallStatus(outcomes));
                    all.put("runs", outcomes.stream().map(Cli::toJson).toList());
                    all.put("wall_s", round(wall, 3));
                    report = all;
                } else {
                    report = toJson(outcomes.get(0));
                }
                out.println(Json.write(report));
            }
            out.flush();
            reported.countDown();
            return outcomes.stream().allMatch(o -> o.status() == RunStatus.FINISHED) ? OK : RUN_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            service.cancelAll();
            return RUN_FAILED;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down (Ctrl-C): the hook is running and must stay.
            }
        }
    }

    private static String overallStatus(List<RunOutcome> outcomes) {
        RunStatus worst = RunStatus.FINISHED;
        for (RunOutcome outcome : outcomes) {
            if (outcome.status() == RunStatus.FAILED || outcome.status() == RunStatus.DIVERGED
                    && worst != RunStatus.FAILED || outcome.status() == RunStatus.CANCELLED
                    && worst == RunStatus.FINISHED) {
                worst = outcome.status();
            }
        }
        return worst.getLiteral();
    }

    private static String summary(List<RunOutcome> outcomes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RunOutcome outcome : outcomes) {
            counts.merge(outcome.status().getLiteral(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((status, count) -> parts.add(count + " " + status));
        return String.join(", ", parts);
    }

    static Map<String, Object> toJson(RunOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run_id", outcome.runId());
        json.put("experiment", outcome.experiment());
        json.put("status", outcome.status().getLiteral());
        json.put("steps", outcome.steps());
        json.put("total_steps", outcome.totalSteps());
        json.put("steps_per_s", round(outcome.stepsPerSecond(), 1));
        json.put("test_accuracy", outcome.testAccuracy());
        json.put("test_loss", outcome.testLoss());
        json.put("loss", outcome.finalLoss());
        json.put("wall_s", round(outcome.wallSeconds(), 3));
        json.put("message", outcome.message());
        json.put("run_folder", outcome.folder().toString());
        return json;
    }

    private static double round(double value, int digits) {
        if (!Double.isFinite(value)) {
            return value;
        }
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    /** Prints one progress line per run per epoch (at most one a second), or every five seconds when epochs are long. */
    private final class Reporter implements RunListener {

        final Map<String, RunJob> jobs = new ConcurrentHashMap<>();
        private final Map<String, long[]> lines = new ConcurrentHashMap<>();

        @Override
        public void runEvent(RunEvent event) {
            long now = System.nanoTime();
            switch (event.kind()) {
                case QUEUED -> {
                    // The queue line says little in a single-run invocation; the started line follows at once.
                }
                case STARTED -> {
                    lines.put(event.runId(), new long[] {now, 0, now, -1});
                    print(String.format(Locale.ROOT, Messages.STARTED, event.runId()));
                }
                case PROGRESS -> progress(event, now);
                case ENDED -> ended(event);
                default -> {
                }
            }
        }

        private void progress(RunEvent event, long now) {
            // {time of last line, step at last line, start time, epochs completed at last line}
            long[] last = lines.computeIfAbsent(event.runId(), id -> new long[] {now, event.step(), now, -1});
            int perEpoch = event.stepsPerEpoch();
            long completed = perEpoch > 0 ? event.step() / perEpoch : 0;
            if (last[3] < 0) {
                // The first progress event (after a resume, at the checkpoint): the baseline, not a line.
                last[1] = event.step();
                last[3] = completed;
                return;
            }
            // A line per epoch; when a run has hundreds of epochs (full-batch training: every step is one), no more
            // than one a second.
            long planned = perEpoch > 0 ? (event.totalSteps() + perEpoch - 1) / perEpoch : 0;
            boolean newEpoch = perEpoch > 0 && completed > last[3]
                    && (planned <= MANY_EPOCHS || now - last[0] >= MIN_LINE_GAP_NANOS);
            if (!newEpoch && now - last[0] < PROGRESS_EVERY_NANOS) {
                return;
            }
            double seconds = (now - last[0]) / 1e9;
            double rate = seconds > 0 ? (event.step() - last[1]) / seconds : 0;
            long epochs = perEpoch > 0 ? (event.totalSteps() + perEpoch - 1) / perEpoch : 0;
            String accuracy = Double.isNaN(event.testAccuracy()) ? ""
                    : String.format(Locale.ROOT, Messages.PROGRESS_ACCURACY, event.testAccuracy());
            double epochsDone = perEpoch > 0 ? (double) event.step() / perEpoch : 0;
            print(String.format(Locale.ROOT, Messages.PROGRESS, event.runId(), epochsDone, epochs,
                    event.step(), event.totalSteps(), event.loss(), accuracy, rate, (now - last[2]) / 1e9));
            last[0] = now;
            last[1] = event.step();
            last[3] = completed;
        }

        private void ended(RunEvent event) {
            RunJob job = jobs.get(event.runId());
            RunOutcome outcome = job == null ? null : job.outcome().orElse(null);
            String detail = event.message();
            double wall = 0;
            if (outcome != null) {
                wall = outcome.wallSeconds();
                if (outcome.status() == RunStatus.FINISHED) {
                    // Regression runs have no accuracy: their test loss says how well they did.
                    detail = Double.isNaN(outcome.testAccuracy())
                            ? String.format(Locale.ROOT, Messages.ENDED_LOSS, outcome.testLoss(),
                                    outcome.stepsPerSecond())
                            : String.format(Locale.ROOT, Messages.ENDED_ACCURACY, outcome.testAccuracy(),
                                    outcome.stepsPerSecond());
                }
            }
            print(String.format(Locale.ROOT, Messages.ENDED, event.runId(), event.status().getLiteral(),
                    event.step(), wall, detail));
        }

        private void print(String line) {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }
    }
}
