package mx.observa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
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
 * Reads findings back from the index: one report's (report view), or every finding at once for the analysts' review
 * queue and {@code observa calidad}. What must scale to every report (the consolidated report, the near-duplicate
 * detector at start) reads the report store instead, one report at a time.
 */
public final class FindingReader {

    private FindingReader() {
    }

    /** Every indexed finding, in folio and finding order. */
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
            List<IndexedFinding> findings = new ArrayList<>();
            Document first = null;
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc);
                first = first == null ? doc : first;
                findings.add(of(doc));
            }
            IndexedFinding f = findings.get(0);
            return new IndexedReport(f.folio(), first.get(IndexSchema.SHA256), f.source(), first.get(IndexSchema.FORMAT),
                    f.channel(), f.receivedAt(), f.alcaldia(), f.distrito(), f.ut(), f.mro(), f.date(), f.duplicateOf(),
                    first.get(IndexSchema.TRUNCATION), List.copyOf(findings));
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

    static IndexedFinding of(Document doc) {
        IndexableField distrito = doc.getField(IndexSchema.DISTRITO);
        return new IndexedFinding(
                doc.get(IndexSchema.FOLIO),
                doc.getField(IndexSchema.NUMBER).numericValue().intValue(),
                doc.get(IndexSchema.SOURCE),
                doc.get(IndexSchema.CHANNEL),
                doc.get(IndexSchema.ALCALDIA_DISPLAY),
                distrito == null ? null : distrito.numericValue().intValue(),
                doc.get(IndexSchema.UT),
                doc.get(IndexSchema.MRO),
                IndexSchema.dateOf(doc.get(IndexSchema.DATE)),
                List.of(doc.getValues(IndexSchema.TOPIC)),
                doc.get(IndexSchema.TEXT),
                doc.get(IndexSchema.EVIDENCE),
                doc.get(IndexSchema.RECEIVED),
                doc.get(IndexSchema.DUPLICATE_OF),
                doc.get(IndexSchema.KIND),
                kindEvidence(doc.get(IndexSchema.KIND_EVIDENCE)),
                doc.get(IndexSchema.ILLEGIBLE) != null,
                List.of(doc.getValues(IndexSchema.PERSONAL_DATA)));
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
