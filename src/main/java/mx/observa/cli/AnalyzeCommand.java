package mx.observa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import mx.observa.config.ObservaConfig;
import mx.observa.extract.Extraction;
import mx.observa.extract.TextExtractor;
import mx.observa.intake.Alcaldias;
import mx.observa.intake.DeclaredMetadata;
import mx.observa.intake.DeliveredReports;
import mx.observa.model.Channel;
import mx.observa.model.Finding;
import mx.observa.model.PersonalData;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.KnownPersonalData;
import mx.observa.understand.ReportUnderstander;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", description = "Extrae y analiza un archivo sin indexarlo, como lo leería la canalización (un "
        + "correo en su cuerpo y sus adjuntos, un CSV en sus filas o en su único formulario, un ZIP en sus archivos): "
        + "metadatos, hallazgos con su tipo y sus temas (con las palabras que los justifican), texto ilegible y datos "
        + "personales detectados.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n", parameterListHeading = "%nParámetros:%n")
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARCHIVO", description = "El informe a analizar.")
    Path file;

    @Option(names = "--json", description = "Imprime el análisis en JSON (el contrato de 'observa analyze').")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("Error: no existe el archivo " + file);
            return 1;
        }
        ObservaConfig config = parent.storage.config();
        String name = file.getFileName().toString();
        List<Map<String, Object>> reports = new ArrayList<>();
        List<Understanding> understood = new ArrayList<>();
        Path work = null;
        try (TextExtractor extractor = new TextExtractor(config)) {
            work = Files.createTempDirectory("observa-analyze");
            // the file as the pipeline reads it: a message its body and attachments, a questionnaire export its rows or
            // its one form exported sideways, a ZIP its entries; any other file is one report
            byte[] bytes = Files.readAllBytes(file);
            List<DeliveredReports.Piece> pieces = new DeliveredReports(config, work).of(name, bytes);
            ReportUnderstander understander = new ReportUnderstander(config, new FoldingSpanishAnalyzer());
            DeclaredMetadata declared = new DeclaredMetadata(Alcaldias.configured(config), Clock.systemDefaultZone());
            // the file itself is the report (no container): read as it is, no part named
            boolean whole = pieces.size() == 1 && java.util.Arrays.equals(pieces.get(0).bytes(), bytes);
            for (DeliveredReports.Piece piece : pieces) {
                Path part = whole ? file : Files.write(Files.createTempFile(work, "parte", ".bin"), piece.bytes());
                Extraction extraction = extractor.extract(part, piece.name());
                Submission s = new Submission(null, null, Channel.CARPETA, Instant.now(), piece.name(), piece.bytes().length,
                        extraction.mediaType(), piece.sender(), null, piece.declared());
                // as the pipeline's UnderstandStep: what the delivery says is personal, and what the sender declared
                Understanding u = understander.understand(extraction.text(), piece.name(),
                        KnownPersonalData.of(s.senderPersonalData()), s.namedPeople());
                u = new Understanding(merged(declared, u, s), u.findings(), u.personalData());
                understood.add(u);
                reports.add(contract(name, whole ? null : piece.name(), extraction, u));
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("Error: no se pudo leer " + file + ": " + e.getMessage());
            return 1;
        } finally {
            deleteTemporary(work);
        }
        if (reports.isEmpty()) {
            spec.commandLine().getErr().println("Error: " + file + " no trae ningún informe que la canalización procese.");
            return 1;
        }
        if (json) {
            Output.json(spec.commandLine().getOut(), reports.size() == 1 ? reports.get(0) : several(name, reports));
        } else {
            for (int i = 0; i < reports.size(); i++) {
                if (reports.size() > 1) {
                    spec.commandLine().getOut().printf("%s── Informe %d de %d: %s ──%n", i == 0 ? "" : System.lineSeparator(),
                            i + 1, reports.size(), reports.get(i).get("part"));
                }
                printText(spec.commandLine().getOut(), reports.get(i), understood.get(i));
            }
        }
        return 0;
    }

    /**
     * What the sender declared wins, as in the pipeline. A declared value the pipeline would refuse (it quarantines the
     * report) is said on the error output and left out, so the rest of the analysis is still shown.
     */
    private ReportMetadata merged(DeclaredMetadata declared, Understanding u, Submission s) {
        try {
            return declared.merge(u.metadata(), s);
        } catch (RejectedSubmission e) {
            spec.commandLine().getErr().println("Aviso: la canalización pondría en cuarentena " + s.sourceName() + ": "
                    + e.getMessage());
            return u.metadata();
        }
    }

    /** A file that holds several reports (an export's rows, a message's attachments): the contract of each. */
    private static Map<String, Object> several(String source, List<Map<String, Object>> reports) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", source);
        json.put("reports", reports);
        return json;
    }

    /** The temporary folder the file was unpacked into; one left behind is said, as the analysis itself is done. */
    private void deleteTemporary(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            spec.commandLine().getErr().println("Aviso: no se pudo borrar la carpeta temporal " + dir + ": " + e.getMessage());
        }
    }

    /**
     * The JSON contract of {@code observa analyze FILE --json} for one report; absent values are null.
     *
     * @param part the report's name inside the file when the file is a container (a row, an attachment), else null
     */
    static Map<String, Object> contract(String source, String part, Extraction extraction, Understanding u) {
        ReportMetadata m = u.metadata();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", source);
        json.put("part", part);
        json.put("format", extraction.mediaType());
        json.put("text_chars", extraction.text().length());
        json.put("observer", m.observer());
        json.put("organization", m.organization());
        json.put("alcaldia", m.alcaldia());
        json.put("distrito", m.distrito());
        json.put("ut", m.ut());
        json.put("ut_name", m.utName());
        json.put("mro", m.mro());
        json.put("date", m.date() == null ? null : m.date().toString());
        json.put("channel_hint", m.channelHint());
        json.put("ocr", extraction.ocr());
        json.put("truncated", extraction.truncated());
        json.put("truncation", extraction.note());
        json.put("topics", u.topics());
        json.put("findings", u.findings().stream().map(AnalyzeCommand::finding).toList());
        json.put("pii", u.personalData().stream().map(PersonalData::text).distinct().toList());
        json.put("text", extraction.text());
        return json;
    }

    private static void printText(java.io.PrintWriter out, Map<String, Object> body, Understanding u) {
        for (String key : List.of("source", "format", "text_chars", "observer", "alcaldia", "distrito", "ut", "mro", "date",
                "channel_hint", "topics")) {
            out.printf("%-13s %s%n", key + ":", body.get(key) == null ? "—" : body.get(key));
        }
        for (Finding f : u.findings()) {
            out.printf("%n[%d] %s%n    tipo:  %s%n    temas: %s%n", f.number(), f.text(),
                    f.illegible() ? "texto ilegible (OCR)" : f.kind().label() + (f.kindEvidence().isEmpty() ? "" : " " + f.kindEvidence()),
                    f.evidence().isEmpty() ? "—" : f.evidence());
        }
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", f.text());
        json.put("kind", f.kind().id());
        json.put("kind_evidence", f.kindEvidence());
        json.put("illegible", f.illegible());
        json.put("topics", f.topics());
        json.put("evidence", f.evidence().values().stream().flatMap(List::stream).distinct().toList());
        json.put("evidence_by_topic", f.evidence());
        return json;
    }
}
