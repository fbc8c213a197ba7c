// Freezing predictions before their runs exist: timestamp + SHA-256 content hash, versions, tamper detection.
package org.lmw.core.notebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lmw.model.Cell;
import org.lmw.model.LmwFactory;
import org.lmw.model.Notebook;
import org.lmw.model.Parameter;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.RunQuery;
import org.lmw.model.Verdict;

/**
 * Freezes predictions and detects edits of frozen ones.
 *
 * <p>A prediction is frozen by {@link #freeze(Prediction, Instant)}: {@code frozenAt} gets the time (to the
 * millisecond) and {@code contentHash} the {@link #hash(Prediction) SHA-256} of a canonical serialisation of every
 * field that states the prediction: statement, kind, metric, both run queries (experiment, tags, sweep values in
 * order), window, atStep, lower, upper, theory, against, direction, confidence, version and frozenAt itself. The
 * verdict and the evidence are not hashed: evaluating a frozen prediction writes them without unfreezing it. A frozen
 * prediction is never edited: {@link #newVersion(PredictionCell)} appends an unfrozen copy with the next version
 * number, and the old version keeps its content and its verdict.
 *
 * <p>A frozen prediction whose stored hash differs from the hash of its content (say, a hand edit of the
 * {@code .lmwnb} XMI that moved a bound), or that has only one of {@code frozenAt} and {@code contentHash}, is
 * {@link #tampered(Prediction) tampered}: its verdict is not trusted ({@link NotebookEvaluator} makes it
 * inconclusive) and {@link #tamperReport(Notebook)} names it.
 */
public final class PredictionFreezer {
    /** Prefix of stored hashes, naming the algorithm. */
    public static final String HASH_PREFIX = "sha256:";
    private static final String FORMAT = "lmw-prediction-v1";

    private PredictionFreezer() {
    }

    /**
     * Freezes a prediction now: sets {@code frozenAt} (truncated to milliseconds, as the file stores it) and the
     * content hash.
     *
     * @throws IllegalStateException when it is frozen already
     */
    public static void freeze(Prediction p, Instant now) {
        if (isFrozen(p)) {
            throw new IllegalStateException("prediction v" + p.getVersion() + " is frozen already");
        }
        p.setFrozenAt(new Date(now.toEpochMilli()));
        p.setContentHash(hash(p));
    }

    /** Whether a prediction is frozen (has a freeze time or a hash). */
    public static boolean isFrozen(Prediction p) {
        return p.getFrozenAt() != null || p.getContentHash() != null;
    }

    /** The SHA-256 of the prediction's canonical content, as {@code sha256:<64 hex digits>}. */
    public static String hash(Prediction p) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = digest.digest(canonical(p).getBytes(StandardCharsets.UTF_8));
            return HASH_PREFIX + HexFormat.of().formatHex(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The canonical serialisation that is hashed: one {@code key=value} line per field in a fixed order, text escaped
     * (backslash, newline, carriage return), numbers in Java's round-trip form, absent values as {@code key!}.
     */
    public static String canonical(Prediction p) {
        StringBuilder b = new StringBuilder(FORMAT).append('\n');
        field(b, "statement", p.getStatement());
        field(b, "kind", p.getKind() == null ? null : p.getKind().getLiteral());
        field(b, "metric", p.getMetric());
        query(b, "query", p.getQuery());
        query(b, "comparisonQuery", p.getComparisonQuery());
        field(b, "window", p.getWindow() == null ? null : p.getWindow().getLiteral());
        field(b, "atStep", Long.toString(p.getAtStep()));
        field(b, "lower", Double.toString(p.getLower()));
        field(b, "upper", Double.toString(p.getUpper()));
        field(b, "theory", p.getTheory());
        field(b, "against", p.getAgainst());
        field(b, "direction", p.getDirection() == null ? null : p.getDirection().getLiteral());
        field(b, "confidence", Double.toString(p.getConfidence()));
        field(b, "version", Integer.toString(p.getVersion()));
        field(b, "frozenAt", p.getFrozenAt() == null ? null : Long.toString(p.getFrozenAt().getTime()));
        return b.toString();
    }

    private static void query(StringBuilder b, String name, RunQuery q) {
        if (q == null) {
            field(b, name, null);
            return;
        }
        field(b, name + ".experiment", q.getExperiment());
        StringBuilder tags = new StringBuilder();
        for (String tag : q.getTags()) {
            tags.append(escape(tag)).append('\u001f');
        }
        field(b, name + ".tags", tags.toString());
        StringBuilder sweep = new StringBuilder();
        for (Parameter parameter : q.getSweepValues()) {
            sweep.append(escape(parameter.getKey())).append('\u001e').append(escape(parameter.getValue()))
                    .append('\u001f');
        }
        field(b, name + ".sweepValues", sweep.toString());
    }

    private static void field(StringBuilder b, String key, String value) {
        b.append(key);
        if (value == null) {
            b.append('!');
        } else {
            b.append('=').append(escape(value));
        }
        b.append('\n');
    }

    private static String escape(String text) {
        if (text == null) {
            return "\u0000";
        }
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /**
     * Whether a frozen prediction's content no longer matches its hash, or only half of the freeze is there (a
     * {@code frozenAt} without a hash, or a hash without {@code frozenAt}). An unfrozen prediction is never tampered.
     */
    public static boolean tampered(Prediction p) {
        if (!isFrozen(p)) {
            return false;
        }
        return p.getFrozenAt() == null || p.getContentHash() == null || !hash(p).equals(p.getContentHash());
    }

    /** The latest version of a cell's prediction (its last), or null when the cell has none. */
    public static Prediction latest(PredictionCell cell) {
        return cell.getPredictions().isEmpty() ? null : cell.getPredictions().get(cell.getPredictions().size() - 1);
    }

    /**
     * Appends a new, editable version to a cell: a copy of the latest version with the next version number, not
     * frozen, pending, without evidence (an empty prediction when the cell has none). Earlier versions are untouched.
     *
     * @return the new version, already in the cell
     */
    public static Prediction newVersion(PredictionCell cell) {
        Prediction latest = latest(cell);
        Prediction next;
        if (latest == null) {
            next = LmwFactory.eINSTANCE.createPrediction();
            next.setVersion(1);
        } else {
            next = EcoreUtil.copy(latest);
            int max = 0;
            for (Prediction p : cell.getPredictions()) {
                max = Math.max(max, p.getVersion());
            }
            next.setVersion(max + 1);
        }
        next.setFrozenAt(null);
        next.setContentHash(null);
        next.setVerdict(Verdict.PENDING);
        next.setEvidence(null);
        cell.getPredictions().add(next);
        return next;
    }

    /**
     * One line per tampered prediction version of a notebook, e.g.
     * {@code cell p1 v2 "final accuracy >= 0.88": frozen 2026-11-22T18:00:00Z, content hash mismatch (stored
     * sha256:1a2b3c4d..., content sha256:9f8e7d6c...)}; empty when nothing was tampered with.
     */
    public static List<String> tamperReport(Notebook nb) {
        List<String> lines = new ArrayList<>();
        int index = 0;
        for (Cell cell : nb.getCells()) {
            index++;
            if (!(cell instanceof PredictionCell pc)) {
                continue;
            }
            for (Prediction p : pc.getPredictions()) {
                if (!tampered(p)) {
                    continue;
                }
                String where = "cell " + (cell.getId() != null ? cell.getId() : "#" + index) + " v" + p.getVersion()
                        + " \"" + (p.getStatement() == null ? "" : p.getStatement()) + "\": ";
                String why;
                if (p.getFrozenAt() == null) {
                    why = "content hash without a freeze time";
                } else if (p.getContentHash() == null) {
                    why = "frozen " + p.getFrozenAt().toInstant() + " without a content hash";
                } else {
                    why = String.format(Locale.ROOT, "frozen %s, content hash mismatch (stored %s, content %s)",
                            p.getFrozenAt().toInstant(), shortHash(p.getContentHash()), shortHash(hash(p)));
                }
                lines.add(where + why + "; its verdict is not trusted");
            }
        }
        return lines;
    }

    private static String shortHash(String hash) {
        int keep = HASH_PREFIX.length() + 12;
        return hash.length() > keep ? hash.substring(0, keep) + "..." : hash;
    }
}
