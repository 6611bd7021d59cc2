package mx.observa.pipeline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import mx.observa.model.RejectedSubmission;

/**
 * Stops reading a stream of unknown length (upload, attachment, entry of a ZIP) once it passes the size limit: the
 * bytes are counted as they are read, whatever the sender declared.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long max;
    private final String reasonEs;
    private long count;

    LimitedInputStream(InputStream in, long max) {
        this(in, max, "El archivo supera el máximo aceptado de %d MB.".formatted(max / (1024 * 1024)));
    }

    /** @param reasonEs what the sender is told when the stream passes {@code max} bytes */
    public LimitedInputStream(InputStream in, long max, String reasonEs) {
        super(in);
        this.max = max;
        this.reasonEs = reasonEs;
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
            throw new RejectedSubmission(reasonEs);
        }
    }
}
