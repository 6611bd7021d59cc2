package mx.observa.index;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.ParseException;
import java.util.List;

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
    /** The file's one-word entries by the stems of their family ({@link #nounsOfVerb}, {@link #plainOfDiminutive}). */
    private java.util.Map<String, List<Entry>> entriesByStem = java.util.Map.of();
    /** The file's one-word entries by what they sound like ({@link SoundAlike#key}, {@link #soundingLike}). */
    private java.util.Map<String, List<Entry>> entriesBySound = java.util.Map.of();

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
                entriesByStem = java.util.Map.of();
                entriesBySound = java.util.Map.of();
                loadedAt = null;
            }
            return current;
        }
        if (!modified.equals(loadedAt)) {
            loadedAt = modified;
            try {
                current = new QueryAnalyzer(base, parse());
                List<String> words = oneWordEntries();
                entriesByStem = byStem(words);
                entriesBySound = bySound(words);
                LOG.info("Sinónimos cargados de {}", file);
            } catch (IOException | ParseException | IllegalArgumentException e) {
                LOG.warn("El archivo de sinónimos {} tiene un error y se sigue usando la versión anterior: {}",
                        file, e.getMessage());
            }
        }
        return current;
    }

    /**
     * The one-word entries of the file that {@code term} (a word as the index analyzes it, which is none of them) is a
     * verb built on: a verb form ({@link WordForms#verbForm}) of the entry's family ({@link WordForms#stems}) that
     * starts with the entry («retratar» on «retrato», «destrozada» on «destrozo», «presionaron» on «presión»). The
     * file lists the forms people use; the verb of a listed noun is the same thing told as an action. Not the other
     * way round, nor across a derivation: «observaron» is not «observador», «computadora» not «cómputo».
     */
    synchronized List<String> nounsOfVerb(String term) {
        queryAnalyzer(); // reloads the file when it changed
        java.util.Map<String, List<Entry>> entries = entriesByStem;
        if (entries.isEmpty() || !WordForms.verbForm(term)) {
            return List.of();
        }
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (String stem : WordForms.stems(new org.tartarus.snowball.ext.SpanishStemmer(), term, true)) {
            for (Entry e : entries.getOrDefault(stem, List.of())) {
                if (e.term().equals(term)) {
                    return List.of(); // the word is an entry itself: the synonyms already hold it
                }
                if (stem.length() >= MIN_FAMILY_STEM && term.startsWith(e.term())) {
                    found.add(e.word());
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The one-word entry of the file whose diminutive {@code term} is (a word as the index analyzes it: «borrachit» of
     * «borracho», «abuelit» of «abuelos»), or none. The file lists the plain word; people write its diminutive for the
     * same thing («un borrachito», «los abuelitos»), and the diminutive then means what the entry's group means.
     * Nothing when the word is an entry itself, or when no entry is its plain word ({@link WordForms#plainOfDiminutive}).
     */
    synchronized List<String> plainOfDiminutive(String term) {
        queryAnalyzer(); // reloads the file when it changed
        String plain = WordForms.plainOfDiminutive(term);
        if (plain == null || entriesByStem.isEmpty()) {
            return List.of();
        }
        List<Entry> same = entriesByStem.values().stream().flatMap(List::stream)
                .filter(e -> e.term().equals(plain) || e.term().equals(term)).distinct().toList();
        // a diminutive that is an entry itself is already its own group's
        return same.stream().anyMatch(e -> e.term().equals(term)) ? List.of()
                : same.stream().map(Entry::word).distinct().toList();
    }

    /**
     * The one-word entry of the file that {@code term} (a word as the index analyzes it, which no report writes) sounds
     * exactly like and is spelt otherwise ({@link SoundAlike#key}: «biejitos» of «viejitos», «ansianos» of «ancianos»),
     * as the file writes it; none when no entry or several do, or the word is too short to tell. The file lists the
     * words people use for what the reports write otherwise, and those are the words a query misspells: no report
     * need have them for the misspelling to be theirs.
     */
    synchronized java.util.Optional<String> soundingLike(String term) {
        queryAnalyzer(); // reloads the file when it changed
        if (term.codePointCount(0, term.length()) < SoundAlike.MIN_LENGTH) {
            return java.util.Optional.empty();
        }
        List<Entry> alike = entriesBySound.getOrDefault(SoundAlike.key(term), List.of()).stream()
                .filter(e -> !e.term().equals(term)).toList();
        return alike.size() == 1 ? java.util.Optional.of(alike.get(0).word()) : java.util.Optional.empty();
    }

    /** Each one-word entry under what it sounds like, once per indexed word. */
    private java.util.Map<String, List<Entry>> bySound(List<String> words) throws IOException {
        java.util.Map<String, List<Entry>> by = new java.util.HashMap<>();
        for (String word : words) {
            List<String> terms = HeaderPlaces.terms(word, base);
            if (terms.size() != 1) {
                continue;
            }
            Entry entry = new Entry(word, terms.get(0));
            List<Entry> same = by.computeIfAbsent(SoundAlike.key(entry.term()), k -> new java.util.ArrayList<>());
            if (same.stream().noneMatch(e -> e.term().equals(entry.term()))) {
                same.add(entry);
            }
        }
        return java.util.Map.copyOf(by);
    }

    /** Shorter stems say too little to stand for a family («sol», «sola» and «solo» share one). */
    private static final int MIN_FAMILY_STEM = 5;

    /** A one-word entry of the file as written and as the index analyzes it. */
    private record Entry(String word, String term) {
    }

    /** Each one-word entry under each stem of its family. */
    private java.util.Map<String, List<Entry>> byStem(List<String> words) throws IOException {
        java.util.Map<String, List<Entry>> by = new java.util.HashMap<>();
        org.tartarus.snowball.ext.SpanishStemmer stemmer = new org.tartarus.snowball.ext.SpanishStemmer();
        for (String word : words) {
            List<String> terms = HeaderPlaces.terms(word, base);
            if (terms.size() != 1) {
                continue;
            }
            Entry entry = new Entry(word, terms.get(0));
            for (String stem : WordForms.stems(stemmer, terms.get(0))) {
                List<Entry> same = by.computeIfAbsent(stem, k -> new java.util.ArrayList<>());
                if (same.stream().noneMatch(e -> e.term().equals(entry.term()))) {
                    same.add(entry);
                }
            }
        }
        return java.util.Map.copyOf(by);
    }

    /** The one-word entries a query word is looked up by: every word of a group, the left side of a one-way rule. */
    private List<String> oneWordEntries() throws IOException {
        List<String> words = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            int arrow = rule.indexOf("=>");
            for (String entry : (arrow >= 0 ? rule.substring(0, arrow) : rule).split(",")) {
                String word = entry.strip();
                if (!word.isEmpty() && !word.contains(" ")) {
                    words.add(word);
                }
            }
        }
        return words;
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
