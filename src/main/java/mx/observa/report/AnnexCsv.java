package mx.observa.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

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

    /** Writes the annex into a file, one row per finding as the findings stream by. */
    static final class Writer implements Consumer<PublishedFinding>, Closeable {

        private final CSVPrinter csv;

        Writer(Path file) throws IOException {
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write('\uFEFF');
            this.csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
        }

        @Override
        public void accept(PublishedFinding f) {
            try {
                csv.printRecord(f.folio(), f.number(), f.channel(), blank(f.alcaldia()), f.distrito() == null ? "" : f.distrito(),
                        blank(f.ut()), blank(f.mro()), f.date() == null ? "" : f.date().toString(), f.received().toString(),
                        String.join("|", f.topics()), f.kind() == null ? "" : f.kind().id(), Quotes.clean(f.text()));
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo escribir " + FILE, e);
            }
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    /** A row of the annex as the HTML lists it. */
    record Row(String folio, int number, String alcaldia, List<String> topics, String text) {

        String anchor() {
            return PublishedFinding.anchor(folio, number);
        }
    }

    /** The first {@code limit} rows of a written annex, read one at a time as they are iterated. */
    static ItemReader<Row> rows(Path file, long limit) {
        return ItemReader.open(file, f -> Files.newBufferedReader(f, StandardCharsets.UTF_8), in -> {
            if (in.read() != '\uFEFF') {
                throw new IllegalStateException(FILE + " sin marca de orden de bytes: no lo escribió Observa");
            }
            Iterator<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).iterator();
            long[] read = {0};
            return () -> read[0]++ >= limit || !records.hasNext() ? null : row(records.next());
        });
    }

    private static Row row(CSVRecord r) {
        String topics = r.get("temas");
        return new Row(r.get("folio"), Integer.parseInt(r.get("hallazgo")),
                r.get("alcaldia").isEmpty() ? null : r.get("alcaldia"),
                topics.isEmpty() ? List.of() : List.of(topics.split("\\|")), r.get("texto"));
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
