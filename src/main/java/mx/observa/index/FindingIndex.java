package mx.observa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import mx.observa.model.Report;

/**
 * The Lucene index of findings, owned by one process: the only {@link IndexWriter}, and a near-real-time
 * {@link SearcherManager} so searches in the same process see new reports without reopening the directory.
 * Derived data: it can always be rebuilt from the archive ({@code observa reindex}).
 */
public final class FindingIndex implements Searchers, IndexWrites, AutoCloseable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final IndexSchema schema;

    private FindingIndex(Directory directory, IndexWriter writer, IndexSchema schema) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.schema = schema;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens (or creates) the index for writing.
     *
     * @throws IndexBusyException when another process already writes it
     */
    public static FindingIndex open(Path dir, Analyzer analyzer, IndexSchema schema) {
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(true);
            try {
                verifyReadable(directory);
                return new FindingIndex(directory, new IndexWriter(directory, config), schema);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new IndexBusyException(dir);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw new DamagedIndexException(dir, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo abrir el índice en " + dir
                    + ". Si está dañado, reconstrúyalo con: observa reindex", e);
        }
    }

    /** How many findings are indexed (committed or not). */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /** Opens every segment once, so damaged files are found now rather than in the middle of a search. */
    private static void verifyReadable(Directory directory) throws IOException {
        if (org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
            try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
                reader.leaves().forEach(leaf -> leaf.reader().numDocs());
            }
        }
    }

    @Override
    public void replace(ReviewedReport reviewed) {
        Report report = reviewed.automatic();
        try {
            writer.updateDocuments(new Term(IndexSchema.FOLIO, report.folio()), schema.documents(reviewed));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo indexar el folio " + report.folio(), e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo confirmar el índice", e);
        }
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo actualizar la vista de búsqueda del índice", e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Borrow a searcher; give it back with {@link #release(IndexSearcher)}. It sees the last {@link #commit()} or
     * {@link #refresh()}: a search never reopens the reader (which would flush the writer into a tiny segment per
     * search during ingest).
     */
    @Override
    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo cerrar el índice", e);
        }
    }
}
