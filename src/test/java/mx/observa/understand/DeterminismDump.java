package mx.observa.understand;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.tika.Tika;

import mx.observa.config.ObservaConfig;
import mx.observa.index.IndexSchema;
import mx.observa.intake.MailSplitter;
import mx.observa.intake.Part;
import mx.observa.model.Channel;
import mx.observa.model.Report;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.report.Redactor;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The child of {@link UnderstandingDeterminismIT}: understands and redacts every file of the folders it is given, in
 * name order, and prints all of it (metadata, findings with kinds, topics and evidence, personal data, redacted text).
 * Two runs of it in two JVMs must print the same bytes.
 */
public final class DeterminismDump {

    private DeterminismDump() {
    }

    public static void main(String[] args) throws Exception {
        ReportUnderstander understander = new ReportUnderstander(ObservaConfig.load(Path.of(".")), new FoldingSpanishAnalyzer());
        Redactor redactor = new Redactor(understander::detection);
        Tika tika = new Tika();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                // the reports are numbered ("07_…"); the labels and the README beside them are not
                files = s.filter(p -> p.getFileName().toString().matches("\\d.*")).sorted().toList();
            }
            for (Path file : files) {
                dump(out, understander, redactor, tika, dir + "/" + file.getFileName(), file.getFileName().toString(),
                        Files.readAllBytes(file), null, Map.of());
            }
        }
        out.flush();
    }

    /**
     * One file as the pipeline takes it: a mail message split into its parts, each knowing its sender and the people the
     * headers name (what is known of a person before the text is read: their redaction depends on it).
     */
    private static void dump(PrintStream out, ReportUnderstander understander, Redactor redactor, Tika tika, String label,
                             String name, byte[] bytes, String sender, Map<String, String> declared) throws Exception {
        if (name.endsWith(".eml")) {
            Path tmp = Files.createTempFile("determinismo", ".eml");
            Files.write(tmp, bytes);
            for (Part part : new MailSplitter(25, 20_000, 50).split(tmp, Channel.CARPETA, sender, declared).parts()) {
                dump(out, understander, redactor, tika, label + " › " + part.name(), part.name(), (byte[]) part.content(),
                        part.sender(), part.declared());
            }
            Files.delete(tmp);
            return;
        }
        String text = utf8(bytes);
        if (text == null) {
            text = tika.parseToString(new ByteArrayInputStream(bytes), new org.apache.tika.metadata.Metadata());
        }
        Submission s = new Submission("OBS-2022-000001", "0", Channel.CARPETA, Instant.EPOCH, name, bytes.length,
                "text/plain", sender, null, declared);
        Understanding u = understander.understand(text, name, KnownPersonalData.of(s.senderPersonalData()), s.namedPeople());
        KnownPersonalData known = redactor.known(IndexSchema.personalData(new Report(s, name, "text/plain", text, u, null)), name);
        out.println("=== " + label);
        out.println(u.metadata());
        u.findings().forEach(out::println);
        u.personalData().forEach(out::println);
        out.println(redactor.redact(text, known));
        out.println(redactor.redact(FileNames.spaced(name), known));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
