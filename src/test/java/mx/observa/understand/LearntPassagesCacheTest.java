package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

class LearntPassagesCacheTest {

    private static final FoldingSpanishAnalyzer ANALYZER = new FoldingSpanishAnalyzer();

    private static final List<String> ASKED = List.of(
            "no llegaron los tarjetones a la casilla de la escuela",
            "el funcionario no pidió la credencial a nadie",
            "propongo que las urnas se sellen frente a los vecinos",
            "la mesa abrió puntual y sin contratiempos",
            "¿quién recoge el paquete al cierre?");

    /** Invented passages; {@code origin} tells apart lists of the same texts (this JVM remembers lists by value). */
    private static LabelledPassages passages(String origin) {
        String[][] rows = {
                {"se acabaron los tarjetones antes del mediodía", "incidencia"},
                {"un señor repartía volantes de un partido en la fila", "incidencia"},
                {"el funcionario se negó a mostrar la urna vacía", "incidencia"},
                {"no faltaron tarjetones en ningún momento", "conforme"},
                {"no hubo volantes ni propaganda cerca de la mesa", "conforme"},
                {"la urna se mostró vacía a todos antes de empezar", "conforme"},
                {"propongo más mamparas para votar en secreto", "recomendacion"},
                {"sugiero avisar antes a los vecinos de la colonia", "recomendacion"},
                {"la mesa estaba en el patio de la escuela primaria", "contexto"},
                {"los funcionarios pidieron apoyo a la policía con amabilidad", "buena_practica"}};
        List<LabelledPassages.Passage> list = new ArrayList<>();
        for (String[] r : rows) {
            list.add(new LabelledPassages.Passage(r[0], FindingKind.byId(r[1]).orElseThrow(), Set.of(), origin));
        }
        return new LabelledPassages(List.copyOf(list));
    }

    private static <T> T learntAgain() {
        throw new AssertionError("learnt again instead of read from the cache");
    }

    @Test
    void aModelReadFromTheCachePredictsExactlyAsTheOneLearnt(@TempDir Path tmp) {
        LabelledPassages taught = passages("modelo");
        LearntPassagesCache cache = LearntPassagesCache.at(tmp);

        KindModel learnt = cache.model(taught, ANALYZER, () -> KindModel.learnAfresh(taught, ANALYZER));
        KindModel read = cache.model(taught, ANALYZER, LearntPassagesCacheTest::learntAgain);

        for (String text : ASKED) {
            assertThat(read.predict(text)).as(text).isEqualTo(learnt.predict(text));
        }
    }

    @Test
    void nearestPassagesBuiltFromTheCacheVoteAsTheOnesBuiltHere(@TempDir Path tmp) throws Exception {
        NearestPassages here = new NearestPassages(passages("aquí"), ANALYZER);
        LearntPassagesCache cache = LearntPassagesCache.at(tmp);
        new NearestPassages(passages("primera JVM"), ANALYZER, cache); // learns and writes the entry
        NearestPassages fromDisk = new NearestPassages(passages("segunda JVM"), ANALYZER, cache);

        for (String text : ASKED) {
            assertThat(fromDisk.vote(text).map(NearestPassagesCacheView::of))
                    .as(text).isEqualTo(here.vote(text).map(NearestPassagesCacheView::of));
        }
        ByteBuffersDirectory read = cache.index(passages("tercera JVM"), LearntPassagesCacheTest::learntAgain);
        assertThat(read.listAll()).isNotEmpty();
        try (Stream<Path> entries = Files.list(tmp)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList())
                    .as("one entry for the same texts and kinds, whatever set they come from").hasSize(1)
                    .allMatch(name -> name.startsWith("pasajes-"));
        }
    }

    /** A vote as its kinds, share and the texts of its passages (the origins differ on purpose between the lists). */
    private record NearestPassagesCacheView(FindingKind kind, double share, List<String> like, List<String> near) {
        static NearestPassagesCacheView of(NearestPassages.Vote vote) {
            return new NearestPassagesCacheView(vote.kind(), vote.share(),
                    vote.like().stream().map(LabelledPassages.Passage::text).toList(),
                    vote.near().stream().map(LabelledPassages.Passage::text).toList());
        }
    }

    @Test
    void anotherTextOrKindIsAnotherEntry() {
        LabelledPassages base = passages("clave");
        List<LabelledPassages.Passage> relabelled = new ArrayList<>(base.passages());
        LabelledPassages.Passage first = relabelled.getFirst();
        relabelled.set(0, new LabelledPassages.Passage(first.text(), FindingKind.CONTEXTO, first.topics(), first.origin()));
        List<LabelledPassages.Passage> reworded = new ArrayList<>(base.passages());
        reworded.set(0, new LabelledPassages.Passage(first.text() + " otra vez", first.kind(), first.topics(), first.origin()));

        String key = LearntPassagesCache.key(base);

        assertThat(LearntPassagesCache.key(passages("otro origen"))).isEqualTo(key);
        assertThat(LearntPassagesCache.key(new LabelledPassages(relabelled))).isNotEqualTo(key);
        assertThat(LearntPassagesCache.key(new LabelledPassages(reworded))).isNotEqualTo(key);
        assertThat(LearntPassagesCache.key(new LabelledPassages(base.passages().reversed()))).isNotEqualTo(key);
    }

    @Test
    void jvmsWritingTheSameEntryAtOnceLeaveOneWholeEntry(@TempDir Path tmp) throws Exception {
        LabelledPassages taught = passages("a la vez");
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<ByteBuffersDirectory>> indexes = new ArrayList<>();
            List<Future<KindModel>> models = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                // a cache object per writer, as each JVM has its own
                LearntPassagesCache cache = LearntPassagesCache.at(tmp);
                models.add(pool.submit(() -> {
                    start.await();
                    return cache.model(taught, ANALYZER, () -> KindModel.learnAfresh(taught, ANALYZER));
                }));
                indexes.add(pool.submit(() -> {
                    start.await();
                    return cache.index(taught, () -> PassageIndex.index(taught.passages(), ANALYZER));
                }));
            }
            start.countDown();
            for (Future<KindModel> model : models) {
                assertThat(model.get().isEmpty()).isFalse();
            }
            for (Future<ByteBuffersDirectory> index : indexes) {
                index.get();
            }
        } finally {
            pool.shutdownNow();
        }
        KindModel read = LearntPassagesCache.at(tmp).model(taught, ANALYZER, LearntPassagesCacheTest::learntAgain);
        KindModel learnt = KindModel.learnAfresh(taught, ANALYZER);
        for (String text : ASKED) {
            assertThat(read.predict(text)).isEqualTo(learnt.predict(text));
        }
        assertThat(LearntPassagesCache.at(tmp).index(taught, LearntPassagesCacheTest::learntAgain).listAll()).isNotEmpty();
        try (Stream<Path> left = Files.walk(tmp)) {
            assertThat(left.map(Path::toString)).as("no half-written folder left").noneMatch(p -> p.contains(".escribiendo-"));
        }
    }

    @Test
    void aDamagedEntryIsLearntAgain(@TempDir Path tmp) throws Exception {
        LabelledPassages taught = passages("dañado");
        LearntPassagesCache cache = LearntPassagesCache.at(tmp);
        cache.model(taught, ANALYZER, () -> KindModel.learnAfresh(taught, ANALYZER));
        Path model = tmp.resolve("pasajes-" + LearntPassagesCache.key(taught)).resolve("modelo.bin");
        Files.write(model, new byte[] {0, 0, 0, 5, 1, 2});

        KindModel again = cache.model(taught, ANALYZER, () -> KindModel.learnAfresh(taught, ANALYZER));

        assertThat(again.predict(ASKED.getFirst())).isEqualTo(KindModel.learnAfresh(taught, ANALYZER).predict(ASKED.getFirst()));
    }

    @Test
    void theCachedIndexHasTheBuiltIndexsFilesByteForByte(@TempDir Path tmp) throws Exception {
        LabelledPassages taught = passages("bytes");
        LearntPassagesCache cache = LearntPassagesCache.at(tmp);
        ByteBuffersDirectory first = cache.index(taught, () -> PassageIndex.index(taught.passages(), ANALYZER));
        ByteBuffersDirectory second = cache.index(taught, LearntPassagesCacheTest::learntAgain);

        assertThat(first.listAll()).containsExactly(second.listAll());
        for (String file : first.listAll()) {
            assertThat(bytes(first, file)).as(file).isEqualTo(bytes(second, file));
        }
    }

    private static byte[] bytes(ByteBuffersDirectory dir, String file) throws Exception {
        try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
            byte[] b = new byte[(int) in.length()];
            in.readBytes(b, 0, b.length);
            return b;
        }
    }

    @Test
    void writingAnEntryForgetsAllButTheEntriesUsedLast(@TempDir Path tmp) throws Exception {
        // older entries, as earlier versions of the passages left them: the lower the number, the longer unused
        long now = System.currentTimeMillis();
        for (int i = 0; i < LearntPassagesCache.KEPT + 5; i++) {
            Path old = Files.createDirectories(tmp.resolve(String.format("pasajes-antigua-%03d", i)));
            Files.writeString(old.resolve("modelo.bin"), "viejo");
            Files.setLastModifiedTime(old, FileTime.fromMillis(now - 3_600_000L + i * 1_000L));
        }
        Path longestUnused = tmp.resolve("pasajes-antigua-000");
        Path readNow = tmp.resolve("pasajes-antigua-001");
        Files.setLastModifiedTime(readNow, FileTime.fromMillis(now - 60_000L)); // as a read marks it
        Files.createDirectories(tmp.resolve("otra-cosa")); // not an entry: never forgotten

        LabelledPassages taught = passages("olvido");
        LearntPassagesCache.at(tmp).model(taught, ANALYZER, () -> KindModel.learnAfresh(taught, ANALYZER));

        try (Stream<Path> left = Files.list(tmp)) {
            List<String> names = left.map(p -> p.getFileName().toString()).toList();
            assertThat(names.stream().filter(n -> n.startsWith("pasajes-"))).hasSize(LearntPassagesCache.KEPT);
            assertThat(names).contains("pasajes-" + LearntPassagesCache.key(taught), "otra-cosa",
                    readNow.getFileName().toString());
            assertThat(names).doesNotContain(longestUnused.getFileName().toString());
        }
        LearntPassagesCache.at(tmp).model(taught, ANALYZER, LearntPassagesCacheTest::learntAgain);
    }
}
