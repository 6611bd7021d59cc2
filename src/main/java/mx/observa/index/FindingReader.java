package mx.observa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;

import mx.observa.archive.Json;

/**
 * Reads findings back from the index: one report's (report view, review forms). What must scale to every report (the
 * consolidated report, the near-duplicate detector at start, the review queue, {@code observa calidad}) reads the
 * report store instead, one report at a time.
 */
public final class FindingReader {

    private FindingReader() {
    }

    /**
     * Every indexed finding at once, in folio and finding order: for checks of a small index (tests, diagnosis);
     * what reads every report in the service reads the report store one report at a time.
     */
    public static List<IndexedFinding> all(Searchers searchers) {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<IndexedFinding> findings = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        findings.add(of(stored.document(doc)));
                    }
                }
            }
            findings.sort(Comparator.comparing(IndexedFinding::folio).thenComparingInt(IndexedFinding::number));
            return findings;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Whether the index has the report of this folio. */
    public static boolean indexed(Searchers searchers, String folio) {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(IndexSchema.FOLIO, folio))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /** One report with all its findings in order, or null when the folio is not in the index. */
    public static IndexedReport report(Searchers searchers, String folio) {
        IndexSearcher searcher = searchers.acquire();
        try {
            TermQuery byFolio = new TermQuery(new Term(IndexSchema.FOLIO, folio));
            int count = searcher.count(byFolio);
            if (count == 0) {
                return null;
            }
            TopDocs top = searcher.search(byFolio, count, new Sort(new SortField(IndexSchema.NUMBER, SortField.Type.INT)));
            StoredFields stored = searcher.storedFields();
            List<Stored> docs = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                docs.add(stored(stored.document(sd.doc)));
            }
            return report(docs);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el informe " + folio + " del índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /** What is known to be personal in one report ({@link IndexSchema#PERSONAL_DATA}); empty when the folio is unknown. */
    public static List<String> personalData(Searchers searchers, String folio) {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.FOLIO, folio)), 1);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            return List.of(searcher.storedFields().document(top.scoreDocs[0].doc).getValues(IndexSchema.PERSONAL_DATA));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el informe " + folio + " del índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The stored values of one finding's document, field by field ({@link IndexSchema#FIELDS}), whichever backend
     * stored it: what the readers below read, so a finding reads back the same from either.
     */
    @FunctionalInterface
    public interface Stored {
        /** The values of {@code field} as text, in order (empty when absent). */
        List<String> values(String field);

        default String get(String field) {
            List<String> v = values(field);
            return v.isEmpty() ? null : v.get(0);
        }
    }

    static Stored stored(Document doc) {
        return field -> List.of(doc.getValues(field));
    }

    static IndexedFinding of(Document doc) {
        return finding(stored(doc));
    }

    /** One report from the documents of all its findings, in finding order; null when there are none. */
    public static IndexedReport report(List<Stored> docs) {
        if (docs.isEmpty()) {
            return null;
        }
        List<IndexedFinding> findings = docs.stream().map(FindingReader::finding).toList();
        Stored first = docs.get(0);
        IndexedFinding f = findings.get(0);
        return new IndexedReport(f.folio(), first.get(IndexSchema.SHA256), f.source(), first.get(IndexSchema.FORMAT),
                f.channel(), f.receivedAt(), f.alcaldia(), f.distrito(), f.ut(), f.mro(), f.date(), f.duplicateOf(),
                first.get(IndexSchema.TRUNCATION), findings);
    }

    /**
     * A finding as Observa understood it: where a review changed its values (indexed for filters and counts), the
     * automatic ones kept in {@link IndexSchema#AUTOMATIC}; callers lay the reviews over them.
     */
    public static IndexedFinding finding(Stored doc) {
        Automatic a = automatic(doc);
        return new IndexedFinding(
                doc.get(IndexSchema.FOLIO),
                Integer.parseInt(doc.get(IndexSchema.NUMBER)),
                doc.get(IndexSchema.SOURCE),
                doc.get(IndexSchema.CHANNEL),
                a.alcaldia(),
                a.distrito(),
                a.ut(),
                a.mro(),
                IndexSchema.dateOf(a.fecha()),
                a.temas(),
                doc.get(IndexSchema.TEXT),
                doc.get(IndexSchema.EVIDENCE),
                doc.get(IndexSchema.RECEIVED),
                doc.get(IndexSchema.DUPLICATE_OF),
                a.tipo(),
                kindEvidence(doc.get(IndexSchema.KIND_EVIDENCE)),
                doc.get(IndexSchema.ILLEGIBLE) != null,
                doc.values(IndexSchema.PERSONAL_DATA));
    }

    /** The values a review may change, as {@link IndexSchema#AUTOMATIC} writes them. */
    private record Automatic(String alcaldia, Integer distrito, String ut, String mro, String fecha, String tipo,
                             List<String> tema) {

        List<String> temas() {
            return tema == null ? List.of() : List.copyOf(tema);
        }
    }

    private static Automatic automatic(Stored doc) {
        String json = doc.get(IndexSchema.AUTOMATIC);
        if (json != null) {
            try {
                return Json.MAPPER.readValue(json, Automatic.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Valores automáticos ilegibles en el índice: " + json, e);
            }
        }
        String distrito = doc.get(IndexSchema.DISTRITO);
        return new Automatic(doc.get(IndexSchema.ALCALDIA_DISPLAY), distrito == null ? null : Integer.valueOf(distrito),
                doc.get(IndexSchema.UT), doc.get(IndexSchema.MRO), doc.get(IndexSchema.DATE), doc.get(IndexSchema.KIND),
                doc.values(IndexSchema.TOPIC));
    }

    private static List<String> kindEvidence(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.of(Json.MAPPER.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evidencia del tipo ilegible en el índice: " + json, e);
        }
    }
}
