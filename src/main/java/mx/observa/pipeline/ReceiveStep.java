package mx.observa.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;

import mx.observa.archive.Archive;
import mx.observa.archive.Receipt;
import mx.observa.model.Channel;
import mx.observa.model.RejectedSubmission;

/**
 * First step of every channel: take the delivered bytes, refuse what is over the size limit, and archive the rest
 * as received (content hash, folio, journal) before anything else happens.
 * In: body = file (folder), {@link Path}, byte[] or InputStream; headers {@link Headers#SOURCE}, {@link Headers#CHANNEL}.
 * Out: property {@link Headers#SUBMISSION}; property {@link Headers#DUPLICATE}; body unchanged.
 */
public final class ReceiveStep {

    private final Archive archive;
    private final long maxBytes;

    public ReceiveStep(Archive archive, long maxBytes) {
        this.archive = archive;
        this.maxBytes = maxBytes;
    }

    public void receive(Exchange exchange) throws IOException {
        String source = sourceName(exchange);
        Channel channel = Channel.fromId(exchange.getMessage().getHeader(Headers.CHANNEL, "carpeta", String.class));
        String sender = exchange.getMessage().getHeader(Headers.SENDER, String.class);
        Object body = exchange.getMessage().getBody();
        Path file = asPath(body);
        if (file != null && Files.size(file) > maxBytes) {
            throw new RejectedSubmission("El archivo pesa %d MB y el máximo aceptado es %d MB."
                    .formatted(Files.size(file) / (1024 * 1024), maxBytes / (1024 * 1024)));
        }
        Receipt receipt;
        try (InputStream in = file != null ? Files.newInputStream(file)
                : exchange.getContext().getTypeConverter().mandatoryConvertTo(InputStream.class, exchange, body)) {
            receipt = archive.receive(new LimitedInputStream(in, maxBytes), source, channel, sender);
        } catch (org.apache.camel.NoTypeConversionAvailableException e) {
            throw new IllegalArgumentException("Cuerpo de mensaje no archivable: " + body.getClass().getName(), e);
        }
        exchange.setProperty(Headers.SUBMISSION, receipt.submission());
        exchange.setProperty(Headers.DUPLICATE, !receipt.needsProcessing());
        if (!receipt.needsProcessing()) {
            exchange.setProperty(Outcome.PROPERTY,
                    new Outcome(Outcome.Kind.DUPLICATE, receipt.submission().folio(), source, null));
        }
    }

    static String sourceName(Exchange exchange) {
        String source = exchange.getMessage().getHeader(Headers.SOURCE, String.class);
        if (source == null) {
            source = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        }
        return source;
    }

    static Path asPath(Object body) {
        if (body instanceof GenericFile<?> gf && gf.getFile() instanceof File f) {
            return f.toPath();
        }
        if (body instanceof File f) {
            return f.toPath();
        }
        if (body instanceof Path p) {
            return p;
        }
        return null;
    }
}
