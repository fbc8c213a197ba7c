// Benchmark of the run store's metrics file against SQLite and a per-record-checksum log; prints, asserts nothing.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.MetricSeries;
import org.lmw.core.runstore.MetricSummary;
import org.lmw.core.runstore.MetricWriter;

/**
 * Measures the three candidate stores for metric series on the same work, each with the same durability rule (points
 * handed to the operating system at least every 8 192 points per series, forced to disk on close):
 *
 * <ul>
 * <li>{@code lmws}: the run store's metrics file (columnar blocks per series, CRC32C per block, header summaries);
 * <li>{@code sqlite}: SQLite through org.xerial:sqlite-jdbc, WAL journal, synchronous=NORMAL, a WITHOUT ROWID table
 * keyed by (series, step), one transaction per 8 192 points;
 * <li>{@code rowlog}: an append-only log of single records, each with its own length and CRC32C (the TFRecord kind).
 * </ul>
 *
 * <p>Usage: {@code java -cp ... RunStoreBenchmark WORK_FOLDER [quick]}; or {@code child FILE STEPS_PER_S} (used
 * internally for the kill -9 measurement).
 */
public final class RunStoreBenchmark {
    private static final int POINTS = 1_000_000;
    private static final int BATCH = 8_192;
    private static final long WALL_BASE = 1_700_000_000_000_000_000L;

    private RunStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 1 && args[0].equals("child")) {
            child(Path.of(args[1]), Long.parseLong(args[2]));
            return;
        }
        Path work = Path.of(args[0]);
        boolean quick = args.length > 1 && args[1].equals("quick");
        int trials = quick ? 2 : 5;
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "run store benchmark: %d trials, median reported; %s, %d cores, Java %s%n",
                trials, System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        // The first round in a fresh JVM also measures class loading and JIT compilation: shown apart, then warmed up.
        Result cold = measure(Store.LMWS, work, 1, POINTS, 1);
        System.out.printf(Locale.ROOT, "first lmws round in this JVM (cold): write %,.0f points/s, read %.1f ms%n",
                cold.writePointsPerSecond(), cold.readMillis());
        for (Store store : Store.values()) {
            measure(store, work, 1, POINTS / 5, 2);
        }

        System.out.println();
        System.out.println("1. One series of 1 M points: write (points/s, close and fsync included), then open + read");
        List<Result> single = new ArrayList<>();
        for (Store store : Store.values()) {
            single.add(measure(store, work, 1, POINTS, trials));
        }
        printTable(single);

        System.out.println();
        System.out.println("2. Training-like: 10 series recorded in turn, 1 M points each (10 M in a file); read one");
        List<Result> interleaved = new ArrayList<>();
        for (Store store : Store.values()) {
            interleaved.add(measure(store, work, 10, POINTS, quick ? 1 : 3));
        }
        printTable(interleaved);

        System.out.println();
        int runs = quick ? 20 : 100;
        System.out.printf(Locale.ROOT,
                "3. Sweep query: final and best loss of %d runs (3 series x 100 000 points each)%n", runs);
        sweep(work, runs);

        System.out.println();
        System.out.println("4. kill -9 of a child JVM recording 3 metrics per step: age of the last stored point");
        killLoss(work, 2_000, quick ? 2 : 5);
        killLoss(work, 0, quick ? 2 : 5);
        deleteTree(work);
    }

    enum Store {
        LMWS, SQLITE, ROWLOG
    }

    record Result(Store store, double writePointsPerSecond, double readMillis, long bytes, int readPoints) {
    }

    static double valueAt(long step, int series) {
        return Math.exp(-step * 1e-6) + series * 0.001;
    }

    private static Result measure(Store store, Path work, int series, int pointsPerSeries, int trials)
            throws Exception {
        double[] writeRates = new double[trials];
        double[] readTimes = new double[trials];
        long bytes = 0;
        int readPoints = 0;
        for (int trial = 0; trial < trials; trial++) {
            Path file = work.resolve(store.name().toLowerCase(Locale.ROOT) + "-" + series + "-" + trial);
            deleteTree(file);
            long start = System.nanoTime();
            switch (store) {
            case LMWS -> writeLmws(file, series, pointsPerSeries);
            case SQLITE -> writeSqlite(file, series, pointsPerSeries);
            case ROWLOG -> writeRowLog(file, series, pointsPerSeries);
            }
            long written = System.nanoTime() - start;
            writeRates[trial] = (double) series * pointsPerSeries / (written / 1e9);
            bytes = sizeOf(file);
            String metric = "metric-" + (series - 1);
            start = System.nanoTime();
            double[] values = switch (store) {
            case LMWS -> readLmws(file, metric);
            case SQLITE -> readSqlite(file, metric);
            case ROWLOG -> readRowLog(file, metric);
            };
            readTimes[trial] = (System.nanoTime() - start) / 1e6;
            readPoints = values.length;
            if (values.length != pointsPerSeries || values[values.length - 1] != valueAt(pointsPerSeries - 1,
                    series - 1)) {
                throw new IllegalStateException(store + " read back wrong data: " + values.length + " points");
            }
            deleteTree(file);
        }
        return new Result(store, median(writeRates), median(readTimes), bytes, readPoints);
    }

    private static void printTable(List<Result> results) {
        Result lmws = results.get(0);
        System.out.printf(Locale.ROOT, "   %-7s %16s %14s %12s %14s %12s%n", "store", "write points/s", "read ms",
                "file MB", "write vs lmws", "read vs lmws");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "   %-7s %,16.0f %14.1f %12.1f %13.2fx %11.2fx%n",
                    r.store().name().toLowerCase(Locale.ROOT), r.writePointsPerSecond(), r.readMillis(),
                    r.bytes() / 1e6, lmws.writePointsPerSecond() / r.writePointsPerSecond(),
                    r.readMillis() / lmws.readMillis());
        }
        System.out.println("   (\"vs lmws\": how many times faster lmws is)");
    }

    // ---------------------------------------------------------------- lmws

    private static void writeLmws(Path file, int series, int points) throws IOException {
        try (MetricWriter writer = MetricWriter.open(file)) {
            MetricWriter.Series[] handles = new MetricWriter.Series[series];
            for (int s = 0; s < series; s++) {
                handles[s] = writer.series("metric-" + s);
            }
            for (int step = 0; step < points; step++) {
                for (int s = 0; s < series; s++) {
                    handles[s].record(step, WALL_BASE + step * 1_000L, valueAt(step, s));
                }
            }
        }
    }

    private static double[] readLmws(Path file, String metric) throws IOException {
        try (MetricReader reader = MetricReader.open(file)) {
            MetricSeries series = reader.read(metric);
            return series.values();
        }
    }

    // ---------------------------------------------------------------- SQLite

    private static Connection openSqlite(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=NORMAL");
        }
        return connection;
    }

    private static void writeSqlite(Path file, int series, int points) throws SQLException {
        try (Connection connection = openSqlite(file)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE series(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)");
                statement.execute("CREATE TABLE points(series INTEGER NOT NULL, step INTEGER NOT NULL, "
                        + "wall INTEGER NOT NULL, value REAL, PRIMARY KEY(series, step)) WITHOUT ROWID");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement define = connection.prepareStatement("INSERT INTO series VALUES(?, ?)")) {
                for (int s = 0; s < series; s++) {
                    define.setInt(1, s);
                    define.setString(2, "metric-" + s);
                    define.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection
                    .prepareStatement("INSERT OR REPLACE INTO points VALUES(?, ?, ?, ?)")) {
                int pending = 0;
                for (int step = 0; step < points; step++) {
                    for (int s = 0; s < series; s++) {
                        insert.setInt(1, s);
                        insert.setLong(2, step);
                        insert.setLong(3, WALL_BASE + step * 1_000L);
                        insert.setDouble(4, valueAt(step, s));
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            connection.commit();
                            pending = 0;
                        }
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            try (Statement statement = connection.createStatement()) {
                // Like the metrics file's close: everything forced to disk before "done".
                statement.execute("PRAGMA wal_checkpoint(FULL)");
            }
        }
    }

    private static double[] readSqlite(Path file, String metric) throws SQLException {
        try (Connection connection = openSqlite(file);
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM points WHERE series = (SELECT id FROM series WHERE name = ?)");
                PreparedStatement select = connection.prepareStatement("SELECT step, wall, value FROM points "
                        + "WHERE series = (SELECT id FROM series WHERE name = ?) ORDER BY step")) {
            count.setString(1, metric);
            int n;
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                n = rows.getInt(1);
            }
            long[] steps = new long[n];
            long[] walls = new long[n];
            double[] values = new double[n];
            select.setString(1, metric);
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                int i = 0;
                while (rows.next()) {
                    steps[i] = rows.getLong(1);
                    walls[i] = rows.getLong(2);
                    values[i] = rows.getDouble(3);
                    i++;
                }
            }
            return values;
        }
    }

    // ---------------------------------------------------------------- row log with a CRC per record

    private static final int ROW_BYTES = 4 + 4 + 4 + 8 + 8 + 8;

    private static void writeRowLog(Path file, int series, int points) throws IOException {
        Files.createDirectories(file);
        try (FileChannel channel = FileChannel.open(file.resolve("log"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(BATCH * ROW_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            CRC32C crc = new CRC32C();
            for (int step = 0; step < points; step++) {
                for (int s = 0; s < series; s++) {
                    int start = buffer.position();
                    buffer.putInt(ROW_BYTES - 8).putInt(0).putInt(s).putLong(step).putLong(WALL_BASE + step * 1_000L)
                            .putDouble(valueAt(step, s));
                    crc.reset();
                    crc.update(buffer.duplicate().position(start + 8).limit(start + ROW_BYTES));
                    buffer.putInt(start + 4, (int) crc.getValue());
                    if (!buffer.hasRemaining()) {
                        buffer.flip();
                        while (buffer.hasRemaining()) {
                            channel.write(buffer);
                        }
                        buffer.clear();
                    }
                }
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static double[] readRowLog(Path file, String metric) throws IOException {
        // Series names would live in a dictionary record; the benchmark knows the id from the name.
        int wanted = Integer.parseInt(metric.substring(metric.indexOf('-') + 1));
        long[] steps = new long[1 << 16];
        long[] walls = new long[1 << 16];
        double[] values = new double[1 << 16];
        int n = 0;
        try (FileChannel channel = FileChannel.open(file.resolve("log"), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(4 << 20).order(ByteOrder.LITTLE_ENDIAN);
            CRC32C crc = new CRC32C();
            while (channel.read(buffer) > 0 || buffer.position() > 0) {
                buffer.flip();
                while (buffer.remaining() >= ROW_BYTES) {
                    int start = buffer.position();
                    int checksum = buffer.getInt(start + 4);
                    crc.reset();
                    crc.update(buffer.duplicate().position(start + 8).limit(start + ROW_BYTES));
                    if ((int) crc.getValue() != checksum) {
                        throw new IOException("damaged record at " + start);
                    }
                    if (buffer.getInt(start + 8) == wanted) {
                        if (n == steps.length) {
                            steps = Arrays.copyOf(steps, n * 2);
                            walls = Arrays.copyOf(walls, n * 2);
                            values = Arrays.copyOf(values, n * 2);
                        }
                        steps[n] = buffer.getLong(start + 12);
                        walls[n] = buffer.getLong(start + 20);
                        values[n] = buffer.getDouble(start + 28);
                        n++;
                    }
                    buffer.position(start + ROW_BYTES);
                }
                buffer.compact();
                if (buffer.position() > 0 && channel.position() == channel.size()) {
                    break;
                }
            }
        }
        return Arrays.copyOf(values, n);
    }

    // ---------------------------------------------------------------- sweep query

    private static void sweep(Path work, int runs) throws Exception {
        Path lmwsRuns = work.resolve("sweep-lmws");
        Path sqliteRuns = work.resolve("sweep-sqlite");
        Files.createDirectories(lmwsRuns);
        Files.createDirectories(sqliteRuns);
        for (int run = 0; run < runs; run++) {
            try (MetricWriter writer = MetricWriter.open(lmwsRuns.resolve("run-" + run + ".lmws"))) {
                for (int step = 0; step < 100_000; step++) {
                    writer.record(step, "loss", valueAt(step, run));
                    writer.record(step, "accuracy", 1 - valueAt(step, run));
                    writer.record(step, "grad_norm", 0.5);
                }
            }
            try (Connection connection = openSqlite(sqliteRuns.resolve("run-" + run + ".db"))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE series(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)");
                    statement.execute("CREATE TABLE points(series INTEGER NOT NULL, step INTEGER NOT NULL, "
                            + "wall INTEGER NOT NULL, value REAL, PRIMARY KEY(series, step)) WITHOUT ROWID");
                    statement.execute("INSERT INTO series VALUES(0, 'loss'), (1, 'accuracy'), (2, 'grad_norm')");
                }
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO points VALUES(?, ?, ?, ?)")) {
                    for (int step = 0; step < 100_000; step++) {
                        for (int s = 0; s < 3; s++) {
                            insert.setInt(1, s);
                            insert.setLong(2, step);
                            insert.setLong(3, step);
                            insert.setDouble(4, s == 0 ? valueAt(step, run) : s == 1 ? 1 - valueAt(step, run) : 0.5);
                            insert.addBatch();
                        }
                        if (step % 3_000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                connection.commit();
            }
        }
        double[] lmwsTimes = new double[5];
        double[] sqliteTimes = new double[5];
        for (int trial = 0; trial < 5; trial++) {
            long start = System.nanoTime();
            double total = 0;
            for (int run = 0; run < runs; run++) {
                try (MetricReader reader = MetricReader.open(lmwsRuns.resolve("run-" + run + ".lmws"))) {
                    MetricSummary summary = reader.summary("loss");
                    total += summary.finalValue() + summary.best(MetricSummary.Goal.MINIMIZE);
                }
            }
            lmwsTimes[trial] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            double sqliteTotal = 0;
            for (int run = 0; run < runs; run++) {
                try (Connection connection = openSqlite(sqliteRuns.resolve("run-" + run + ".db"));
                        Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT (SELECT value FROM points WHERE series = 0 "
                                + "ORDER BY step DESC LIMIT 1), (SELECT min(value) FROM points WHERE series = 0)")) {
                    rows.next();
                    sqliteTotal += rows.getDouble(1) + rows.getDouble(2);
                }
            }
            sqliteTimes[trial] = (System.nanoTime() - start) / 1e6;
            if (Math.abs(total - sqliteTotal) > 1e-9 * Math.abs(total)) {
                throw new IllegalStateException("the stores disagree: " + total + " vs " + sqliteTotal);
            }
        }
        System.out.printf(Locale.ROOT, "   lmws    %8.1f ms (block headers only)%n", median(lmwsTimes));
        System.out.printf(Locale.ROOT, "   sqlite  %8.1f ms (last row by key, min() over the series)%n",
                median(sqliteTimes));
        System.out.printf(Locale.ROOT, "   ratio   %8.2fx faster with lmws%n", median(sqliteTimes) / median(lmwsTimes));
        deleteTree(lmwsRuns);
        deleteTree(sqliteRuns);
    }

    // ---------------------------------------------------------------- kill -9

    private static void killLoss(Path work, long stepsPerSecond, int trials) throws Exception {
        double[] losses = new double[trials];
        long[] kept = new long[trials];
        for (int trial = 0; trial < trials; trial++) {
            Path file = work.resolve("killed-" + trial + ".lmws");
            Files.deleteIfExists(file);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    RunStoreBenchmark.class.getName(), "child", file.toString(), Long.toString(stepsPerSecond))
                    .redirectErrorStream(true).start();
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = output.readLine();
            if (!"RUNNING".equals(line)) {
                throw new IllegalStateException("the child did not start: " + line);
            }
            // Kill at a moment unrelated to the flush period.
            Thread.sleep(1_000 + (long) (Math.random() * 500));
            Instant now = Instant.now();
            long killedAt = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            try (MetricReader reader = MetricReader.open(file)) {
                MetricSeries loss = reader.read("loss");
                losses[trial] = (killedAt - loss.wallTimesNanos()[loss.size() - 1]) / 1e6;
                kept[trial] = loss.size();
            }
            Files.deleteIfExists(file);
        }
        double worst = Arrays.stream(losses).max().orElseThrow();
        System.out.printf(Locale.ROOT,
                "   %-22s lost: median %.1f ms, worst %.1f ms of %d kills (steps kept, median %,d)%n",
                stepsPerSecond == 0 ? "as fast as possible" : stepsPerSecond + " steps/s", median(losses), worst,
                trials, (long) median(Arrays.stream(kept).asDoubleStream().toArray()));
    }

    /** The killed child: records three series like a training loop until it is killed. */
    private static void child(Path file, long stepsPerSecond) throws IOException {
        MetricWriter writer = MetricWriter.open(file);
        MetricWriter.Series loss = writer.series("loss");
        MetricWriter.Series accuracy = writer.series("accuracy");
        MetricWriter.Series gradNorm = writer.series("grad_norm");
        long started = System.nanoTime();
        for (long step = 0;; step++) {
            loss.record(step, 1.0 / (step + 1));
            accuracy.record(step, step * 1e-9);
            gradNorm.record(step, 0.5);
            if (step == 100) {
                writer.flush();
                System.out.println("RUNNING");
                System.out.flush();
            }
            if (stepsPerSecond > 0) {
                long wait = started + (step + 1) * 1_000_000_000L / stepsPerSecond - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long sizeOf(Path path) throws IOException {
        long total = 0;
        for (Path sibling : siblings(path)) {
            total += Files.size(sibling);
        }
        return total;
    }

    /** The path itself if it is a folder's files, or the SQLite database with its -wal and -shm files. */
    private static List<Path> siblings(Path path) throws IOException {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).forEach(found::add);
            }
            return found;
        }
        for (String suffix : new String[] { "", "-wal", "-shm" }) {
            Path candidate = path.resolveSibling(path.getFileName() + suffix);
            if (Files.isRegularFile(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static void deleteTree(Path root) throws IOException {
        for (String suffix : new String[] { "", "-wal", "-shm", "-journal" }) {
            Path path = root.resolveSibling(root.getFileName() + suffix);
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
