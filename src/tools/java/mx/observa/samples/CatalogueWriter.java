package mx.observa.samples;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes catalogo.csv: UTF-8 without BOM, comma separated, LF line ends, quoted only when needed. */
final class CatalogueWriter {

    static final String FILE_NAME = "catalogo.csv";

    byte[] write(List<CatalogueEntry> entries) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(CatalogueEntry.HEADER);
            for (CatalogueEntry e : entries) {
                csv.printRecord(e.toRecord());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
