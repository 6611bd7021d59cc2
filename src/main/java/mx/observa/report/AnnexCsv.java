package mx.observa.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The annex of findings as CSV: one row per counted finding, texts redacted. UTF-8 with a byte-order mark so
 * spreadsheet programs show accents right; RFC 4180 quoting; topics as ids separated by "|".
 */
final class AnnexCsv {

    static final String FILE = "anexo-hallazgos.csv";
    static final List<String> HEADER = List.of("folio", "hallazgo", "canal", "alcaldia", "distrito", "ut", "mro",
            "fecha_jornada", "fecha_recepcion", "temas", "tipo", "texto");

    private AnnexCsv() {
    }

    static byte[] render(List<PublishedFinding> findings) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (PublishedFinding f : findings) {
                csv.printRecord(f.folio(), f.number(), f.channel(), blank(f.alcaldia()), f.distrito() == null ? "" : f.distrito(),
                        blank(f.ut()), blank(f.mro()), f.date() == null ? "" : f.date().toString(), f.received().toString(),
                        String.join("|", f.topics()), f.kind() == null ? "" : f.kind().id(), Quotes.clean(f.text()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
