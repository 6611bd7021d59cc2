package mx.observa.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import mx.observa.model.Channel;
import mx.observa.model.Finding;
import mx.observa.model.PersonalData;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;

/**
 * Reports with an explicit understanding (alcaldía, distrito, date, findings with topics and evidence), for tests of
 * facets and filters that must not depend on the understanding rules of the moment.
 */
public final class ReportFixtures {

    private final String folio;
    private final List<Finding> findings = new ArrayList<>();
    private String alcaldia;
    private Integer distrito;
    private LocalDate date;
    private Channel channel = Channel.CARPETA;
    private Instant received = Instant.parse("2022-06-15T16:00:00Z");
    private String source;
    private String duplicateOf;
    private String ut;
    private String mro;
    private final List<String> personal = new ArrayList<>();
    private String header;

    private ReportFixtures(String folio) {
        this.folio = folio;
        this.source = folio.toLowerCase() + ".txt";
    }

    public static ReportFixtures report(String folio) {
        return new ReportFixtures(folio);
    }

    public ReportFixtures in(String alcaldia, Integer distrito) {
        this.alcaldia = alcaldia;
        this.distrito = distrito;
        return this;
    }

    /** The unidad territorial (clave) and the mesa ({@code MRO-NN}) the report is about. */
    public ReportFixtures at(String utClave, String mesa) {
        this.ut = utClave;
        this.mro = mesa;
        return this;
    }

    public ReportFixtures observedOn(String isoDate) {
        this.date = LocalDate.parse(isoDate);
        return this;
    }

    public ReportFixtures via(Channel c) {
        this.channel = c;
        return this;
    }

    public ReportFixtures receivedAt(String isoInstant) {
        this.received = Instant.parse(isoInstant);
        return this;
    }

    public ReportFixtures source(String name) {
        this.source = name;
        return this;
    }

    public ReportFixtures duplicateOf(String firstFolio) {
        this.duplicateOf = firstFolio;
        return this;
    }

    /** A finding; {@code topicsAndWords} alternate topic id and the words that placed it there. */
    public ReportFixtures finding(String text, String... topicsAndWords) {
        Map<String, List<String>> evidence = new java.util.TreeMap<>();
        for (int i = 0; i + 1 < topicsAndWords.length; i += 2) {
            evidence.put(topicsAndWords[i], List.of(topicsAndWords[i + 1]));
        }
        findings.add(Finding.of(findings.size() + 1, text, evidence));
        return this;
    }

    /** Lines the report's text starts with that are no finding (its title, its place lines). */
    public ReportFixtures header(String lines) {
        this.header = lines;
        return this;
    }

    /** A name (or other personal string) the report's understanding found; it must be in the report's text. */
    public ReportFixtures personal(String text) {
        personal.add(text);
        return this;
    }

    /** A finding of kind incidencia (see {@link #finding}). */
    public ReportFixtures incident(String text, String... topicsAndWords) {
        finding(text, topicsAndWords);
        Finding f = findings.remove(findings.size() - 1);
        findings.add(Finding.of(f.number(), f.text(), f.evidence(), mx.observa.model.FindingKind.INCIDENCIA, List.of()));
        return this;
    }

    public Report build() {
        String body = String.join("\n\n", findings.stream().map(Finding::text).toList());
        String text = header == null ? body : header + "\n\n" + body;
        Submission s = new Submission(folio, sha256(folio + text), channel, received, source,
                text.length(), "text/plain", null);
        ReportMetadata meta = new ReportMetadata(null, null, alcaldia, distrito, ut, null, mro, date, null);
        List<PersonalData> found = personal.stream()
                .map(p -> new PersonalData("nombre", p, text.indexOf(p), text.indexOf(p) + p.length())).toList();
        return new Report(s, source, "text/plain", text, new Understanding(meta, List.copyOf(findings), found), duplicateOf);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
