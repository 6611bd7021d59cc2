package mx.observa.index;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synonyms file analysts edit ({@code config/sinonimos.txt}, Solr format: {@code boleta, papeleta} for
 * equivalent words, {@code a => b} for one-way rewrites, {@code #} comments). It is read again whenever its
 * modification time changes, so an edit takes effect on the next search, without reindexing or restarting. A file
 * with an error is reported in the log and the previous synonyms stay in force.
 */
public final class Synonyms {

    private static final Logger LOG = LoggerFactory.getLogger(Synonyms.class);

    private final Path file;
    private final Analyzer base;
    private FileTime loadedAt;
    private QueryAnalyzer current;

    public Synonyms(Path file, Analyzer base) {
        this.file = file;
        this.base = base;
        this.current = new QueryAnalyzer(base, null);
    }

    /** {@code observa.sinonimos}, by default {@code config/sinonimos.txt}. */
    public static Path file(mx.observa.config.ObservaConfig config) {
        return config.configFile("observa.sinonimos");
    }

    /** No synonyms at all: queries are analyzed exactly like the index. */
    public static Synonyms none(Analyzer base) {
        return new Synonyms(null, base);
    }

    /** The query analyzer with the synonyms currently in the file. */
    public synchronized Analyzer queryAnalyzer() {
        if (file == null) {
            return current;
        }
        FileTime modified = modifiedTime();
        if (modified == null) {
            if (loadedAt != null) {
                current = new QueryAnalyzer(base, null);
                loadedAt = null;
            }
            return current;
        }
        if (!modified.equals(loadedAt)) {
            loadedAt = modified;
            try {
                current = new QueryAnalyzer(base, parse());
                LOG.info("Sinónimos cargados de {}", file);
            } catch (IOException | ParseException | IllegalArgumentException e) {
                LOG.warn("El archivo de sinónimos {} tiene un error y se sigue usando la versión anterior: {}",
                        file, e.getMessage());
            }
        }
        return current;
    }

    private SynonymMap parse() throws IOException, ParseException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, base);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parser.parse(in);
        }
        return parser.build();
    }

    private FileTime modifiedTime() {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
