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
 * The one place that says how a finding becomes a document, in either backend: {@link #FIELDS} describes every field
 * once and {@link #values} computes them for a report; the embedded index turns them into Lucene fields here
 * ({@link #documents}), the OpenSearch backend into its mapping and JSON documents. One document per finding, carrying
 * its report's fields, so a hit is a passage an analyst can read and every filter applies to it directly.
 *
 * <ul>
 *   <li>{@code id}, {@code folio}: keyword (StringField), stored; {@code folio} is the update key, so re-indexing a
 *       report replaces all its findings atomically ({@code updateDocuments}). {@code folio} also has sorted doc
 *       values: the tie-break of the date sort (folios grow with arrival).</li>
 *   <li>{@code hallazgo} (the finding's number): stored, a point (number 1 marks one document per report, so report
 *       counts are facet counts over those documents) and numeric doc values (order inside a report).</li>
 *   <li>{@code text}: full text with the shared Spanish folding analyzer, stored (snippets, report view) and with
 *       offsets in the postings so the UnifiedHighlighter does not re-analyze.</li>
 *   <li>{@code encabezado}: what the report says about itself outside its findings (title, place lines, without its
 *       personal data; {@link ReportHeader}), on every finding of the report, analyzed like the text and not stored:
 *       searched only when a query's words match no finding.</li>
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
    /** What the report says about itself outside its findings (title, place lines): see {@link ReportHeader}. */
    public static final String HEADER = "encabezado";
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

    private static final IndexField.Type KEYWORD = IndexField.Type.KEYWORD;

    /**
     * Every field of a finding's document, the one description both backends derive from (Lucene fields here, the
     * OpenSearch mapping and documents in {@code index/opensearch/}): name, type, stored, filtered, sorted, facet
     * dimension, several values.
     */
    public static final java.util.List<IndexField> FIELDS = java.util.List.of(
            new IndexField(ID, KEYWORD, true, true, false, null, false),
            new IndexField(FOLIO, KEYWORD, true, true, true, null, false),
            new IndexField(NUMBER, IndexField.Type.INTEGER, true, true, true, null, false),
            new IndexField(TEXT, IndexField.Type.TEXT, true, true, false, null, false),
            new IndexField(HEADER, IndexField.Type.TEXT, false, true, false, null, false),
            stored(SOURCE),
            stored(FORMAT),
            stored(SHA256),
            new IndexField(RECEIVED, IndexField.Type.INSTANT, true, false, false, null, false),
            new IndexField(RECEIVED_DAY, KEYWORD, false, false, false, RECEIVED_DAY, false),
            new IndexField(CHANNEL, KEYWORD, true, true, false, CHANNEL, false),
            new IndexField(ALCALDIA, KEYWORD, false, true, false, null, false),
            new IndexField(ALCALDIA_DISPLAY, KEYWORD, true, false, false, ALCALDIA, false),
            new IndexField(DISTRITO, IndexField.Type.INTEGER, true, true, false, DISTRITO, false),
            new IndexField(UT, KEYWORD, true, true, false, null, false),
            new IndexField(MRO, KEYWORD, true, true, false, null, false),
            new IndexField(GROUP, KEYWORD, false, true, true, null, false),
            new IndexField(DATE, IndexField.Type.DAY, true, true, true, null, false),
            new IndexField(TOPIC, KEYWORD, true, true, false, TOPIC, true),
            new IndexField(KIND, KEYWORD, true, true, false, KIND, false),
            new IndexField(TAG, KEYWORD, true, true, false, TAG, true),
            stored(AUTOMATIC),
            new IndexField(ILLEGIBLE, KEYWORD, true, true, false, null, false),
            stored(EVIDENCE),
            stored(KIND_EVIDENCE),
            new IndexField(DUPLICATE_OF, KEYWORD, true, true, false, null, false),
            new IndexField(PARENT, KEYWORD, true, true, false, null, false),
            stored(TRUNCATION),
            new IndexField(PERSONAL_DATA, KEYWORD, true, false, false, null, true));

    private static final java.util.Map<String, IndexField> BY_NAME = FIELDS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(IndexField::name, f -> f));

    private static IndexField stored(String name) {
        return new IndexField(name, KEYWORD, true, false, false, null, false);
    }

    /** The field of this name ({@link #FIELDS}). */
    public static IndexField field(String name) {
        IndexField f = BY_NAME.get(name);
        if (f == null) {
            throw new IllegalArgumentException("Campo del índice desconocido: " + name);
        }
        return f;
    }

    /** Days are Mexico City days: a report received at 23:30 on 1 May belongs to 1 May. */
    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets = new FacetsConfig();

    public IndexSchema() {
        FIELDS.stream().filter(f -> f.facet() != null && f.multi()).forEach(f -> facets.setMultiValued(f.facet(), true));
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
        List<Document> docs = new ArrayList<>();
        for (List<IndexField.Value> finding : values(reviewed)) {
            Document doc = new Document();
            finding.forEach(v -> add(doc, v.field(), v.value()));
            try {
                docs.add(facets.build(doc));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return docs;
    }

    /** A value as the Lucene fields its description asks for. */
    private static void add(Document doc, IndexField f, Object value) {
        String name = f.name();
        switch (f.type()) {
            case TEXT -> doc.add(new Field(name, (String) value, f.stored() ? TEXT_WITH_OFFSETS : TextField.TYPE_NOT_STORED));
            case KEYWORD -> {
                String v = (String) value;
                if (f.filtered()) {
                    doc.add(new StringField(name, v, f.stored() ? Field.Store.YES : Field.Store.NO));
                } else if (f.stored()) {
                    doc.add(new StoredField(name, v));
                }
                if (f.sorted()) {
                    doc.add(new SortedDocValuesField(name, new BytesRef(v)));
                }
                if (f.facet() != null) {
                    doc.add(new SortedSetDocValuesFacetField(f.facet(), v));
                }
            }
            case INTEGER -> {
                int v = (Integer) value;
                if (f.filtered()) {
                    doc.add(new IntPoint(name, v));
                }
                if (f.stored()) {
                    doc.add(new StoredField(name, v));
                }
                if (f.sorted()) {
                    doc.add(new NumericDocValuesField(name, v));
                }
                if (f.facet() != null) {
                    doc.add(new SortedSetDocValuesFacetField(f.facet(), Integer.toString(v)));
                }
            }
            case DAY -> {
                LocalDate day = (LocalDate) value;
                if (f.filtered()) {
                    doc.add(new LongPoint(name, day.toEpochDay()));
                }
                if (f.sorted()) {
                    doc.add(new NumericDocValuesField(name, day.toEpochDay()));
                }
                if (f.stored()) {
                    doc.add(new StoredField(name, day.toString()));
                }
            }
            case INSTANT -> doc.add(new StoredField(name, value.toString()));
        }
    }

    /**
     * The values of every finding of a report as people reviewed it, field by field ({@link #FIELDS}), in the
     * findings' order: what both backends write.
     */
    public static List<List<IndexField.Value>> values(ReviewedReport reviewed) {
        Report report = reviewed.automatic();
        List<Finding> shown = reviewed.values().findings();
        java.util.Set<String> personal = personalData(report);
        String header = ReportHeader.of(report, reviewed.values().metadata(), personal);
        List<List<IndexField.Value>> all = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            all.add(values(report, report.findings().get(i), reviewed, shown.get(i), personal, header));
        }
        return all;
    }

    private static List<IndexField.Value> values(Report report, Finding automatic, ReviewedReport reviewed,
                                                 Finding finding, java.util.Set<String> personal, String header) {
        ReportMetadata meta = reviewed.values().metadata();
        List<IndexField.Value> v = new ArrayList<>();
        put(v, ID, report.folio() + "#" + finding.number());
        put(v, FOLIO, report.folio());
        put(v, NUMBER, finding.number());
        put(v, TEXT, finding.text());
        put(v, HEADER, header.isEmpty() ? null : header);
        put(v, SOURCE, report.source());
        put(v, FORMAT, report.format());
        put(v, SHA256, report.submission().sha256());
        put(v, RECEIVED, report.submission().receivedAt());
        put(v, RECEIVED_DAY, report.submission().receivedAt().atZone(ZONE).toLocalDate().toString());
        put(v, CHANNEL, report.submission().channel().id());
        if (meta.alcaldia() != null) {
            // Filter on the folded key; count and show the canonical name with accents.
            put(v, ALCALDIA, key(meta.alcaldia()));
            put(v, ALCALDIA_DISPLAY, meta.alcaldia());
        }
        put(v, DISTRITO, meta.distrito());
        put(v, UT, meta.ut());
        put(v, MRO, meta.mro());
        put(v, GROUP, report.duplicateOf() != null ? report.duplicateOf() : report.folio());
        put(v, DATE, meta.date());
        finding.topics().forEach(topic -> put(v, TOPIC, topic));
        String kind = reviewed.rejected().contains(finding.number()) ? ReviewedReport.NOT_A_FINDING : finding.kind().id();
        put(v, KIND, kind);
        reviewed.tags().getOrDefault(finding.number(), List.of()).forEach(tag -> put(v, TAG, tag));
        java.util.Map<String, Object> understood = automatic(report.metadata(), automatic, automatic.kind().id());
        if (!understood.equals(automatic(meta, finding, kind))) {
            put(v, AUTOMATIC, json(understood));
        }
        if (finding.illegible()) {
            put(v, ILLEGIBLE, "si");
        }
        // why Observa decided what it did: the automatic finding's evidence, whatever a person changed
        put(v, EVIDENCE, json(automatic.evidence()));
        put(v, KIND_EVIDENCE, json(automatic.kindEvidence()));
        put(v, DUPLICATE_OF, report.duplicateOf());
        put(v, PARENT, report.submission().parent());
        put(v, TRUNCATION, report.truncation());
        personal.forEach(p -> put(v, PERSONAL_DATA, p));
        return v;
    }

    private static void put(List<IndexField.Value> values, String field, Object value) {
        if (value != null) {
            values.add(field(field).of(value));
        }
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
