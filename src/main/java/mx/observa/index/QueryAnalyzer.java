package mx.observa.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzer for queries: the index's own chain (FoldingSpanishAnalyzer) followed by the users' synonyms as a
 * token graph. Synonyms are applied only at query time, so editing {@code config/sinonimos.txt} never requires
 * reindexing. Immutable: a new instance is made whenever the synonyms change, because analyzers cache their
 * components per thread.
 */
final class QueryAnalyzer extends AnalyzerWrapper {

    private final Analyzer base;
    private final SynonymMap synonyms;

    QueryAnalyzer(Analyzer base, SynonymMap synonyms) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.base = base;
        this.synonyms = synonyms;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return base;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        if (synonyms == null || synonyms.fst == null) {
            return components;
        }
        // The map was built with the same chain, so its entries are folded and stemmed like the tokens they meet.
        return new TokenStreamComponents(components.getSource(),
                new SynonymGraphFilter(components.getTokenStream(), synonyms, false));
    }
}
