package mx.observa.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mx.observa.config.ObservaConfig;
import mx.observa.extract.MediaTypeDetection;
import mx.observa.model.Channel;
import mx.observa.pipeline.ContainerKind;

/**
 * The reports a delivered file becomes in the pipeline, found with the pipeline's own code: its media type as the
 * archive detects it ({@link MediaTypeDetection}), and a container unpacked by the unpack route's own
 * {@link ContainerParts} (a mail message into its body and attachments, a questionnaire export into its rows or its
 * one form exported sideways, a ZIP into its entries), nested up to the configured depth. Parts the pipeline
 * quarantines (a row with no answers) are left out: nothing of them is published. {@code observa analyze} reads a
 * file through it, so what it shows is what the pipeline would make of the file, and the privacy tests measure on
 * these parts what the pipeline understands and publishes.
 */
public final class DeliveredReports {

    /** One report as the pipeline processes it: its name, bytes, sender and what was declared for it. */
    public record Piece(String name, byte[] bytes, String sender, Map<String, String> declared) {
    }

    private final MediaTypeDetection detection = MediaTypeDetection.standard();
    private final ContainerParts containers;
    private final int maxDepth;
    private final Path workDir;

    /**
     * With the limits and column names of {@code config}, as the service wires the unpack route; {@code workDir} holds
     * the files a container is unpacked into while it is read.
     */
    public DeliveredReports(ObservaConfig config, Path workDir) {
        this.containers = new ContainerParts(
                new MailSplitter((int) config.getLong("observa.mail.min-body-words"),
                        config.getLong("observa.mail.min-inline-image-kb") * 1024, config.maxAttachments()),
                new CsvRows(CsvColumns.load(config.configDir().resolve("csv-columnas.yaml"))),
                new ZipEntries(workDir.resolve("zip"), config.maxAttachments(), config.maxExpansionRatio(),
                        config.maxUnpackedBytes()));
        this.maxDepth = config.maxContainerDepth();
        this.workDir = workDir;
    }

    /** The reports a file dropped in the inbox becomes (itself, when it is no container). */
    public List<Piece> of(String name, byte[] bytes) {
        List<Piece> out = new ArrayList<>();
        collect(new Piece(name, bytes, null, Map.of()), 0, out);
        return out;
    }

    private void collect(Piece piece, int depth, List<Piece> out) {
        try {
            Files.createDirectories(workDir);
            Path file = Files.createTempFile(workDir, "entregado", ".bin");
            try {
                Files.write(file, piece.bytes());
                String type = detection.of(file, piece.name());
                // as ReceiveStep: nested too deep, a message or an export is read whole as a document
                Optional<ContainerKind> kind = ContainerKind.ofType(type)
                        .filter(k -> depth < maxDepth || k == ContainerKind.ARCHIVE);
                if (kind.isEmpty()) {
                    out.add(piece);
                    return;
                }
                Iterator<Part> parts = containers.open(kind.get(), file, type, piece.name(), Channel.CARPETA, piece.sender(),
                        piece.declared()).parts();
                while (parts.hasNext()) {
                    Part part = parts.next();
                    if (part.problem() == null) {
                        collect(new Piece(part.name(), bytes(part.content()), part.sender(), part.declared()), depth + 1, out);
                    }
                }
                if (parts instanceof java.io.Closeable c) {
                    c.close();
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Object content) throws IOException {
        return content instanceof Path p ? Files.readAllBytes(p) : (byte[]) content;
    }
}
