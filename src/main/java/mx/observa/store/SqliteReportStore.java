package mx.observa.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.sqlite.SQLiteConfig;

import mx.observa.archive.Folios;
import mx.observa.model.Report;

/**
 * The report store as one SQLite database, {@code data/store/informes.db}: one row per report, keyed by the folio's
 * number (so the table's own order is arrival order and reading it in order needs no sort), with the report as JSON
 * ({@link ReportRecord}) and the few columns a count needs.
 *
 * <p>Why SQLite rather than one JSON file per report: a transaction writes many reports with one sync of its log, so
 * concurrent pipeline threads share the wait for the disk as they do for the journal's; a report is either wholly in
 * the table or not at all after a crash; commands in other processes ({@code status}, {@code report}) read a
 * consistent snapshot while the service writes (write-ahead log); reading 100,000 reports in order is one cursor, not
 * 100,000 file opens and a sort; and analysts' reviews (issue #18) can be rows of their own that a transaction
 * writes together with what they correct. The file format is stable, documented and readable with the {@code sqlite3}
 * tool ({@code json_extract} reads inside the records).
 *
 * <p>Durability follows the journal's group commit: {@link #put} adds the row to the transaction that is open, then
 * waits for a commit (write-ahead log synced to disk, {@code synchronous=FULL}) that covers it; one commit covers
 * every report added while the previous one was syncing. Only the process holding the data lock writes.
 */
public final class SqliteReportStore implements ReportStore {

    /** The database file inside the store folder. */
    public static final String FILE = "informes.db";
    /** Version of the tables ({@code PRAGMA user_version}); a new table (reviews) is a new version with its migration. */
    static final int SCHEMA = 1;

    private static final String CREATE = """
            CREATE TABLE IF NOT EXISTS informes (
              numero    INTEGER PRIMARY KEY,  -- the folio's running number: arrival order
              folio     TEXT NOT NULL UNIQUE,
              sha256    TEXT NOT NULL,         -- the archived original
              hallazgos INTEGER NOT NULL,      -- how many findings (counted without reading the record)
              formato   INTEGER NOT NULL,      -- version of the record's layout (ReportRecord.FORMAT)
              entendido TEXT NOT NULL,         -- when it was understood (ISO-8601, UTC)
              informe   TEXT NOT NULL          -- the report as JSON (ReportRecord)
            )""";
    /** An update in place (not a delete and insert), so rows that will refer to a report (reviews) stay attached. */
    private static final String UPSERT = """
            INSERT INTO informes (numero, folio, sha256, hallazgos, formato, entendido, informe)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (numero) DO UPDATE SET folio = excluded.folio, sha256 = excluded.sha256,
              hallazgos = excluded.hallazgos, formato = excluded.formato, entendido = excluded.entendido,
              informe = excluded.informe""";

    /** A transaction being filled; {@code done} once committed or failed (guarded by the flush lock). */
    private static final class Batch {
        private boolean done;
        private StoreException failure;
    }

    private final Path file;
    private final Clock clock;
    /** The one writing connection (null for a reader); used under this object's monitor. */
    private final Connection writer;
    private final Object flushLock = new Object();
    private Batch open;
    /** Connection for single reads (get, counts), opened on first use; used under {@link #readLock}. */
    private final Object readLock = new Object();
    private Connection reader;

    private SqliteReportStore(Path file, Connection writer, Clock clock) {
        this.file = file;
        this.writer = writer;
        this.clock = clock;
    }

    /** Opens (creating it) the store of the process that holds the data lock. */
    public static SqliteReportStore open(Path dir, Clock clock) {
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            Connection writer = connect(file);
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
                int version = userVersion(st);
                if (version > SCHEMA) {
                    writer.close();
                    throw new IllegalStateException("El almacén de informes " + file + " es de una versión más nueva de "
                            + "Observa (esquema " + version + "; esta versión conoce hasta " + SCHEMA + "): actualice Observa.");
                }
                st.execute(CREATE);
                st.execute("PRAGMA user_version=" + SCHEMA);
            }
            return new SqliteReportStore(file, writer, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo crear el almacén de informes en " + dir, e);
        } catch (SQLException e) {
            throw new StoreException("No se pudo abrir el almacén de informes " + file, e);
        }
    }

    /**
     * The store for commands that only read, beside a running service or not: they see what was committed when each
     * read starts. A store not created yet reads as empty.
     */
    public static SqliteReportStore openForReading(Path dir) {
        return new SqliteReportStore(dir.resolve(FILE), null, Clock.systemUTC());
    }

    @Override
    public void put(Report report) {
        putAll(java.util.List.of(report));
    }

    @Override
    public void putAll(Iterable<Report> reports) {
        Batch batch;
        synchronized (this) {
            batch = openBatch();
            try (PreparedStatement st = writer.prepareStatement(UPSERT)) {
                for (Report report : reports) {
                    upsert(st, report);
                }
            } catch (SQLException e) {
                throw new StoreException("No se pudo guardar en el almacén de informes.", e);
            }
        }
        awaitCommit(batch);
    }

    /** One report into the open transaction; a failure undoes this statement only, not the others of the batch. */
    private void upsert(PreparedStatement st, Report report) {
        try {
            st.setLong(1, number(report.folio()));
            st.setString(2, report.folio());
            st.setString(3, report.submission().sha256());
            st.setInt(4, report.findings().size());
            st.setInt(5, ReportRecord.FORMAT);
            st.setString(6, clock.instant().toString());
            st.setString(7, ReportRecord.write(report));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("No se pudo guardar el informe " + report.folio() + " en el almacén de informes.", e);
        }
    }

    @Override
    public boolean delete(String folio) {
        Batch batch;
        int deleted;
        synchronized (this) {
            batch = openBatch();
            try (PreparedStatement st = writer.prepareStatement("DELETE FROM informes WHERE folio = ?")) {
                st.setString(1, folio);
                deleted = st.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("No se pudo borrar el informe " + folio + " del almacén de informes.", e);
            }
        }
        awaitCommit(batch);
        return deleted > 0;
    }

    /** The transaction the next write joins (begun if none is open). Called under this object's monitor. */
    private Batch openBatch() {
        if (writer == null) {
            throw new IllegalStateException("Almacén de informes abierto solo para lectura");
        }
        if (open == null) {
            try (Statement st = writer.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            } catch (SQLException e) {
                throw new StoreException("No se pudo escribir en el almacén de informes.", e);
            }
            open = new Batch();
        }
        return open;
    }

    /**
     * Returns once the transaction holding the caller's write is committed. Commits happen in order under the flush
     * lock, so a batch not yet done is the one still open: the first of its writers to get here commits it for all.
     */
    private void awaitCommit(Batch batch) {
        synchronized (flushLock) {
            if (!batch.done) {
                synchronized (this) {
                    try (Statement st = writer.createStatement()) {
                        st.execute("COMMIT");
                    } catch (SQLException e) {
                        batch.failure = new StoreException("No se pudo confirmar el almacén de informes.", e);
                        rollbackQuietly();
                    }
                    batch.done = true;
                    open = null;
                }
            }
        }
        if (batch.failure != null) {
            throw batch.failure;
        }
    }

    private void rollbackQuietly() {
        try (Statement st = writer.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException alreadyRolledBack) {
            // SQLite rolls back by itself on some failures; the batch is reported failed either way
        }
    }

    @Override
    public Optional<Report> get(String folio) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT formato, informe FROM informes WHERE folio = ?")) {
                st.setString(1, folio);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(ReportRecord.read(folio, rs.getInt(1), rs.getString(2))) : Optional.empty();
                }
            }
        }, Optional.empty());
    }

    @Override
    public Set<String> folios() {
        return read(c -> {
            Set<String> folios = new HashSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT folio FROM informes")) {
                while (rs.next()) {
                    folios.add(rs.getString(1));
                }
            }
            return folios;
        }, Set.of());
    }

    @Override
    public long count() {
        return read(c -> single(c, "SELECT count(*) FROM informes"), 0L);
    }

    @Override
    public long findingCount() {
        return read(c -> single(c, "SELECT coalesce(sum(hallazgos), 0) FROM informes"), 0L);
    }

    @Override
    public Stream<Report> stream() {
        if (!Files.exists(file)) {
            return Stream.empty();
        }
        Connection c = null;
        try {
            c = connect(file);
            PreparedStatement st = c.prepareStatement("SELECT folio, formato, informe FROM informes ORDER BY numero");
            ResultSet rs = st.executeQuery();
            Connection owned = c;
            Spliterator<Report> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                    Spliterator.ORDERED | Spliterator.NONNULL) {
                @Override
                public boolean tryAdvance(Consumer<? super Report> action) {
                    try {
                        if (!rs.next()) {
                            return false;
                        }
                        action.accept(ReportRecord.read(rs.getString(1), rs.getInt(2), rs.getString(3)));
                        return true;
                    } catch (SQLException e) {
                        throw new StoreException("No se pudo leer el almacén de informes.", e);
                    }
                }
            };
            return StreamSupport.stream(rows, false).onClose(() -> closeQuietly(owned));
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("No se pudo leer el almacén de informes.", e);
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T from(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> query, T whenAbsent) {
        synchronized (readLock) {
            if (reader == null && !Files.exists(file)) {
                return whenAbsent;
            }
            try {
                if (reader == null) {
                    reader = connect(file);
                }
                return query.from(reader);
            } catch (SQLException e) {
                throw new StoreException("No se pudo leer el almacén de informes.", e);
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int userVersion(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Folios are numbered once for the whole data folder: the number alone identifies the report and orders it. */
    private static long number(String folio) {
        long n = Folios.number(folio);
        if (n <= 0) {
            throw new IllegalArgumentException("Folio sin número: " + folio);
        }
        return n;
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // a reader waits for a writer's commit (and the writer for a checkpoint) instead of failing at once
        config.setBusyTimeout(30_000);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a connection that only read: nothing to lose
            }
        }
    }

    @Override
    public void close() {
        synchronized (readLock) {
            closeQuietly(reader);
            reader = null;
        }
        synchronized (this) {
            // a transaction still open belongs to a put that has not returned: it claims nothing and is rolled back
            closeQuietly(writer);
        }
    }
}
