package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Passages analysed once for every left-out classifier learn what each classifier would learn analysing its own
 * passages: the same weights, and an index with the same documents, terms, frequencies and lengths.
 */
class AnalysedPassagesTest {

    private static final FoldingSpanishAnalyzer ANALYZER = new FoldingSpanishAnalyzer();

    /** Three invented labelled sets of a few passages each (a set is a run of passages of one origin). */
    private static final LabelledPassages ALL = new LabelledPassages(List.of(
            passage("A las ocho ya había fila y la mesa no abría.", FindingKind.INCIDENCIA, "norte"),
            passage("La urna se enseñó vacía a quienes esperaban, sin prisas.", FindingKind.CONFORME, "norte"),
            passage("Un vecino ofrecía refrescos a cambio de votar por el proyecto del parque.", FindingKind.INCIDENCIA, "norte"),
            passage("Propondría letreros más grandes en la entrada del deportivo.", FindingKind.RECOMENDACION, "norte"),
            passage("La responsable leyó en voz alta las instrucciones a cada persona.", FindingKind.BUENA_PRACTICA, "sur"),
            passage("No hubo propaganda, pero sí un altavoz anunciando un proyecto.", FindingKind.INCIDENCIA, "sur"),
            passage("El módulo estaba bajo una lona, junto a la cancha.", FindingKind.CONTEXTO, "sur"),
            passage("Nadie se quejó de la espera; la fila avanzó rápido.", FindingKind.CONFORME, "sur"),
            passage("Faltaban boletas a mediodía y la gente se fue sin votar.", FindingKind.INCIDENCIA, "centro"),
            passage("Convendría una rampa: la señora en silla de ruedas no pudo subir.", FindingKind.RECOMENDACION, "centro"),
            passage("Se cerró a las cinco en punto, con el acta firmada por todos.", FindingKind.CONFORME, "centro"),
            passage("Ningún funcionario pidió credencial a la fila de la tarde.", FindingKind.INCIDENCIA, "centro")));

    private static final List<String> ASKED = List.of(
            "no abrieron la mesa hasta las nueve y la fila daba vuelta a la cuadra",
            "sugiero que pongan una rampa y letreros en la entrada",
            "se enseñó la urna vacía y todo siguió en orden",
            "repartían refrescos a quienes votaban por un proyecto");

    private static LabelledPassages.Passage passage(String text, FindingKind kind, String origin) {
        return new LabelledPassages.Passage(text, kind, Set.of(), origin);
    }

    @Test
    void aModelLearntFromPassagesAnalysedOnceHasTheWeightsOfOneThatAnalysedItsOwn() throws IOException {
        AnalysedPassages once = new AnalysedPassages(ALL, ANALYZER);
        for (String origin : List.of("norte", "sur", "centro")) {
            LabelledPassages leftOut = ALL.without(origin);

            KindModel shared = once.model(leftOut);
            KindModel own = new AnalysedPassages(new LabelledPassages(List.copyOf(leftOut.passages())), ANALYZER)
                    .model(leftOut);

            assertThat(written(shared)).as("sin " + origin).isEqualTo(written(own));
            for (String text : ASKED) {
                assertThat(shared.predict(text)).as(text).isEqualTo(own.predict(text));
            }
        }
        assertThat(written(once.model(ALL))).isEqualTo(written(new AnalysedPassages(ALL, ANALYZER).model(ALL)));
    }

    @Test
    void anIndexMergedFromWholeSetsHoldsWhatIndexingItsPassagesWrites() throws IOException {
        AnalysedPassages once = new AnalysedPassages(ALL, ANALYZER);
        for (String origin : List.of("norte", "sur", "centro")) {
            LabelledPassages leftOut = ALL.without(origin);

            ByteBuffersDirectory merged = once.index(leftOut);

            assertThat(contents(merged)).as("sin " + origin).isEqualTo(contents(PassageIndex.index(leftOut.passages(), ANALYZER)));
        }
        assertThat(contents(once.index(ALL))).isEqualTo(contents(PassageIndex.index(ALL.passages(), ANALYZER)));
    }

    @Test
    void aListThatIsNotWholeSetsIsIndexedPassageByPassage() throws IOException {
        AnalysedPassages once = new AnalysedPassages(ALL, ANALYZER);
        List<LabelledPassages.Passage> cut = new ArrayList<>(ALL.passages());
        cut.remove(5); // one passage of «sur», not the whole set
        LabelledPassages some = new LabelledPassages(List.copyOf(cut));
        LabelledPassages reordered = new LabelledPassages(List.copyOf(ALL.passages().reversed()));

        assertThat(contents(once.index(some))).isEqualTo(contents(PassageIndex.index(some.passages(), ANALYZER)));
        assertThat(contents(once.index(reordered))).isEqualTo(contents(PassageIndex.index(reordered.passages(), ANALYZER)));
        assertThat(written(once.model(some))).isEqualTo(written(new AnalysedPassages(some, ANALYZER).model(some)));
    }

    @Test
    void nearestPassagesLearntFromTheSharedAnalysisVoteAsTheOnesLearntAlone() {
        AnalysedPassages once = new AnalysedPassages(ALL, ANALYZER);
        LabelledPassages leftOut = ALL.without("sur");
        NearestPassages shared = new NearestPassages(leftOut, once, LearntPassagesCache.none());
        // another list of the same texts: this JVM remembers what it learnt by the passages' values
        NearestPassages alone = new NearestPassages(new LabelledPassages(leftOut.passages().stream()
                .map(p -> passage(p.text(), p.kind(), p.origin() + " aparte")).toList()), ANALYZER);

        for (String text : ASKED) {
            assertThat(shared.vote(text).map(AnalysedPassagesTest::view)).as(text).isEqualTo(alone.vote(text).map(AnalysedPassagesTest::view));
        }
    }

    private record VoteView(FindingKind kind, double share, List<String> near) {
    }

    private static VoteView view(NearestPassages.Vote vote) {
        return new VoteView(vote.kind(), vote.share(), vote.near().stream().map(LabelledPassages.Passage::text).toList());
    }

    private static byte[] written(KindModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            model.write(out);
        }
        return bytes.toByteArray();
    }

    /**
     * What a search reads of an index: whether it is one compound file, its segments' count, its documents' count, and per field each term's documents
     * with their frequencies and positions, and each document's length (norm).
     */
    private static Map<String, Object> contents(ByteBuffersDirectory dir) throws IOException {
        Map<String, Object> contents = new TreeMap<>();
        // one compound file, as a flushed segment is (a search clones a file's input for every term it reads)
        contents.put("archivo compuesto", java.util.Arrays.stream(dir.listAll()).anyMatch(f -> f.endsWith(".cfs")));
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            contents.put("segmentos", reader.leaves().size());
            contents.put("documentos", reader.maxDoc());
            for (String field : List.of(PassageIndex.WORDS, PassageIndex.PAIRS)) {
                LeafReader leaf = reader.leaves().getFirst().reader();
                Terms terms = leaf.terms(field);
                TermsEnum each = terms.iterator();
                List<String> postings = new ArrayList<>();
                while (each.next() != null) {
                    StringBuilder term = new StringBuilder(each.term().utf8ToString()).append(':');
                    PostingsEnum docs = each.postings(null, PostingsEnum.POSITIONS);
                    while (docs.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                        term.append(' ').append(docs.docID()).append('x').append(docs.freq()).append('@');
                        for (int i = 0; i < docs.freq(); i++) {
                            term.append(docs.nextPosition()).append(',');
                        }
                    }
                    postings.add(term.toString());
                }
                contents.put(field, postings);
                contents.put(field + " totales", List.of(terms.getDocCount(), terms.getSumDocFreq(), terms.getSumTotalTermFreq()));
                NumericDocValues norms = leaf.getNormValues(field);
                List<Long> lengths = new ArrayList<>();
                while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    lengths.add(norms.longValue());
                }
                contents.put(field + " normas", lengths);
            }
        }
        return contents;
    }
}
