package mx.observa.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import mx.observa.index.IndexSchema;
import mx.observa.index.IndexedFinding;
import mx.observa.model.PersonalData;
import mx.observa.model.Report;
import mx.observa.text.Folding;
import mx.observa.understand.AnnouncedNames;
import mx.observa.understand.Detection;
import mx.observa.understand.FileNames;
import mx.observa.understand.KnownPersonalData;
import mx.observa.understand.OcrLetters;
import mx.observa.understand.PrivateAddresses;

/**
 * Removes personal data from every text the report publishes (HTML, PDF, CSV, JSON, quotes).
 *
 * <p>Two layers: first the spans the project's personal-data detector finds (with every occurrence of what is already
 * known to be personal in the text's report, see {@link #known}), then a conservative safety net of
 * patterns that must never leak whatever the detector misses — e-mail addresses, telephone numbers, CURP, clave de
 * elector, RFC and other long identifiers, and names where the text announces one ({@link AnnouncedNames}: "Nombre:",
 * "Observadora:", "Atentamente" and the lines after it, "Sra. …", "me llamo …", bylines). The safety net prefers
 * removing too much: a published report may lose a word, it may not expose a person. The detector knows the names the
 * net announces anywhere in a report's text, so every other occurrence is redacted too.
 */
public final class Redactor {

    /** What replaces each removed span. */
    public static final String MARK = "[dato personal]";

    /**
     * A label announcing contact data or an identifier + colon (or a tab: a table's cells): the rest of the line (or
     * up to a semicolon).
     */
    private static final Pattern CONTACT_LABEL = Pattern.compile(
            "(?iu)\\b(?:tel[ée]fono|celular|cel|tel|whats[ae]?pp|correo(?:\\s+electr[óo]nico)?|e-?mail|domicilio"
                    + "|direcci[óo]n\\s+particular|curp|clave\\s+de\\s+elector|credencial(?:\\s+para\\s+votar)?)"
                    + "\\.?(?:[ \\t]*[:：]|\\t)[ \\t]*([^\\n;]+)");
    /**
     * A period that ends a sentence inside a contact label's value: after a number, a code or a word of four letters
     * or more (not after an abbreviation: "Av. Universidad", "Col. Xoco", "Lic. Ana"), before a capitalized word.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\d|[\\p{L}\\d]{4})\\.[ \\t]+(?=\\p{Lu}\\p{Ll})");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@{1,2}[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");
    private static final Pattern CURP = Pattern.compile("(?i)\\b[A-Z]{4}\\d{6}[HMX][A-Z]{5}[A-Z\\d]\\d\\b");
    private static final Pattern CLAVE_ELECTOR = Pattern.compile("(?i)\\b[A-Z]{6}\\d{8}[HMX]\\d{3}\\b");
    private static final Pattern RFC = Pattern.compile("(?i)\\b[A-ZÑ&]{3,4}\\d{6}[A-Z\\d]{3}\\b");
    /** Long codes mixing letters and digits (IDMEX…, OCR and CIC of the voter card). */
    private static final Pattern LONG_CODE = Pattern.compile("(?i)\\b(?=[A-Z\\d]*\\d{6})(?=[A-Z\\d]*[A-Z])[A-Z\\d]{12,}\\b");
    /**
     * Telephone numbers: 8 or 10 digits with optional +52 (+52 1) or another country's code ("+1 (213) 555-0142"), the
     * mobile 044 / 045 or the old 01, area code in parentheses and separators (middle dots too: "55·5555·3107"). A run
     * whose last group is the hour of a clock («01.05.22 07:58», a chat export's time stamp) is a date and a time.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w-])(?:(?:\\+\\d{1,3}|52)[\\s.\\u00B7\\p{Pd}]?(?:1[\\s.\\u00B7\\p{Pd}]?)?|04[45][\\s.\\u00B7\\p{Pd}]?|01[\\s.\\u00B7\\p{Pd}]?)?"
                    + "(?:(?:\\(\\d{2,3}\\)|\\d{2,3})[\\s.\\u00B7\\p{Pd}]?)?\\d{3,4}[\\s.\\u00B7\\p{Pd}]?\\d{4}(?![\\w-])(?!:\\d)"
                    + "|(?<![\\w-])\\d{2}(?:[\\s.\\u00B7\\p{Pd}]\\d{2}){3,4}(?![\\w-])(?!:\\d)");
    /**
     * An address spelt out in words to dodge a filter, «arroba» for the at sign («hpacheco arroba correo punto mx») or
     * «en» where the local part and the domain spell their dots («ana punto ruiz en correo punto com»): a domain ends
     * in a spelt dot and a top-level word, which no sentence does.
     */
    private static final Pattern SPELT_EMAIL = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d._-])[\\p{L}\\d_-]+(?:(?:[ \\t]+(?:punto|dot)[ \\t]+|[._])[\\p{L}\\d_-]+)*"
                    + "(?:[ \\t]+(?:arroba|at)[ \\t]+|(?<=[ \\t](?:punto|dot)[ \\t][\\p{L}\\d_-]{1,40})[ \\t]+en[ \\t]+)"
                    + "[\\p{L}\\d-]+(?:[ \\t]+(?:punto|dot)[ \\t]+[\\p{L}\\d-]+)*[ \\t]+(?:punto|dot)[ \\t]+"
                    + "(?:com|mx|org|net|edu|gob|info|example|io|co)(?![\\p{L}\\d])");
    /**
     * Every spelt address holds a spelt dot between blanks. {@link #SPELT_EMAIL} tries a match at every word of a text
     * and was the costliest pattern of a redaction (about 1 ms per finding of 90 words); a text without this run has
     * no spelt address, so it is not tried.
     */
    private static final Pattern SPELT_DOT = Pattern.compile("(?iu)[ \\t](?:punto|dot)[ \\t]");
    /** Any other run of 11 or more digits is an identifier, never a quantity an observer reports. */
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\w-])\\d{11,18}(?![\\w-])");

    /**
     * The project's personal-data detector: spans in {@code text}, including every occurrence of what is known, and
     * the parts where the text announces a person ({@link AnnouncedNames}), read in the same scan.
     */
    @FunctionalInterface
    public interface Detector {
        Detection find(String text, KnownPersonalData known);
    }

    /** Reports whose known personal data is kept between requests: the commission's pages and searches. */
    private static final int KNOWN_KEPT = 1_024;

    private final Detector detector;
    /**
     * What is known of a report, by what it was computed from: every page, API answer and search hit the commission
     * asks for redacts with it, and computing it (the file name read by the detector, the name forms' patterns)
     * costs more than the redaction of a snippet. Bounded; the least used go first.
     */
    private final Cache<KnownOf, KnownPersonalData> knownOf = Caffeine.newBuilder().maximumSize(KNOWN_KEPT).build();

    private record KnownOf(List<String> stored, String sourceName) {
    }

    /**
     * Characters of text whose spans are kept: a 128th of the heap (a char is two bytes, so under 2 % of it) and at
     * most four million. A service with {@code -Xmx512m} keeps about four million, a store reader in {@code -Xmx48m}
     * about 390,000.
     */
    static final long SPANS_KEPT_CHARS = Math.min(4_000_000L, Runtime.getRuntime().maxMemory() / 128);

    /**
     * The spans of a text already redacted with the same known personal data (by identity: {@link #known} hands out
     * one instance per report while it is kept). The commission's views redact the same texts again and again: a
     * report's page and its API answer, the export, and every search, whose matches are checked against the visible
     * text of each finding that holds a searched word in its personal data, and whose hits' snippets repeat in the
     * page and the API. The detector is the costliest part of a request and a pure function of the text and what is
     * known, so the answer is kept; bounded by the characters kept, the least used go first.
     */
    private final Cache<SpansOf, int[][]> spansOf = Caffeine.newBuilder().maximumWeight(SPANS_KEPT_CHARS)
            .weigher((SpansOf key, int[][] spans) -> key.text().length() + 2 * spans.length).build();

    private record SpansOf(String text, KnownPersonalData known) {
    }

    /** @param detector the project's detector: spans of personal data in a text (offsets into that text) */
    public Redactor(Detector detector) {
        this.detector = detector;
    }

    /** Only the safety net, for when no detector is wired. */
    public static Redactor safetyNetOnly() {
        return new Redactor((text, known) -> new Detection(List.of(), AnnouncedNames.spans(text)));
    }

    /**
     * What is known to be personal about one report: the strings stored for it at intake ({@code stored}: the
     * personal data of its text, the observer, the sender, the declared name and e-mail) and the names in its
     * original file name ("Informe_Juan_Perez.pdf"), read with separators as spaces.
     */
    public KnownPersonalData known(Collection<String> stored, String sourceName) {
        List<String> strings = stored == null ? List.of() : stored.stream().filter(Objects::nonNull).toList();
        return knownOf.get(new KnownOf(strings, sourceName), key -> computeKnown(key.stored(), key.sourceName()));
    }

    private KnownPersonalData computeKnown(List<String> stored, String sourceName) {
        List<String> all = new ArrayList<>(stored);
        if (sourceName != null && !sourceName.isBlank()) {
            detector.find(FileNames.spaced(sourceName), KnownPersonalData.NONE).personalData().forEach(p -> all.add(p.text()));
        }
        return KnownPersonalData.of(all);
    }

    /** {@link #known(Collection, String)} of the report a finding belongs to. */
    public KnownPersonalData known(IndexedFinding finding) {
        return known(finding.personalData(), finding.source());
    }

    /** {@link #known(Collection, String)} of a stored report: the same strings its index documents keep. */
    public KnownPersonalData known(Report report) {
        return known(IndexSchema.personalData(report), report.source());
    }

    public String redact(String text) {
        return redact(text, KnownPersonalData.NONE);
    }

    /**
     * The value of each contact label: up to the next column or field of its line ("Domicilio: Oriente 116      Tel. de
     * la sede: …", whose second field is someone else's) and to the end of its sentence ("Clave de elector: MRLS…H200.
     * Lo llevaron al Hospital …"). The next label is looked for right after a value, so a field the cut left out is
     * still read as one.
     */
    private static void addContactValues(String text, List<int[]> spans) {
        Matcher label = CONTACT_LABEL.matcher(text);
        String folded = null;
        int from = 0;
        while (from < text.length() && label.find(from)) {
            String value = label.group(1);
            from = label.end();
            if (value.isBlank()) {
                continue;
            }
            int start = label.start(1) + (value.length() - value.stripLeading().length());
            int end = label.end(1) - (value.length() - value.stripTrailing().length());
            if (folded == null) {
                folded = Folding.foldPreservingLength(text);
            }
            int valueEnd = PrivateAddresses.columnEnd(folded, start, end);
            Matcher sentence = SENTENCE_END.matcher(text).region(start, valueEnd);
            int stop = sentence.find() ? sentence.start() : valueEnd;
            spans.add(new int[] {start, stop});
            from = Math.max(stop, start + 1);
        }
    }

    /** The text with every span of {@link #spans} replaced by {@link #MARK}. */
    public String redact(String text, KnownPersonalData known) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return replace(text, spans(text, known));
    }

    /**
     * An original file name or mail subject as it may be shown: the same redaction, reading underscores, dots and
     * hyphens as spaces ("Informe_Juan_Perez.pdf" → "Informe_[dato personal].pdf").
     */
    public String redactFileName(String name, KnownPersonalData known) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return replace(name, spans(FileNames.spaced(name), known));
    }

    /**
     * What would be removed from {@code text}: the detector's spans (with every occurrence of {@code known}) and the
     * safety net's, merged, sorted, as {@code [start, end)} pairs.
     */
    public List<int[]> spans(String text, KnownPersonalData known) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        int[][] kept = spansOf.get(new SpansOf(text, known == null ? KnownPersonalData.NONE : known),
                key -> computeSpans(key.text(), key.known()).toArray(int[][]::new));
        // a copy: callers own the list and its pairs
        List<int[]> spans = new ArrayList<>(kept.length);
        for (int[] s : kept) {
            spans.add(s.clone());
        }
        return spans;
    }

    private List<int[]> computeSpans(String text, KnownPersonalData known) {
        List<int[]> spans = new ArrayList<>();
        Detection detection = detector.find(text, known);
        for (PersonalData p : detection.personalData()) {
            spans.add(new int[] {Math.max(0, p.start()), Math.min(text.length(), p.end())});
        }
        for (int[] s : detection.announced()) {
            spans.add(new int[] {Math.max(0, s[0]), Math.min(text.length(), s[1])});
        }
        addContactValues(text, spans);
        for (Pattern p : List.of(EMAIL, SPELT_EMAIL, CURP, CLAVE_ELECTOR, RFC, LONG_CODE)) {
            if (p == SPELT_EMAIL && !SPELT_DOT.matcher(text).find()) {
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        // numbers are read as a scan's OCR may have written them ("55 5555 72l0"): same length, same offsets
        String digits = OcrLetters.read(text);
        for (Pattern p : List.of(PHONE, LONG_NUMBER)) {
            Matcher m = p.matcher(digits);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return merge(spans);
    }

    private static List<int[]> merge(List<int[]> spans) {
        spans.removeIf(s -> s[1] <= s[0]);
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        return merged;
    }

    private static String replace(String text, List<int[]> spans) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            out.append(text, at, s[0]).append(MARK);
            at = s[1];
        }
        return out.append(text.substring(at)).toString();
    }
}
