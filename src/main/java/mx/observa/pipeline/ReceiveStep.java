package mx.observa.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;

import mx.observa.archive.Archive;
import mx.observa.archive.Delivery;
import mx.observa.archive.Receipt;
import mx.observa.extract.FileChecks;
import mx.observa.model.Channel;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.ServiceFailure;

/**
 * First step of every channel: take the delivered bytes, refuse what is over the size limit, and archive the rest
 * as received (content hash, folio, journal) before anything else happens; a report that is empty or of a type not
 * accepted is then refused at once (quarantined with its folio).
 * In: body = file (folder), {@link Path}, byte[] or InputStream; headers {@link Headers#SOURCE}, {@link Headers#CHANNEL}.
 * Optional properties: {@link Headers#PARENT}, {@link Headers#DECLARED}, {@link Headers#CONTAINER}, {@link Headers#MAX_BYTES}.
 * Out: property {@link Headers#SUBMISSION}; property {@link Headers#DUPLICATE}; property {@link Headers#UNPACK} when
 * the delivery is a container (new or already received: unpacking again only adds the parts not taken yet);
 * body unchanged.
 */
public final class ReceiveStep {

    private final Archive archive;
    private final long maxBytes;
    private final int maxDepth;

    /**
     * @param maxDepth containers inside containers are unpacked up to this depth (a ZIP inside a ZIP, a message
     *                 forwarded inside a forwarded message); see {@link #containerRule}
     */
    public ReceiveStep(Archive archive, long maxBytes, int maxDepth) {
        this.archive = archive;
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    public void receive(Exchange exchange) throws IOException {
        String source = sourceName(exchange);
        Channel channel = Channel.fromId(exchange.getMessage().getHeader(Headers.CHANNEL, "carpeta", String.class));
        String sender = exchange.getMessage().getHeader(Headers.SENDER, String.class);
        long limit = exchange.getProperty(Headers.MAX_BYTES, maxBytes, Long.class);
        Object body = exchange.getMessage().getBody();
        Path file = asPath(body);
        if (file != null && Files.size(file) > limit) {
            throw new RejectedSubmission("El archivo pesa %d MB y el máximo aceptado es %d MB."
                    .formatted(Files.size(file) / (1024 * 1024), limit / (1024 * 1024)));
        }
        Predicate<String> container = containerRule(exchange);
        Delivery delivery = new Delivery(source, channel, sender, exchange.getProperty(Headers.PARENT, String.class),
                declared(exchange), container);
        Receipt receipt;
        try (InputStream in = file != null ? Files.newInputStream(file)
                : exchange.getContext().getTypeConverter().mandatoryConvertTo(InputStream.class, exchange, body)) {
            receipt = archive.receive(new LimitedInputStream(in, limit), delivery);
        } catch (org.apache.camel.NoTypeConversionAvailableException e) {
            throw new IllegalArgumentException("Cuerpo de mensaje no archivable: " + body.getClass().getName(), e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ServiceFailure("No se pudo archivar el envío.", e); // our disk, not the sender's file
        }
        exchange.setProperty(Headers.SUBMISSION, receipt.submission());
        exchange.setProperty(Headers.DUPLICATE, !receipt.needsProcessing());
        if (container.test(receipt.submission().mediaType())) {
            ContainerKind forced = exchange.getProperty(Headers.CONTAINER, ContainerKind.class);
            if (forced == null && tooDeep(exchange)) {
                // Only an archive gets here (see containerRule). A repeat keeps what its first delivery became.
                if (receipt.needsProcessing()) {
                    throw new RejectedSubmission("El archivo comprimido contiene otros archivos comprimidos anidados en más de "
                            + (maxDepth == 1 ? "un nivel" : maxDepth + " niveles")
                            + ". Envíe los informes en un solo archivo comprimido.");
                }
            } else {
                exchange.setProperty(Headers.UNPACK, forced != null ? forced
                        : ContainerKind.ofType(receipt.submission().mediaType()).orElseThrow());
            }
        }
        if (!receipt.needsProcessing()) {
            exchange.setProperty(Outcome.PROPERTY,
                    new Outcome(Outcome.Kind.DUPLICATE, receipt.submission().folio(), source, null));
        } else if (exchange.getProperty(Headers.UNPACK) == null) {
            // Judged at once, with its folio: an empty file or a type Observa does not read never waits in the journal.
            FileChecks.check(receipt.submission().size(), receipt.submission().mediaType());
        }
    }

    /**
     * A channel that knows it delivers a container says so; otherwise messages, questionnaire exports and archives
     * are containers by their detected type. Nested too deep, a message or an export is read as a document (Tika reads
     * it whole, attachments included); an archive stays a container, so it is never processed as a report, and is
     * quarantined (a ZIP read whole would unpack everything inside it, with no limit).
     */
    private Predicate<String> containerRule(Exchange exchange) {
        if (exchange.getProperty(Headers.CONTAINER) != null) {
            return type -> true;
        }
        boolean tooDeep = tooDeep(exchange);
        return type -> ContainerKind.ofType(type).filter(k -> !tooDeep || k == ContainerKind.ARCHIVE).isPresent();
    }

    private boolean tooDeep(Exchange exchange) {
        return exchange.getProperty(Headers.DEPTH, 0, Integer.class) >= maxDepth;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> declared(Exchange exchange) {
        Map<String, String> declared = exchange.getProperty(Headers.DECLARED, Map.class);
        return declared == null ? Map.of() : declared;
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
