package mx.observa.index;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import mx.observa.archive.Json;
import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.text.Folding;

/**
 * The one place that says how a finding becomes a Lucene document. One document per finding, carrying its
 * report's fields, so a hit is a passage an analyst can read and every filter applies to it directly.
 *
 * <ul>
 *   <li>{@code id}, {@code folio}: keyword (StringField), stored; {@code folio} is the update key, so re-indexing a
 *       report replaces all its findings atomically ({@code updateDocuments}). {@code folio} also has sorted doc
 *       values: the tie-break of the date sort (folios grow with arrival).</li>
 *   <li>{@code hallazgo} (the finding's number): stored, a point (number 1 marks one document per report, so report
 *       counts are facet counts over those documents) and numeric doc values (order inside a report).</li>
 *   <li>{@code text}: full text with the shared Spanish folding analyzer, stored (snippets, report view) and with
 *       offsets in the postings so the UnifiedHighlighter does not re-analyze.</li>
 *   <li>{@code tema}, {@code tipo} (the finding's kind: incidencia, conforme, buena_practica, recomendacion,
 *       contexto), {@code alcaldia}, {@code canal}, {@code distrito}: keyword fields for exact filters, plus
 *       sorted-set doc values facets for counts. Keyword values are folded (no accents, lower case) so a filter typed
 *       "alvaro obregon" matches; the display value is stored separately.</li>
 *   <li>{@code fecha} (the day observed, from the report's text): epoch day as a point (range filters), numeric doc
 *       values (sort by date, and range facet counts by month or day), stored as ISO text.</li>
 *   <li>{@code recibido_dia}: the day the report arrived (Mexico City time), a facet only: the dashboard's time
 *       axis.</li>
 *   <li>{@code envio}: folio of the message, CSV export or form post the report came with; keyword, stored, so an
 *       analyst can list everything that arrived together.</li>
 *   <li>{@code ilegible}: keyword "si" on a passage that is not language (OCR noise, a broken encoding), so it can
 *       be left out of counts; absent otherwise.</li>
 *   <li>{@code datos_personales}: what is known to be personal in the report (the personal data found in its text,
 *       the observer, the sender, the declared name and e-mail), stored only, on every document of the report, so
 *       that whatever shows a piece of it to the commission can redact every occurrence.</li>
 *   <li>{@code ut}, {@code mro}: keyword, stored: the unidad territorial clave and the mesa ({@code MRO-NN}) a query
 *       can name as a filter.</li>
 *   <li>{@code grupo}: the folio of the first delivery of the report (its own, or the one it is a near-duplicate of);
 *       keyword and sorted doc values, so a search by report shows the deliveries of one report once.</li>
 *   <li>Everything else (source name, format, sha256 of the original, evidence of topics and kind, why the text is
 *       incomplete…) is stored only: shown, never searched. The sha256 is how an authorized user downloads the original from the
 *       archive.</li>
 * </ul>
 */
public final class IndexSchema {

    public static final String ID = "id";
    public static final String FOLIO = "folio";
    public static final String NUMBER = "hallazgo";
    public static final String TEXT = "text";
    public static final String SOURCE = "source";
    public static final String FORMAT = "format";
    public static final String CHANNEL = "canal";
    public static final String ALCALDIA = "alcaldia";
    public static final String ALCALDIA_DISPLAY = "alcaldia_nombre";
    public static final String DISTRITO = "distrito";
    public static final String UT = "ut";
    public static final String MRO = "mro";
    public static final String DATE = "fecha";
    public static final String TOPIC = "tema";
    public static final String EVIDENCE = "evidencia";
    /** The finding's kind (a {@link mx.observa.model.FindingKind} id): keyword and facet, like {@link #TOPIC}. */
    public static final String KIND = "tipo";
    public static final String KIND_EVIDENCE = "tipo_evidencia";
    /** "si" on a finding that is not language; absent otherwise. */
    public static final String ILLEGIBLE = "ilegible";
    public static final String RECEIVED = "recibido";
    public static final String DUPLICATE_OF = "duplicado_de";
    public static final String SHA256 = "sha256";
    /** Facet dimension only: the day of arrival. */
    public static final String RECEIVED_DAY = "recibido_dia";
    public static final String PARENT = "envio";
    /** The report a finding belongs to, counting near-duplicates as one: the first delivery's folio. */
    public static final String GROUP = "grupo";
    /** Why the report's text is incomplete (a limit left part unread); stored only, absent when the text is whole. */
    public static final String TRUNCATION = "texto_incompleto";
    /** What is known to be personal in the report (stored only): see {@link #personalData}. */
    public static final String PERSONAL_DATA = "datos_personales";

    /** Tags people gave the finding: keyword and facet (absent when none). */
    public static final String TAG = "etiqueta";
    /**
     * Stored only, on a finding whose reviewed values differ from what Observa understood: the automatic alcaldía,
     * distrito, UT, mesa, date, kind and topics as JSON, so readers of the index get the automatic values back and
     * lay the reviews over them (the indexed, stored and faceted fields hold the reviewed ones).
     */
    public static final String AUTOMATIC = "automatico";

    /** Facet dimensions an analyst filters on (the same names as the keyword fields). */
    public static final String[] FACETS = {TOPIC, KIND, ALCALDIA, DISTRITO, CHANNEL, TAG};

    /** Days are Mexico City days: a report received at 23:30 on 1 May belongs to 1 May. */
    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets = new FacetsConfig();

    public IndexSchema() {
        facets.setMultiValued(TOPIC, true);
        facets.setMultiValued(TAG, true);
    }

    public FacetsConfig facetsConfig() {
        return facets;
    }

    /** The documents of one report, one per finding, ready for {@code updateDocuments(folio)}. */
    public List<Document> documents(Report report) {
        return documents(ReviewedReport.none(report));
    }

    /**
     * The documents of one report as people reviewed it: filtered, counted and shown by the reviewed values, with the
     * automatic ones kept in {@link #AUTOMATIC} where they differ.
     */
    public List<Document> documents(ReviewedReport reviewed) {
        Report report = reviewed.automatic();
        List<Finding> shown = reviewed.values().findings();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            try {
                docs.add(facets.build(document(report, report.findings().get(i), reviewed, shown.get(i))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return docs;
    }

    private Document document(Report report, Finding automatic, ReviewedReport reviewed, Finding finding) {
        ReportMetadata meta = reviewed.values().metadata();
        Document doc = new Document();
        doc.add(new StringField(ID, report.folio() + "#" + finding.number(), Field.Store.YES));
        doc.add(new StringField(FOLIO, report.folio(), Field.Store.YES));
        doc.add(new SortedDocValuesField(FOLIO, new BytesRef(report.folio())));
        doc.add(new StoredField(NUMBER, finding.number()));
        doc.add(new IntPoint(NUMBER, finding.number()));
        doc.add(new NumericDocValuesField(NUMBER, finding.number()));
        doc.add(new Field(TEXT, finding.text(), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(SOURCE, report.source()));
        doc.add(new StoredField(FORMAT, report.format()));
        doc.add(new StoredField(SHA256, report.submission().sha256()));
        doc.add(new StoredField(RECEIVED, report.submission().receivedAt().toString()));
        doc.add(new SortedSetDocValuesFacetField(RECEIVED_DAY,
                report.submission().receivedAt().atZone(ZONE).toLocalDate().toString()));
        keyword(doc, CHANNEL, report.submission().channel().id());
        if (meta.alcaldia() != null) {
            // Filter on the folded key; count and show the canonical name with accents.
            doc.add(new StringField(ALCALDIA, key(meta.alcaldia()), Field.Store.NO));
            doc.add(new StoredField(ALCALDIA_DISPLAY, meta.alcaldia()));
            doc.add(new SortedSetDocValuesFacetField(ALCALDIA, meta.alcaldia()));
        }
        if (meta.distrito() != null) {
            doc.add(new IntPoint(DISTRITO, meta.distrito()));
            doc.add(new StoredField(DISTRITO, meta.distrito()));
            doc.add(new SortedSetDocValuesFacetField(DISTRITO, Integer.toString(meta.distrito())));
        }
        if (meta.ut() != null) {
            doc.add(new StringField(UT, meta.ut(), Field.Store.YES));
        }
        if (meta.mro() != null) {
            doc.add(new StringField(MRO, meta.mro(), Field.Store.YES));
        }
        String group = report.duplicateOf() != null ? report.duplicateOf() : report.folio();
        doc.add(new StringField(GROUP, group, Field.Store.NO));
        doc.add(new SortedDocValuesField(GROUP, new BytesRef(group)));
        if (meta.date() != null) {
            long day = meta.date().toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            doc.add(new StoredField(DATE, meta.date().toString()));
        }
        for (String topic : finding.topics()) {
            keyword(doc, TOPIC, topic);
        }
        String kind = reviewed.rejected().contains(finding.number()) ? ReviewedReport.NOT_A_FINDING : finding.kind().id();
        keyword(doc, KIND, kind);
        for (String tag : reviewed.tags().getOrDefault(finding.number(), List.of())) {
            keyword(doc, TAG, tag);
        }
        java.util.Map<String, Object> understood = automatic(report.metadata(), automatic, automatic.kind().id());
        if (!understood.equals(automatic(meta, finding, kind))) {
            doc.add(new StoredField(AUTOMATIC, json(understood)));
        }
        if (finding.illegible()) {
            doc.add(new StringField(ILLEGIBLE, "si", Field.Store.YES));
        }
        try {
            // why Observa decided what it did: the automatic finding's evidence, whatever a person changed
            doc.add(new StoredField(EVIDENCE, Json.MAPPER.writeValueAsString(automatic.evidence())));
            doc.add(new StoredField(KIND_EVIDENCE, Json.MAPPER.writeValueAsString(automatic.kindEvidence())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (report.duplicateOf() != null) {
            doc.add(new StringField(DUPLICATE_OF, report.duplicateOf(), Field.Store.YES));
        }
        if (report.submission().parent() != null) {
            doc.add(new StringField(PARENT, report.submission().parent(), Field.Store.YES));
        }
        if (report.truncation() != null) {
            doc.add(new StoredField(TRUNCATION, report.truncation()));
        }
        for (String personal : personalData(report)) {
            doc.add(new StoredField(PERSONAL_DATA, personal));
        }
        return doc;
    }

    /** The values of a finding and its report that a review may change, as {@link #AUTOMATIC} keeps them. */
    private static java.util.Map<String, Object> automatic(ReportMetadata meta, Finding f, String kind) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put(ALCALDIA, meta.alcaldia());
        m.put(DISTRITO, meta.distrito());
        m.put(UT, meta.ut());
        m.put(MRO, meta.mro());
        m.put(DATE, meta.date() == null ? null : meta.date().toString());
        m.put(KIND, kind);
        m.put(TOPIC, f.topics());
        return m;
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The distinct personal strings of a report: every personal-data span found in its text, the observer, and
     * what its delivery says about who sent it (sender address, declared name, e-mail and accreditation).
     */
    public static java.util.Set<String> personalData(Report report) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        report.understanding().personalData().forEach(p -> all.add(p.text()));
        if (report.metadata().observer() != null && !report.metadata().observer().isBlank()) {
            all.add(report.metadata().observer().strip());
        }
        all.addAll(report.submission().senderPersonalData());
        return all;
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    /** A tag as it is indexed and filtered: lower case, single spaces ("Revisar  con Jurídico" → "revisar con jurídico"). */
    public static String tag(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("es-MX"));
    }

    /** The folded form under which keyword values are indexed and filtered ("Álvaro Obregón" → "alvaro obregon"). */
    public static String key(String value) {
        return Folding.fold(value).toLowerCase(Locale.ROOT).strip();
    }

    public static LocalDate dateOf(String stored) {
        return stored == null ? null : LocalDate.parse(stored);
    }
}
