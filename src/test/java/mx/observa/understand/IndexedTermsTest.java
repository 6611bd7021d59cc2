package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

/** Invented passages about a market's stalls: a remembered term searches as a term looked up afresh. */
class IndexedTermsTest {

    private static final FoldingSpanishAnalyzer ANALYZER = new FoldingSpanishAnalyzer();

    private static IndexSearcher searcher() throws IOException {
        List<LabelledPassages.Passage> passages = List.of(
                new LabelledPassages.Passage("el puesto de jarcería abrió tarde", FindingKind.INCIDENCIA, Set.of(), "prueba"),
                new LabelledPassages.Passage("el puesto de flores abrió a tiempo y el de jarcería también", FindingKind.CONFORME, Set.of(), "prueba"),
                new LabelledPassages.Passage("los puestos de comida cerraron temprano", FindingKind.CONTEXTO, Set.of(), "prueba"));
        return new IndexSearcher(DirectoryReader.open(PassageIndex.index(passages, ANALYZER)));
    }

    @Test
    void aRememberedTermFindsTheSamePassagesWithTheSameScores() throws IOException {
        IndexSearcher searcher = searcher();
        IndexedTerms terms = new IndexedTerms(searcher);
        Term stall = new Term(PassageIndex.WORDS, ANALYZER.terms("jarcería").get(0));

        TermQuery first = terms.query(stall);
        TermQuery again = terms.query(stall);

        assertThat(again.getTermStates()).isSameAs(first.getTermStates());
        ScoreDoc[] fresh = searcher.search(new TermQuery(stall), 3).scoreDocs;
        ScoreDoc[] remembered = searcher.search(again, 3).scoreDocs;
        assertThat(remembered).hasSize(2).hasSameSizeAs(fresh);
        for (int i = 0; i < fresh.length; i++) {
            assertThat(remembered[i].doc).isEqualTo(fresh[i].doc);
            assertThat(remembered[i].score).isEqualTo(fresh[i].score);
        }
    }

    @Test
    void aTermNoPassageHoldsIsNoQuery() throws IOException {
        IndexedTerms terms = new IndexedTerms(searcher());

        assertThat(terms.query(new Term(PassageIndex.WORDS, "tianguis"))).isNull();
        assertThat(terms.query(new Term(PassageIndex.PAIRS, "flores_cerraron"))).isNull();
        assertThat(terms.query(new Term(PassageIndex.WORDS, "tianguis"))).isNull();
    }
}
