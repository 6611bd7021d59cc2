package mx.observa.samples;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the CSV export of an online questionnaire (Google Forms style, es-MX): "Marca temporal" first, one row per
 * answer, multi-line answers quoted, CRLF records, UTF-8 with a byte order mark.
 */
final class QuestionnaireCsvWriter {

    static final List<String> HEADER = List.of(
            "Marca temporal",
            "Dirección de correo electrónico",
            "Nombre de la persona observadora",
            "Organización (si aplica)",
            "Alcaldía",
            "Distrito local",
            "Unidad territorial",
            "Mesa receptora de opinión",
            "Fecha de la observación",
            "¿A qué hora se instaló la mesa?",
            "Describa las incidencias observadas",
            "Recomendaciones");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("d/M/yyyy H:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    byte[] write(List<SampleReport> answers) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(HEADER);
            for (SampleReport r : answers) {
                csv.printRecord(row(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The answers of one report, with placeholders resolved and the observer's spelling applied. */
    static List<String> row(SampleReport r) {
        Map<String, String> values = ReportComposer.placeholders(r);
        List<String> incidents = new ArrayList<>();
        List<String> recommendations = new ArrayList<>();
        for (SampleFinding f : r.findings()) {
            String text = ReportComposer.resolve(f.text(), values, r.id());
            (f.topics().equals(List.of(Topic.RECOMENDACION)) ? recommendations : incidents).add(text);
        }
        List<String> row = new ArrayList<>();
        row.add(r.submittedAt().format(TIMESTAMP));
        row.add(r.observer().email());
        row.add(r.observer().fullName());
        row.add(r.organization() == null ? "" : r.organization());
        row.add(r.alcaldiaWritten());
        row.add(r.distritoWritten() == null ? "" : r.distritoWritten());
        row.add(r.utClave() == null ? "" : (r.utClave() + (r.utName() == null ? "" : " " + r.utName())));
        row.add(r.mro() == null ? "" : r.mro());
        row.add(r.date() == null ? "" : r.date().format(DATE));
        row.add(r.installedAt() == null ? "" : r.installedAt());
        row.add(String.join("\n", incidents));
        row.add(String.join("\n", recommendations));
        return row.stream().map(r.spelling()::apply).collect(Collectors.toList());
    }

    /** The text of one row as a reader sees it (for phrase checks). */
    static String rowText(SampleReport r) {
        return String.join("\n", row(r));
    }
}
