package mx.observa.intake;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import mx.observa.model.Channel;
import mx.observa.pipeline.ContainerKind;

/**
 * The reports inside a container file, one place for the unpack route and for whoever must know what the route makes
 * of a file (the privacy tests measure what the pipeline publishes, so they split a delivery exactly as it does): a
 * mail message into its body and attachments, a questionnaire export into its rows or its one form, a ZIP into its
 * entries. A web form's or the API's post carries its parts already and is no file to open.
 */
public final class ContainerParts {

    /** The parts of one container, and the notes for its sender (a cover note not taken as a report…). */
    public record Opened(Iterator<Part> parts, List<String> notes) {
    }

    private final MailSplitter mail;
    private final CsvRows csv;
    private final ZipEntries zip;

    public ContainerParts(MailSplitter mail, CsvRows csv, ZipEntries zip) {
        this.mail = mail;
        this.csv = csv;
        this.zip = zip;
    }

    /**
     * @param kind      what the container is, as the receive step detected it ({@link ContainerKind#POST} is refused)
     * @param mediaType its detected media type (an Outlook message is split by its own reader)
     * @param name      its file name, which names a CSV's rows
     * @return the parts, to be closed when they are {@link java.io.Closeable} (a CSV's rows, a ZIP's entries)
     */
    public Opened open(ContainerKind kind, Path file, String mediaType, String name, Channel channel, String sender,
                       Map<String, String> declared) {
        return switch (kind) {
            case MESSAGE -> {
                MailSplitter.Split split = mediaType.startsWith(ContainerKind.OUTLOOK)
                        ? mail.splitOutlook(file, channel, sender, declared)
                        : mail.split(file, channel, sender, declared);
                yield new Opened(split.parts().iterator(), split.notes());
            }
            case CSV -> new Opened(csv.rows(file, name, sender), List.of());
            case ARCHIVE -> new Opened(zip.entries(file, channel, sender, declared), List.of());
            case POST -> throw new IllegalArgumentException("Un envío de formulario trae sus partes; no es un archivo que abrir.");
        };
    }
}
