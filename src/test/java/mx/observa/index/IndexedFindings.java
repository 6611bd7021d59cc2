package mx.observa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/** Every finding document of an index, for tests that check what the index holds (crash safety, load). */
public final class IndexedFindings {

    private IndexedFindings() {
    }

    public static List<IndexedFinding> all(Searchers searchers) {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<IndexedFinding> findings = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        findings.add(FindingReader.of(stored.document(doc)));
                    }
                }
            }
            findings.sort(Comparator.comparing(IndexedFinding::folio).thenComparingInt(IndexedFinding::number));
            return findings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            searchers.release(searcher);
        }
    }
}
