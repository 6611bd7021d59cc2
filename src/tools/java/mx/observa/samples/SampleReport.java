package mx.observa.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The content model of one fictional observation report: who, where, when, what was found, and how the observer
 * writes. Build it with {@link #builder(String)}; {@link ReportComposer} lays it out as a document.
 *
 * <p>Texts (opening, findings, closing) may use placeholders that the composer resolves from the fields, so the data
 * woven into free text always agrees with the metadata: {@code {nombre} {org} {tel} {correo} {curp} {domicilio}
 * {acreditacion} {alcaldia} {distrito} {ut} {ut_clave} {ut_nombre} {mro} {fecha} {horario} {instalacion}}.
 */
public final class SampleReport {

    private final String id;
    private final ReportStyle style;
    private final Spelling spelling;
    private final Observer observer;
    private final String organization;
    private final String letterheadLine;
    private final Alcaldia alcaldia;
    private final String alcaldiaWritten;
    private final Integer distrito;
    private final String distritoWritten;
    private final String utClave;
    private final String utName;
    private final String mro;
    private final LocalDate date;
    private final LocalDate writtenOn;
    private final LocalDateTime submittedAt;
    private final String hours;
    private final String installedAt;
    private final String title;
    private final String greeting;
    private final String opening;
    private final String closing;
    private final List<SampleFinding> findings;
    private final String distinctivePhrase;

    private SampleReport(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.style = Objects.requireNonNull(b.style, "style");
        this.spelling = b.spelling;
        this.observer = Objects.requireNonNull(b.observer, "observer");
        this.organization = b.organization;
        this.letterheadLine = b.letterheadLine;
        this.alcaldia = Objects.requireNonNull(b.alcaldia, "alcaldia");
        this.alcaldiaWritten = b.alcaldiaWritten != null ? b.alcaldiaWritten : b.alcaldia.canonicalName();
        this.distrito = b.distrito;
        this.distritoWritten = b.distritoWritten != null ? b.distritoWritten
                : b.distrito != null ? DistritoFormat.PLAIN.format(b.distrito) : null;
        this.utClave = b.utClave;
        this.utName = b.utName;
        this.mro = b.mro;
        this.date = b.date;
        this.writtenOn = b.writtenOn != null ? b.writtenOn : b.date;
        this.submittedAt = Objects.requireNonNull(b.submittedAt, "submittedAt");
        this.hours = b.hours;
        this.installedAt = b.installedAt;
        this.title = b.title;
        this.greeting = b.greeting;
        this.opening = b.opening;
        this.closing = b.closing;
        this.findings = List.copyOf(b.findings);
        this.distinctivePhrase = Objects.requireNonNull(b.distinctivePhrase, "distinctivePhrase");
        if (utClave != null && !utClave.startsWith(alcaldia.clave() + "-")) {
            throw new IllegalArgumentException(id + ": UT " + utClave + " is not in alcaldía " + alcaldia.clave());
        }
        if (distrito != null && (distrito < 1 || distrito > 33)) {
            throw new IllegalArgumentException(id + ": distrito out of range: " + distrito);
        }
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder pre-filled with this report's values, to derive variants (e.g. a resent, corrected copy). */
    public Builder toBuilder(String newId) {
        Builder b = new Builder(newId);
        b.style = style;
        b.spelling = spelling;
        b.observer = observer;
        b.organization = organization;
        b.letterheadLine = letterheadLine;
        b.alcaldia = alcaldia;
        b.alcaldiaWritten = alcaldiaWritten;
        b.distrito = distrito;
        b.distritoWritten = distritoWritten;
        b.utClave = utClave;
        b.utName = utName;
        b.mro = mro;
        b.date = date;
        b.writtenOn = writtenOn;
        b.submittedAt = submittedAt;
        b.hours = hours;
        b.installedAt = installedAt;
        b.title = title;
        b.greeting = greeting;
        b.opening = opening;
        b.closing = closing;
        b.findings.addAll(findings);
        b.distinctivePhrase = distinctivePhrase;
        return b;
    }

    public String id() { return id; }
    public ReportStyle style() { return style; }
    public Spelling spelling() { return spelling; }
    public Observer observer() { return observer; }
    public String organization() { return organization; }
    public String letterheadLine() { return letterheadLine; }
    public Alcaldia alcaldia() { return alcaldia; }
    public String alcaldiaWritten() { return alcaldiaWritten; }
    public Integer distrito() { return distrito; }
    public String distritoWritten() { return distritoWritten; }
    public String utClave() { return utClave; }
    public String utName() { return utName; }
    public String mro() { return mro; }
    public LocalDate date() { return date; }
    public LocalDate writtenOn() { return writtenOn; }
    public LocalDateTime submittedAt() { return submittedAt; }
    public String hours() { return hours; }
    public String installedAt() { return installedAt; }
    public String title() { return title; }
    public String greeting() { return greeting; }
    public String opening() { return opening; }
    public String closing() { return closing; }
    public List<SampleFinding> findings() { return findings; }

    /** The phrase, as the observer wrote it before {@link #spelling()} is applied, that only this report contains. */
    public String distinctivePhrase() { return distinctivePhrase; }

    /** The distinctive phrase as it appears in the rendered text (after the spelling habit is applied). */
    public String renderedDistinctivePhrase() {
        return spelling.apply(distinctivePhrase);
    }

    /** The union of the findings' topics, in taxonomy order. */
    public Set<Topic> topics() {
        Set<Topic> all = new java.util.TreeSet<>();
        findings.forEach(f -> all.addAll(f.topics()));
        return new LinkedHashSet<>(all);
    }

    public static final class Builder {
        private final String id;
        private ReportStyle style = ReportStyle.LETTER;
        private Spelling spelling = Spelling.NORMAL;
        private Observer observer;
        private String organization;
        private String letterheadLine;
        private Alcaldia alcaldia;
        private String alcaldiaWritten;
        private Integer distrito;
        private String distritoWritten;
        private String utClave;
        private String utName;
        private String mro;
        private LocalDate date;
        private LocalDate writtenOn;
        private LocalDateTime submittedAt;
        private String hours;
        private String installedAt;
        private String title;
        private String greeting;
        private String opening;
        private String closing;
        private final List<SampleFinding> findings = new ArrayList<>();
        private String distinctivePhrase;

        private Builder(String id) {
            this.id = id;
        }

        public Builder style(ReportStyle v) { this.style = v; return this; }
        public Builder spelling(Spelling v) { this.spelling = v; return this; }
        public Builder observer(Observer v) { this.observer = v; return this; }
        public Builder organization(String v) { this.organization = v; return this; }
        public Builder letterheadLine(String v) { this.letterheadLine = v; return this; }

        /** The alcaldía, written in its canonical form. */
        public Builder alcaldia(Alcaldia v) { return alcaldia(v, null); }

        /** The alcaldía and how the observer writes it ("GAM", "Alvaro Obregon", ...). */
        public Builder alcaldia(Alcaldia v, String written) {
            this.alcaldia = v;
            this.alcaldiaWritten = written;
            return this;
        }

        /** The distrito local and how the observer writes it ("DD XXIV", "Dtto. Local 24", ...). */
        public Builder distrito(Integer v, String written) {
            this.distrito = v;
            this.distritoWritten = written;
            return this;
        }

        public Builder distrito(int v, DistritoFormat format) {
            return distrito(v, format.format(v));
        }

        public Builder ut(String clave, String name) { this.utClave = clave; this.utName = name; return this; }
        public Builder mro(String v) { this.mro = v; return this; }
        public Builder date(LocalDate v) { this.date = v; return this; }
        public Builder writtenOn(LocalDate v) { this.writtenOn = v; return this; }
        public Builder submittedAt(LocalDateTime v) { this.submittedAt = v; return this; }
        public Builder hours(String v) { this.hours = v; return this; }
        public Builder installedAt(String v) { this.installedAt = v; return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder greeting(String v) { this.greeting = v; return this; }
        public Builder opening(String v) { this.opening = v; return this; }
        public Builder closing(String v) { this.closing = v; return this; }
        public Builder finding(SampleFinding f) { this.findings.add(f); return this; }
        public Builder clearFindings() { this.findings.clear(); return this; }

        public Builder finding(String text, Topic... topics) {
            return finding(SampleFinding.of(text, topics));
        }

        public Builder question(String question, String answer, Topic... topics) {
            return finding(SampleFinding.labelled(question, answer, topics));
        }

        public Builder distinctivePhrase(String v) { this.distinctivePhrase = v; return this; }

        public SampleReport build() {
            return new SampleReport(this);
        }
    }
}
