package mx.observa.understand;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.config.ObservaConfig;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * What a JVM learns from the labelled passages at start — the kind model's weights and the passages' in-memory index —
 * kept on disk ({@code observa.understand.cache}) so the next JVM reads it instead of learning it again: every
 * command, service and store reader pays that learning at start (about 1.2 s of CPU with 6,500 passages), and the
 * integration tests start a hundred such JVMs. Empty setting: no cache, every JVM learns (as before it existed).
 *
 * <p>An entry is named by a hash of everything its content depends on: the passages' texts and kinds in order, the
 * byte code of the classes that learn and analyse them, Lucene's version and a format number. Any change to the
 * passages file or to that code gives another name, so a stale entry is never read. Entries are written to a
 * folder of their own and renamed into place at once, so two JVMs writing the same entry at the same time leave one
 * whole entry (the same bytes either way) and a reader never sees half of one; an entry that cannot be read is
 * learnt again. Reading an entry marks it used; writing one forgets all but the {@link #KEPT} entries used last, so
 * the folder does not grow with every edit of the passages (a reader racing the forgetting learns again).
 */
final class LearntPassagesCache {

    private static final Logger LOG = LoggerFactory.getLogger(LearntPassagesCache.class);

    /** Changes whenever what an entry holds, or how, changes. */
    private static final int FORMAT = 2;
    private static final String MODEL = "modelo.bin";
    private static final String INDEX = "indice";
    private static final String ENTRY_PREFIX = "pasajes-";
    /**
     * Entries kept: room for a leave-one-out evaluation (one entry per labelled set, twenty-odd) of two versions of
     * the passages or the code at once, as when two working copies share a cache.
     */
    static final int KEPT = 64;
    /**
     * The classes whose code decides what is learnt: a change to any of them is a new entry. Not {@link NearestPassages},
     * which only searches the index {@link PassageIndex} builds: a change to how it searches learns nothing again.
     */
    private static final List<Class<?>> LEARNING_CODE = List.of(KindModel.class, PassageIndex.class,
            AnalysedPassages.class, FoldingSpanishAnalyzer.class, LearntPassagesCache.class);

    private final Path dir;

    private LearntPassagesCache(Path dir) {
        this.dir = dir;
    }

    static LearntPassagesCache none() {
        return new LearntPassagesCache(null);
    }

    /** The cache of {@code observa.understand.cache} (a folder, relative to the home), or none when it is empty. */
    static LearntPassagesCache of(ObservaConfig config) {
        String configured = config.get("observa.understand.cache").strip();
        return configured.isEmpty() ? none() : new LearntPassagesCache(config.configFile("observa.understand.cache"));
    }

    static LearntPassagesCache at(Path dir) {
        return new LearntPassagesCache(dir);
    }

    /** The kind model of these passages: read from the cache, or learnt by {@code learn} and written to it. */
    KindModel model(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer, Supplier<KindModel> learn) {
        if (dir == null || labelled.passages().isEmpty()) {
            return learn.get();
        }
        Path entry = entry(labelled).resolve(MODEL);
        if (Files.isRegularFile(entry)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry), 1 << 16))) {
                KindModel read = KindModel.read(in, analyzer);
                markUsed(entry.getParent());
                return read;
            } catch (IOException | RuntimeException e) {
                LOG.warn("No se pudo leer el modelo guardado {}; se aprende de nuevo", entry, e);
            }
        }
        KindModel model = learn.get();
        write(entry, out -> {
            try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16))) {
                model.write(data);
            }
        });
        return model;
    }

    /**
     * The in-memory index of these passages: a copy of the cached one, or built by {@code build} and written to the
     * cache. Either way a {@link ByteBuffersDirectory} with the same segment files, so searches score the same.
     */
    ByteBuffersDirectory index(LabelledPassages labelled, Supplier<ByteBuffersDirectory> build) {
        if (dir == null || labelled.passages().isEmpty()) {
            return build.get();
        }
        Path entry = entry(labelled).resolve(INDEX);
        if (Files.isDirectory(entry)) {
            try {
                ByteBuffersDirectory read = copy(entry);
                markUsed(entry.getParent());
                return read;
            } catch (IOException | RuntimeException e) {
                LOG.warn("No se pudo leer el índice guardado {}; se construye de nuevo", entry, e);
            }
        }
        ByteBuffersDirectory built = build.get();
        publish(entry, tmp -> {
            try (Directory target = FSDirectory.open(tmp)) {
                for (String file : built.listAll()) {
                    target.copyFrom(built, file, file, IOContext.DEFAULT);
                }
                target.sync(List.of(target.listAll()));
            }
        });
        return built;
    }

    private static ByteBuffersDirectory copy(Path stored) throws IOException {
        ByteBuffersDirectory memory = new ByteBuffersDirectory();
        try (Directory source = FSDirectory.open(stored)) {
            for (String file : source.listAll()) {
                memory.copyFrom(source, file, file, IOContext.READONCE);
            }
        }
        return memory;
    }

    private Path entry(LabelledPassages labelled) {
        return dir.resolve(ENTRY_PREFIX + key(labelled));
    }

    /** The hash that names an entry: the passages' texts and kinds, the learning code, Lucene, the format. */
    static String key(LabelledPassages labelled) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("format " + FORMAT + "\0lucene " + Version.LATEST + "\0").getBytes(StandardCharsets.UTF_8));
            for (Class<?> code : LEARNING_CODE) {
                sha.update(byteCode(code));
            }
            for (LabelledPassages.Passage p : labelled.passages()) {
                sha.update((p.text() + "\0" + p.kind().name() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] byteCode(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            if (in == null) {
                throw new IllegalStateException("sin el código de " + type.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Writing<T> {
        void to(T target) throws IOException;
    }

    /** A file written whole under another name first, then renamed into place (the same bytes whoever wins). */
    private void write(Path file, Writing<OutputStream> content) {
        publish(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp.resolve(MODEL))) {
                content.to(out);
            }
        }, MODEL);
    }

    private void publish(Path target, Writing<Path> content) {
        publish(target, content, null);
    }

    /**
     * Writes into a fresh folder beside the entry, then renames it (or, with {@code file}, that file of it) into
     * place atomically; when another JVM was first, its copy stays and this one is deleted. A failure to write costs
     * only the next JVM's learning: it is logged, not thrown.
     */
    private void publish(Path target, Writing<Path> content, String file) {
        Path tmp = target.getParent().resolve(".escribiendo-" + UUID.randomUUID());
        try {
            Files.createDirectories(tmp);
            content.to(tmp);
            Path written = file == null ? tmp : tmp.resolve(file);
            try {
                Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
                markUsed(entryOf(target));
                forgetLeastUsed();
            } catch (AtomicMoveNotSupportedException e) {
                throw e;
            } catch (IOException e) {
                if (!Files.exists(target)) {
                    throw e;
                }
                LOG.debug("Otra JVM guardó antes {}", target); // a folder is not renamed over a full one
            }
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warn("La carpeta {} no permite renombrar de una vez; no se guarda lo aprendido", dir, e);
        } catch (IOException | RuntimeException e) {
            LOG.warn("No se pudo guardar {}", target, e);
        } finally {
            delete(tmp);
        }
    }

    /** The entry folder a published file or folder belongs to (the folder right under the cache's). */
    private Path entryOf(Path published) {
        return dir.resolve(dir.relativize(published).getName(0));
    }

    private static void markUsed(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.debug("No se pudo marcar como usado {}", entry, e);
        }
    }

    /** Deletes all but the {@link #KEPT} entries used last; the folders being written are no entries. */
    private void forgetLeastUsed() {
        List<Path> entries;
        try (Stream<Path> listed = Files.list(dir)) {
            entries = listed.filter(p -> p.getFileName().toString().startsWith(ENTRY_PREFIX))
                    .sorted(Comparator.comparing(LearntPassagesCache::lastUsed).reversed())
                    .toList();
        } catch (IOException e) {
            LOG.debug("No se pudo listar {}", dir, e);
            return;
        }
        entries.stream().skip(KEPT).forEach(LearntPassagesCache::delete);
    }

    private static FileTime lastUsed(Path entry) {
        try {
            return Files.getLastModifiedTime(entry);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // gone meanwhile: first to forget
        }
    }

    private static void delete(Path tree) {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("No se pudo borrar {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.debug("No se pudo borrar {}", tree, e);
        }
    }
}
