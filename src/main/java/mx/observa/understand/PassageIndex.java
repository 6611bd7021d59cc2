package mx.observa.understand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * How the labelled passages are indexed for {@link NearestPassages}: each passage's words in field {@code w}, its
 * pairs of consecutive words in {@code p} (so that "no hubo" and "hubo" differ), one document per passage, in the
 * passages' order: a document's number is its passage's. What is learnt, apart from how it is searched: its byte code
 * keys the learnt models ({@link LearntPassagesCache}), and the searching code, which changes more often, is not in
 * the key.
 */
final class PassageIndex {

    /** The field of a passage's words. */
    static final String WORDS = "w";
    /** The field of a passage's pairs of consecutive words. */
    static final String PAIRS = "p";

    private PassageIndex() {
    }

    static ByteBuffersDirectory index(List<LabelledPassages.Passage> passages, FoldingSpanishAnalyzer analyzer) {
        return index(passages.stream().map(p -> analyzer.terms(p.text())).toList());
    }

    /** The index of passages already analysed: each passage's terms, in the passages' order. */
    static ByteBuffersDirectory index(List<List<String>> passagesTerms) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, config(new WhitespaceAnalyzer()))) {
            for (List<String> terms : passagesTerms) {
                Document doc = new Document();
                doc.add(new TextField(WORDS, String.join(" ", terms), Field.Store.NO));
                doc.add(new TextField(PAIRS, String.join(" ", pairs(terms)), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("índice en memoria de pasajes etiquetados", e);
        }
    }

    /**
     * One index of the passages of several indexes, in the order given: their documents copied, not analysed again, into
     * one segment — the documents, terms, frequencies and lengths {@link #index} writes for the same passages, so a
     * search scores and orders them the same.
     */
    static ByteBuffersDirectory merged(List<ByteBuffersDirectory> parts) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        List<DirectoryReader> readers = new ArrayList<>();
        try (IndexWriter writer = new IndexWriter(dir, config(new WhitespaceAnalyzer()))) {
            List<CodecReader> leaves = new ArrayList<>();
            for (ByteBuffersDirectory part : parts) {
                DirectoryReader reader = DirectoryReader.open(part);
                readers.add(reader);
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaves.add((CodecReader) leaf.reader());
                }
            }
            // the merge policy's one merge of all the readers, in their order, into one new segment
            writer.addIndexes(leaves.toArray(CodecReader[]::new));
            writer.commit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("índice en memoria de pasajes etiquetados", e);
        } finally {
            for (DirectoryReader reader : readers) {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("índice en memoria de pasajes etiquetados", e);
                }
            }
        }
    }

    /**
     * Segments are only ever merged with their neighbours, so documents keep the passages' order; a merged segment is
     * one compound file, as a flushed one is: a search clones its files' inputs for every term, and an input over a
     * file of its own in a {@link ByteBuffersDirectory} is many buffers to clone where a compound file's slice is few
     * (measured: separate files made the left-out classifiers' votes about half again as costly).
     */
    private static IndexWriterConfig config(org.apache.lucene.analysis.Analyzer analyzer) {
        LogDocMergePolicy merges = new LogDocMergePolicy();
        merges.setNoCFSRatio(1.0);
        merges.setMaxCFSSegmentSizeMB(Double.POSITIVE_INFINITY);
        return new IndexWriterConfig(analyzer).setMergePolicy(merges);
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
