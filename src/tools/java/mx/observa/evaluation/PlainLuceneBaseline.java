package mx.observa.evaluation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import mx.observa.model.Finding;
import mx.observa.model.Report;

/**
 * The yardstick: plain Lucene as it comes, on the same documents. One document per finding (the same passages the
 * search serves), Lucene's default {@link StandardAnalyzer}, the classic query parser with its default OR operator,
 * BM25. The query is taken as plain text (its syntax characters escaped), as a person types it.
 */
final class PlainLuceneBaseline implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String FOLIO = "folio";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final DirectoryReader reader;

    /** @param reports the reports as understood: one document per finding, as the index has them */
    PlainLuceneBaseline(Stream<Report> reports) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Report report : (Iterable<Report>) reports::iterator) {
                for (Finding f : report.findings()) {
                    Document doc = new Document();
                    doc.add(new TextField(TEXT, f.text(), Field.Store.NO));
                    doc.add(new StoredField(FOLIO, report.folio()));
                    writer.addDocument(doc);
                }
            }
        }
        reader = DirectoryReader.open(directory);
    }

    /** How many findings it holds. */
    int findings() {
        return reader.numDocs();
    }

    /** Folios of the best {@code n} findings for the query, best first (one entry per finding). */
    List<String> folios(String query, int n) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryParser parser = new QueryParser(TEXT, analyzer);
        List<String> folios = new ArrayList<>();
        try {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(parser.parse(QueryParser.escape(query)), n).scoreDocs) {
                folios.add(stored.document(sd.doc).get(FOLIO));
            }
        } catch (ParseException e) {
            throw new IllegalArgumentException("Lucene simple no entiende la consulta: " + query, e);
        }
        return folios;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
