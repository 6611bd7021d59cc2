package mx.observa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import mx.observa.config.ObservaConfig;
import mx.observa.extract.Extraction;
import mx.observa.extract.TextExtractor;
import mx.observa.model.Finding;
import mx.observa.model.PersonalData;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Understanding;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.ReportUnderstander;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", description = "Extrae y analiza un archivo sin indexarlo: metadatos, hallazgos con su tipo "
        + "y sus temas (con las palabras que los justifican), texto ilegible y datos personales detectados.",
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
        Extraction extraction;
        try (TextExtractor extractor = new TextExtractor(config)) {
            extraction = extractor.extract(file, file.getFileName().toString());
        }
        Understanding u = new ReportUnderstander(config, new FoldingSpanishAnalyzer())
                .understand(extraction.text(), file.getFileName().toString());
        Map<String, Object> body = contract(file.getFileName().toString(), extraction, u);
        if (json) {
            Output.json(spec.commandLine().getOut(), body);
        } else {
            printText(spec.commandLine().getOut(), body, u);
        }
        return 0;
    }

    /** The JSON contract of {@code observa analyze FILE --json}; absent values are null. */
    static Map<String, Object> contract(String source, Extraction extraction, Understanding u) {
        ReportMetadata m = u.metadata();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", source);
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
