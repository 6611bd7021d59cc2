package mx.observa.understand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * How the labelled passages are indexed for {@link NearestPassages}: each passage's words in field {@code w}, its
 * pairs of consecutive words in {@code p} (so that "no hubo" and "hubo" differ), its number in {@code i}. What is
 * learnt, apart from how it is searched: its byte code keys the learnt models ({@link LearntPassagesCache}), and the
 * searching code, which changes more often, is not in the key.
 */
final class PassageIndex {

    /** The field of a passage's words. */
    static final String WORDS = "w";
    /** The field of a passage's pairs of consecutive words. */
    static final String PAIRS = "p";
    /** The stored number of a passage in the labelled list. */
    static final String NUMBER = "i";

    private PassageIndex() {
    }

    static ByteBuffersDirectory index(List<LabelledPassages.Passage> passages, FoldingSpanishAnalyzer analyzer) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < passages.size(); i++) {
                List<String> terms = analyzer.terms(passages.get(i).text());
                Document doc = new Document();
                doc.add(new TextField(WORDS, String.join(" ", terms), Field.Store.NO));
                doc.add(new TextField(PAIRS, String.join(" ", pairs(terms)), Field.Store.NO));
                doc.add(new StoredField(NUMBER, i));
                writer.addDocument(doc);
            }
            writer.commit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("índice en memoria de pasajes etiquetados", e);
        }
    }

    /** Each two consecutive terms, joined as the pair field holds them. */
    static List<String> pairs(List<String> terms) {
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < terms.size(); i++) {
            pairs.add(terms.get(i - 1) + "_" + terms.get(i));
        }
        return pairs;
    }
}
