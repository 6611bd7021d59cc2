package mx.observa.pipeline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import mx.observa.model.RejectedSubmission;

/** Stops reading a stream of unknown length (upload, attachment) once it passes the size limit. */
final class LimitedInputStream extends FilterInputStream {

    private final long max;
    private long count;

    LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        count += n;
        if (count > max) {
            throw new RejectedSubmission("El archivo supera el máximo aceptado de %d MB.".formatted(max / (1024 * 1024)));
        }
    }
}
