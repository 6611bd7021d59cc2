package mx.observa.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The items of a written file, read one at a time as they are iterated (a template's {@code @for} over a listing of
 * 100,000 rows holds one row): the file is closed after the last item, or by {@link #close} when the iteration stops
 * early.
 */
final class ItemReader<T> implements Iterator<T>, Closeable {

    /** Reads the next item; null when there is none. */
    @FunctionalInterface
    interface Source<T> {
        T next() throws IOException;
    }

    /** A step that may fail reading. */
    @FunctionalInterface
    interface IoFunction<A, B> {
        B apply(A a) throws IOException;
    }

    /**
     * Opens {@code file} with {@code open}, then {@code start} finds where its items begin and says how to read each;
     * what was opened is closed when that fails, else after the last item.
     */
    static <R extends Closeable, T> ItemReader<T> open(Path file, IoFunction<Path, R> open, IoFunction<R, Source<T>> start) {
        R resource;
        try {
            resource = open.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + file, e);
        }
        try {
            return new ItemReader<>(file, resource, start.apply(resource));
        } catch (IOException | RuntimeException e) {
            try {
                resource.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io ? new UncheckedIOException("No se pudo leer " + file, io) : (RuntimeException) e;
        }
    }

    private final Path file;
    private final Closeable resource;
    private final Source<T> source;
    private T next;
    private boolean closed;

    private ItemReader(Path file, Closeable resource, Source<T> source) {
        this.file = file;
        this.resource = resource;
        this.source = source;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !closed) {
            try {
                next = source.next();
            } catch (IOException e) {
                close();
                throw new UncheckedIOException("No se pudo leer " + file, e);
            }
            if (next == null) {
                close();
            }
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = next;
        next = null;
        return item;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                resource.close();
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo cerrar " + file, e);
            }
        }
    }
}
