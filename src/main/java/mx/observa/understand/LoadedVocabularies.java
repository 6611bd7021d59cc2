package mx.observa.understand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The vocabularies an understander reads from the configuration folder (topic and kind rules, geography, privacy,
 * segmentation, the consultation's days) and its labelled passages, read once per JVM for each content of that folder.
 * Every understander a JVM builds used to parse them again — each service start, command, report writer and
 * left-out classifier; a test JVM builds a hundred or more, about 0.3 s of CPU each with twenty-two labelled sets —
 * though they are read-only once loaded and shared safely by any number of threads.
 *
 * <p>An entry is named by a hash of every file under the folder (relative name and bytes), so an edit of any of them,
 * or another folder with other files, loads again: what is returned is always what loading the files now would give.
 * A configuration that fails to load is not remembered (the next call fails the same way, with the file and the
 * reason). Few entries are kept: a JVM normally reads one configuration.
 */
final class LoadedVocabularies {

    /** Entries kept: one configuration, and room for a test's edited copy beside it. */
    private static final int REMEMBERED = 2;
    private static final Map<String, LoadedVocabularies> BY_CONTENT = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LoadedVocabularies> eldest) {
            return size() > REMEMBERED;
        }
    };

    private final Path configDir;
    // the rules keep the analyzer they were loaded with: one of their own, as the loaded rules outlive any caller's
    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private final TopicRules topicRules;
    private final KindRules kindRules;
    private final Gazetteer gazetteer;
    private final PrivacyVocabulary privacy;
    private final SegmentationVocabulary segmentation;
    private final DateParser.ConsultaDays consulta;
    /** Read on first use: the publishing understander never needs them. */
    private LabelledPassages passages;

    private LoadedVocabularies(Path configDir) {
        this.configDir = configDir;
        this.topicRules = TopicRules.load(configDir.resolve(TopicRules.FILE_NAME), analyzer);
        this.kindRules = KindRules.load(configDir.resolve(KindRules.FILE_NAME), analyzer);
        this.gazetteer = Gazetteer.load(configDir.resolve("geografia"));
        this.privacy = PrivacyVocabulary.load(configDir.resolve(PrivacyVocabulary.DIR));
        this.segmentation = SegmentationVocabulary.load(configDir.resolve(SegmentationVocabulary.FILE_NAME));
        this.consulta = DateParser.ConsultaDays.load(configDir.resolve(DateParser.ConsultaDays.FILE));
    }

    /** The vocabularies of the folder as its files are now: loaded, or the ones loaded before from the same bytes. */
    static LoadedVocabularies of(Path configDir) {
        String key = key(configDir);
        synchronized (BY_CONTENT) {
            LoadedVocabularies loaded = BY_CONTENT.get(key);
            if (loaded == null) {
                loaded = new LoadedVocabularies(configDir);
                // a file edited while it was loaded: what was read may be neither version, so it is not remembered
                if (key.equals(key(configDir))) {
                    BY_CONTENT.put(key, loaded);
                }
            }
            return loaded;
        }
    }

    private static String key(Path configDir) {
        return configDir.toAbsolutePath().normalize() + "\0" + contentHash(configDir);
    }

    TopicRules topicRules() {
        return topicRules;
    }

    KindRules kindRules() {
        return kindRules;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    PrivacyVocabulary privacy() {
        return privacy;
    }

    SegmentationVocabulary segmentation() {
        return segmentation;
    }

    DateParser.ConsultaDays consulta() {
        return consulta;
    }

    /** The labelled passages of {@link LabelledPassages#FOLDER}. */
    synchronized LabelledPassages passages() {
        if (passages == null) {
            passages = LabelledPassages.load(configDir.resolve(LabelledPassages.FOLDER));
        }
        return passages;
    }

    /** SHA-256 over every regular file under the folder, in name order: its name relative to the folder, its bytes. */
    static String contentHash(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "-";
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                sha.update((dir.relativize(file).toString().replace('\\', '/') + "\0" + bytes.length + "\0")
                        .getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la configuración en " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
