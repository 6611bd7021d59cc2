package mx.observa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The last committed state of the index, for commands that run beside the service (search, status, report):
 * readers never block the writer and never see half-written data.
 */
public final class ReadOnlyIndex implements Searchers, AutoCloseable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private ReadOnlyIndex(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the index, or returns null when none was written yet. */
    public static ReadOnlyIndex openIfExists(Path dir) {
        try {
            Directory directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return null;
            }
            return new ReadOnlyIndex(directory, DirectoryReader.open(directory));
        } catch (IndexNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el índice en " + dir
                    + ". Si está dañado, reconstrúyalo con: observa reindex", e);
        }
    }

    @Override
    public IndexSearcher acquire() {
        return searcher;
    }

    @Override
    public void release(IndexSearcher s) {
        // one reader for this object's lifetime
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
