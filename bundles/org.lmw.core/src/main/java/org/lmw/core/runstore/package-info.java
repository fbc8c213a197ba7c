/**
 * The run store: one folder per training run with its descriptor, metric series, checkpoints and artifacts, written
 * crash-safely by the training process and read live by views and sweep queries.
 *
 * <h2>Using it</h2>
 * <ul>
 * <li>{@link org.lmw.core.runstore.RunStore} opens {@code <workspace>/runs/}, creates and lists runs, marks runs left
 * running by a dead process as interrupted ({@code markInterruptedRuns()}, once at start-up), and queries a metric
 * across many runs ({@code summaries}, {@code sweep}: final and best loss against width).</li>
 * <li>{@link org.lmw.core.runstore.RunFolder} is one run's folder: descriptor ({@code run.xmi}, replaced atomically),
 * metrics, {@code checkpoints/step-NNNNNNNNNN/} (staged, then committed by an atomic rename, so
 * {@code latestCheckpoint()} never returns a half-written one), {@code artifacts/}, and the lock file.</li>
 * <li>{@link org.lmw.core.runstore.RunSession} is a run being trained by this process: it holds the run's lock, owns
 * the {@link org.lmw.core.runstore.MetricWriter}, and records the end status and final values.</li>
 * <li>{@link org.lmw.core.runstore.MetricReader} reads series as primitive arrays
 * ({@link org.lmw.core.runstore.MetricSeries}), ranges, the last point and summaries
 * ({@link org.lmw.core.runstore.MetricSummary}) while the writer appends.</li>
 * </ul>
 *
 * <h2>The metrics file, {@code metrics.lmws}</h2>
 * An append-only sequence of checksummed blocks; all numbers little-endian.
 * <pre>
 * file header (16 bytes)   "LMWMETRC", format version (int32 = 1), reserved (int32)
 * block header (96 bytes)  0 magic "LMBK" | 4 CRC32C of bytes 8..95 | 8 type: 1 series, 2 points | 9 flags: bit 0
 *                          monotonic | 12 series id | 16 point count | 20 payload length | 24 CRC32C of the payload |
 *                          32 first step | 40 last step | 48 wall time of the last point | 56 last value |
 *                          64 min | 72 step of min | 80 max | 88 step of max   (min/max ignore NaN)
 * series payload           the metric's name in UTF-8; defines the next series id (ids are dense, in file order)
 * points payload           steps int64[n], wall times int64[n] (ns since the epoch), values float64[n]: columns
 * </pre>
 * <ul>
 * <li><b>Blocks per series, columnar.</b> A series' points are buffered and written as one block of up to 8 192
 * points, so reading one series of many reads only its blocks, and each column is one bulk copy into a
 * {@code long[]} or {@code double[]}.</li>
 * <li><b>Summaries in headers.</b> Last step and value, min and max with their steps: the final and best value of a
 * run come from the headers without reading a point, which makes a query over a whole sweep cheap. The monotonic flag
 * says the block does not rewind the series; a series with a rewind (a step recorded again, a run resumed from an
 * earlier checkpoint) is read point by point, and a later record of a step replaces the earlier ones from that step
 * on.</li>
 * <li><b>Crash safety.</b> Buffered points reach the operating system when a block fills and at least every 250 ms
 * (a background flusher), so a {@code kill -9} loses at most about 250 ms; the file is forced to disk at most once a
 * second and on close, which bounds a power cut's loss without an fsync per block. The header checksum lets a reader
 * trust a header (and its summary) without reading the payload; the payload checksum is checked whenever points are
 * read. A reader stops at the first torn or damaged block, so it returns a prefix of what was written; a writer
 * opening the file verifies every block and cuts a damaged tail off before appending (a tail over 1 MiB, which a torn
 * write cannot produce, is first copied to {@code metrics.lmws.damaged-<time>}).</li>
 * <li><b>Concurrency.</b> One writer per file (the run's lock keeps out a second process); any number of readers, in
 * any process, that take no lock and never block the writer. The run lock is an OS file lock, released by the kernel
 * when the process dies however it dies: a run whose descriptor says running but whose lock is free was
 * interrupted.</li>
 * </ul>
 *
 * <h2>Decided by the numbers</h2>
 * Measured with {@code releng/bench/runstore/run.sh} on the 2-core development machine (Debian 12, JDK 25, local
 * disk, warm page cache, median of 5 after a warm-up). Other sessions' builds kept the load average near 9 on the 2
 * cores, so single numbers moved by up to a factor of 2 between runs; the ratios held. Targets: at least 1 M points/s
 * written, a 1 M-point series read in at most 200 ms, at most 1 s lost to a {@code kill -9}.
 * <pre>
 *                                      lmws (this)   SQLite (WAL, NORMAL)   row log, CRC per record
 * write, 1 series of 1 M points/s       13.0 M          0.32 M                 9.3 M
 * read that series (open + read)        34 ms           469 ms                 38 ms
 * write, 10 series x 1 M, points/s      17.0 M          0.29 M                12.9 M
 * read 1 of those 10 series             28 ms           596 ms                269 ms
 * file size for 1 M points              24.0 MB         30.8 MB               36.0 MB
 * final + best loss of 100 runs          34 ms          2 236 ms              not measured: scans all
 * </pre>
 * The first round in a fresh JVM (class loading, no JIT yet) wrote 3.7 M points/s and read the 1 M points in 47 ms.
 * {@code kill -9} of a process recording three metrics per step: at 2 000 steps/s (no block ever fills, only the
 * flusher writes) the last stored point was a median of 228 ms and at worst 439 ms older than the kill (96 and 248 ms
 * on a quieter run); recording as fast as possible, 8 ms and at worst 9 ms.
 * <p>
 * SQLite (org.xerial:sqlite-jdbc, a WITHOUT ROWID table keyed by series and step, 8 192 rows per transaction) is 25
 * to 60 times slower to write and 14 to 40 times slower to read: a JDBC call per value and a B-tree insert per point
 * cost more than the whole metrics file does, and it would add a 14 MB native dependency. Its strengths, ad-hoc SQL and
 * transactions, are not needed for append-only series with one writer. A row log with a checksum per record writes as
 * fast but must scan and check every record of every series to read one (10 to 17 times slower with 10 series) and
 * is 50 % larger. Hence the columnar block file, which is plain JDK code.
 */
package org.lmw.core.runstore;
