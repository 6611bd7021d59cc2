package mx.observa.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

/**
 * Where deliveries that could not be processed wait for a person: a copy of the bytes and, beside it, a
 * {@code .motivo.txt} that says in Spanish what went wrong. Nothing is deleted here automatically.
 */
public final class Quarantine {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Clock clock;

    public Quarantine(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /**
     * @param folio  the folio when the delivery was archived, else null
     * @param bytes  the delivered bytes, or null when they could not be kept (a stream already consumed)
     * @return the reason file written
     */
    public synchronized Path put(String folio, String source, Path bytes, String reason) {
        try {
            Files.createDirectories(dir);
            String prefix = folio != null ? folio : "SIN-FOLIO-" + STAMP.format(clock.instant());
            String base = prefix + "__" + SourceNames.safeFileName(source);
            if (bytes != null && Files.isRegularFile(bytes)) {
                Path tmp = dir.resolve(base + ".part");
                Files.copy(bytes, tmp, StandardCopyOption.REPLACE_EXISTING);
                Archive.moveAtomically(tmp, dir.resolve(base));
            }
            Path reasonFile = dir.resolve(base + ".motivo.txt");
            String text = """
                    Archivo: %s
                    Folio: %s
                    Fecha: %s
                    Motivo: %s
                    """.formatted(source, folio != null ? folio : "(no se asignó folio)", clock.instant(), reason);
            Files.writeString(reasonFile, text, StandardCharsets.UTF_8);
            return reasonFile;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir en la cuarentena " + dir, e);
        }
    }
}
