package mx.observa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import mx.observa.text.FoldingSpanishAnalyzer;

class SoundAlikeTest {

    @Test
    void lettersPronouncedAlikeGiveOneKey() {
        assertThat(SoundAlike.key("sebada")).isEqualTo(SoundAlike.key("cebada"));
        assertThat(SoundAlike.key("bentana")).isEqualTo(SoundAlike.key("ventana"));
        assertThat(SoundAlike.key("ielo")).isEqualTo(SoundAlike.key("hielo"));
        assertThat(SoundAlike.key("cabayo")).isEqualTo(SoundAlike.key("caballo"));
        assertThat(SoundAlike.key("jente")).isEqualTo(SoundAlike.key("gente"));
        assertThat(SoundAlike.key("kiosko")).isEqualTo(SoundAlike.key("quiosco"));
        assertThat(SoundAlike.key("raza")).isEqualTo(SoundAlike.key("rasa"));
        assertThat(SoundAlike.key("guitara")).isEqualTo(SoundAlike.key("guitarra"));
    }

    @Test
    void lettersPronouncedDifferentlyKeepTheirKeys() {
        assertThat(SoundAlike.key("orilla")).isNotEqualTo(SoundAlike.key("grilla"));
        assertThat(SoundAlike.key("casa")).isNotEqualTo(SoundAlike.key("cosa"));
        assertThat(SoundAlike.key("gato")).isNotEqualTo(SoundAlike.key("jato"));
        assertThat(SoundAlike.key("coche")).isNotEqualTo(SoundAlike.key("cose"));
        assertThat(SoundAlike.key("pelo")).isNotEqualTo(SoundAlike.key("pello"));
    }

    @Test
    void aMissingWordIsReadAsTheIndexedWordItSoundsLikeAndNeverAsOneThatSoundsDifferent() throws IOException {
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (String text : new String[] {"El cocinero cerró la ventana del comedor.",
                    "Se mojó la orilla de la ventana.", "La cosecha fue buena."}) {
                add(w, text);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(SoundAlike.closest(reader, term(analyzer, "bentana")))
                    .isEqualTo(term(analyzer, "ventana"));
            assertThat(SoundAlike.closest(reader, term(analyzer, "kosinero")))
                    .isEqualTo(term(analyzer, "cocinero"));
            assertThat(SoundAlike.closest(reader, term(analyzer, "grilla"))).as("one letter, another sound").isNull();
            assertThat(SoundAlike.closest(reader, term(analyzer, "cosechas"))).as("the word itself").isNull();
            assertThat(SoundAlike.closest(reader, term(analyzer, "zeró"))).as("too short to tell").isNull();
        }
    }

    @Test
    void aSpellingAFewFindingsUseBesideAFarMoreCommonSoundAlikeIsAMisspelling() throws IOException {
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < 12; i++) {
                add(w, "La cocina del salón estaba abierta; el horno " + (i < 2 ? "caza" : "casa") + " bien.");
            }
            add(w, "Cerraron la cosina al mediodía.");
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(SoundAlike.misspelt(reader, term(analyzer, "cosina"), term(analyzer, "cocina"))).isTrue();
            assertThat(SoundAlike.misspelt(reader, term(analyzer, "cozina"), term(analyzer, "cocina"))).isTrue();
            assertThat(SoundAlike.misspelt(reader, term(analyzer, "caza"), term(analyzer, "casa")))
                    .as("two findings against ten: not far more common").isFalse();
        }
    }

    @Test
    void aWordTheIndexGainsIsFoundByTheNextStateWhileTheOldStateKeepsItsAnswer() throws IOException {
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            add(w, "Se mojó la orilla de la ventana.");
            w.commit();
            try (DirectoryReader before = DirectoryReader.open(dir)) {
                assertThat(SoundAlike.closest(before, term(analyzer, "kosinero"))).isNull();
                assertThat(SoundAlike.closest(before, term(analyzer, "kosinero"))).as("asked again").isNull();
                assertThat(SoundAlike.closest(before, term(analyzer, "bentana"))).isEqualTo(term(analyzer, "ventana"));
                add(w, "El cocinero cerró la ventana del comedor.");
                w.commit();
                try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {
                    assertThat(after).isNotNull();
                    assertThat(SoundAlike.closest(after, term(analyzer, "kosinero")))
                            .as("the new state has the word").isEqualTo(term(analyzer, "cocinero"));
                    assertThat(SoundAlike.closest(before, term(analyzer, "kosinero")))
                            .as("the old state does not").isNull();
                    assertThat(TypoTolerance.closest(before, term(analyzer, "cocinerp"))).isNull();
                    assertThat(TypoTolerance.closest(after, term(analyzer, "cocinerp")))
                            .isEqualTo(term(analyzer, "cocinero"));
                }
            }
        }
    }

    private static void add(IndexWriter w, String text) throws IOException {
        Document d = new Document();
        d.add(new TextField(IndexSchema.TEXT, text, Field.Store.NO));
        w.addDocument(d);
    }

    private static Term term(FoldingSpanishAnalyzer analyzer, String word) throws IOException {
        return new Term(IndexSchema.TEXT, HeaderPlaces.terms(word, analyzer).get(0));
    }
}
