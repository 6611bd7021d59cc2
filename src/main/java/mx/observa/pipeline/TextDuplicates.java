package mx.observa.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import mx.observa.archive.Sha256;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.Searchers;
import mx.observa.model.DeclaredField;
import mx.observa.model.Submission;
import mx.observa.text.Folding;

/**
 * Recognizes a report an observer sent again through another channel (the same text by e-mail, in the web form and
 * in a questionnaire export): same words once accents, case, punctuation and spacing are ignored, and not known to
 * come from a different person. The repeat keeps its own folio and is linked to the first ({@code duplicate_of})
 * instead of being dropped or counted twice.
 *
 * <p>Exact-text matching only; a near-duplicate detector can take this class's place behind the same two calls.
 * Very short texts ("Sin incidencias.") are never linked: many observers write them independently.
 *
 * <p>What was seen before is rebuilt on first use from the index (the findings of every report that is not itself a
 * repeat) and the archive (who sent each), so it survives restarts and follows {@code observa reindex}.
 */
public final class TextDuplicates {

    private record Seen(String folio, String observer) {
    }

    private final Searchers index;
    private final Function<String, Optional<Submission>> submissionByFolio;
    private final int minWords;
    private final Map<String, List<Seen>> byFingerprint = new HashMap<>();
    private boolean loaded;

    /**
     * @param submissionByFolio the archived submission of a folio (to know who sent the reports already indexed)
     * @param minWords          texts with fewer words are never linked
     */
    public TextDuplicates(Searchers index, Function<String, Optional<Submission>> submissionByFolio, int minWords) {
        this.index = index;
        this.submissionByFolio = submissionByFolio;
        this.minWords = minWords;
    }

    /**
     * The folio of the first report with the same text from the same (or an unknown) observer; when there is none,
     * this report becomes the first for its text.
     *
     * @param findings the report's findings, in order: what the understand stage kept of the text
     */
    public synchronized Optional<String> firstOrRegister(Submission submission, List<String> findings) {
        load();
        Optional<String> fingerprint = fingerprint(findings);
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        String observer = observer(submission);
        List<Seen> seen = byFingerprint.computeIfAbsent(fingerprint.get(), k -> new ArrayList<>());
        for (Seen s : seen) {
            if (s.folio().equals(submission.folio())) {
                return Optional.empty(); // processed again (reindex, resume): it is still the first
            }
            if (s.observer() == null || observer == null || s.observer().equals(observer)) {
                return Optional.of(s.folio());
            }
        }
        seen.add(new Seen(submission.folio(), observer));
        return Optional.empty();
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (IndexedFinding f : FindingReader.all(index)) {
            if (f.duplicateOf() == null) {
                texts.computeIfAbsent(f.folio(), k -> new ArrayList<>()).add(f.text());
            }
        }
        texts.forEach((folio, findings) -> fingerprint(findings).ifPresent(fp -> byFingerprint
                .computeIfAbsent(fp, k -> new ArrayList<>())
                .add(new Seen(folio, submissionByFolio.apply(folio).map(TextDuplicates::observer).orElse(null)))));
    }

    /** Who sent a report, as far as the channel says: the e-mail declared or used, else the accreditation number. */
    static String observer(Submission s) {
        String mail = s.declared(DeclaredField.CORREO) != null ? s.declared(DeclaredField.CORREO) : s.sender();
        if (mail != null && !mail.isBlank()) {
            return mail.strip().toLowerCase(Locale.ROOT);
        }
        String accreditation = s.declared(DeclaredField.ACREDITACION);
        return accreditation == null ? null : "acreditacion:" + Folding.foldLower(accreditation).replaceAll("\\s+", "");
    }

    /** SHA-256 of the folded words, or empty when the text is too short to tell one person's report from another's. */
    Optional<String> fingerprint(List<String> findings) {
        String[] words = Folding.foldLower(String.join(" ", findings)).split("[^\\p{L}\\p{N}]+");
        StringBuilder normalized = new StringBuilder();
        int count = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                normalized.append(w).append(' ');
                count++;
            }
        }
        if (count < minWords) {
            return Optional.empty();
        }
        return Optional.of(Sha256.of(normalized.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
