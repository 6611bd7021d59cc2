package mx.observa.understand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Finding;
import mx.observa.model.PersonalData;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.Understanding;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Turns an extracted text into metadata (where, when, who), findings — each with its kind and the commission's
 * topics, and the words that justify the kind and each topic — and personal-data spans for redaction. A passage
 * that is not language (OCR noise, a broken encoding) is kept as an illegible finding, unclassified.
 *
 * <p>Configuration, all under {@link ObservaConfig#configDir()}: {@code taxonomia.yaml} (topic rules),
 * {@code tipos.yaml} (finding kinds and Spanish negation), {@code segmentacion.yaml} (the words of what is not a
 * finding), {@code privacidad/} (the vocabulary of personal data) and
 * {@code geografia/} (alcaldías and the UT catalogue); {@code observa.consulta.anio} (default 2022) is the year of a
 * date written without one; {@code calendario-consulta.csv} the consultation's days, which date a report that
 * describes a mesa at work without writing a date. A broken configuration fails here, at start-up, with the file and the reason.
 *
 * <p>Thread-safe: built once, then {@link #understand} is called from several pipeline threads.
 */
public final class ReportUnderstander {

    private final MetadataExtractor metadata;
    /** The names {@link #detection} reads in a text, kept: the same findings are detected again by every redaction. */
    private final NamesOfTexts namesOf;
    private final IllegibleText illegible = new IllegibleText();
    private final Segmenter segmenter;
    private final TopicClassifier topics;
    private final KindClassifier kinds;
    private final NearestPassages nearest;
    private final PersonalDataDetector personalData;
    private final NamesBesideHidden namesBeside;
    private final PrivacyVocabulary privacy;
    private final KindRules kindRules;
    private final ChannelHintDetector channels = new ChannelHintDetector();
    private final TopicRules rules;
    private final FoldingSpanishAnalyzer analyzer;

    public ReportUnderstander(ObservaConfig config, FoldingSpanishAnalyzer analyzer) {
        this(config, analyzer, new NearestPassages(LoadedVocabularies.of(config.configDir()).passages(),
                analyzer, LearntPassagesCache.of(config)));
    }

    /**
     * For what only reads understood text — the redaction of published quotes and the topics' labels: without the
     * nearest-passage classifier, whose labelled passages and model grow with every labelled set and would be held
     * for nothing by a process that writes the consolidated report in a small heap. {@link #detection} and
     * {@link #topicLabels} are the same as the full understander's.
     */
    public static ReportUnderstander forPublishing(ObservaConfig config, FoldingSpanishAnalyzer analyzer) {
        return new ReportUnderstander(config, analyzer, new NearestPassages(LabelledPassages.none(), analyzer));
    }

    /** Understanding whose nearest-passage classifier learns from these passages (cross-validation). */
    ReportUnderstander(ObservaConfig config, FoldingSpanishAnalyzer analyzer, NearestPassages nearest) {
        this(LoadedVocabularies.of(config.configDir()), (int) config.getLong("observa.consulta.anio"), analyzer, nearest);
    }

    // the vocabularies a JVM already read from the same configuration files (LoadedVocabularies): read-only, shared
    private ReportUnderstander(LoadedVocabularies loaded, int consultationYear, FoldingSpanishAnalyzer analyzer,
                               NearestPassages nearest) {
        this(loaded.topicRules(), loaded.kindRules(), loaded.gazetteer(), loaded.privacy(), loaded.segmentation(),
                consultationYear, loaded.consulta(), analyzer, nearest);
    }

    ReportUnderstander(TopicRules rules, KindRules kindRules, Gazetteer gazetteer, PrivacyVocabulary privacy,
                       SegmentationVocabulary segmentation, int consultationYear, DateParser.ConsultaDays consulta,
                       FoldingSpanishAnalyzer analyzer, NearestPassages nearest) {
        this.rules = rules;
        this.analyzer = analyzer;
        this.metadata = new MetadataExtractor(gazetteer, privacy, consultationYear, consulta);
        this.namesOf = new NamesOfTexts(metadata::names);
        this.segmenter = new Segmenter(illegible, segmentation);
        this.topics = new TopicClassifier(rules);
        this.kinds = new KindClassifier(kindRules);
        this.nearest = nearest;
        this.personalData = new PersonalDataDetector(privacy, gazetteer);
        this.namesBeside = new NamesBesideHidden(privacy, gazetteer);
        this.privacy = privacy;
        this.kindRules = kindRules;
    }

    /**
     * @param text       the text extracted from one document
     * @param sourceName its original name, used only in error messages
     */
    public Understanding understand(String text, String sourceName) {
        return understand(text, sourceName, KnownPersonalData.NONE, List.of());
    }

    /**
     * @param known       what the delivery says is personal (the sender, the declared name and e-mail): every
     *                    occurrence in the text is personal data
     * @param namedPeople the people the delivery names without saying they are people (display names and addresses in
     *                    the headers of the e-mail message it came in): those that look like names of people are known too
     */
    public Understanding understand(String text, String sourceName, KnownPersonalData known, Collection<String> namedPeople) {
        return understand(text, sourceName, known, namedPeople, (names, findings) -> { });
    }

    /**
     * {@link #understand(String, String, KnownPersonalData, Collection)}, telling {@code beforePersonalData} how many
     * distinct names the metadata read and how many findings the text makes before personal data are looked for (the
     * costliest step on a text that reads as thousands of names): it may stop there by throwing (the pipeline's bound
     * on what a report may hold), which is passed on as thrown.
     */
    public Understanding understand(String text, String sourceName, KnownPersonalData known, Collection<String> namedPeople,
                                    java.util.function.BiConsumer<Integer, Integer> beforePersonalData) {
        try {
            String clean = clean(text);
            MetadataExtractor.Result meta = metadata(clean);
            List<Finding> read = read(clean, meta, segments(clean, meta), RulesReadings.none());
            List<Finding> findings = DocumentFrame.withoutFrame(read);
            beforePersonalData.accept((int) meta.names().stream().map(Mention::value).distinct().count(), findings.size());
            List<PersonalData> personal = personalData(clean, meta, known, namedPeople);
            // the report's frame is no finding, but a name it shows on its own is still a name (a signature line)
            return new Understanding(meta.metadata(), List.copyOf(findings), withWhatFindingsShow(clean, read, known, personal));
        } catch (RejectedSubmission e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("No se pudo analizar el informe " + sourceName + ": " + e.getMessage(), e);
        }
    }

    // The steps of understand, one method each so that a profile can time them apart (UnderstandingProfile).

    // overlong lines are broken last: the unwrapper could join the pieces of a paragraph again
    String clean(String text) {
        return OverlongLines.broken(TableRows.asLabels(LineUnwrapper.unwrap(sameLengthNewlines(text == null ? "" : text))));
    }

    // the whole text's names are kept with the findings' (namesOf): the redaction of the report's text as stored reads
    // the same text again whenever cleaning it for understanding changed nothing that detection reads differently
    MetadataExtractor.Result metadata(String clean) {
        return metadata.extract(clean, namesOf::of);
    }

    List<Segmenter.Segment> segments(String clean, MetadataExtractor.Result meta) {
        return segmenter.segment(clean, meta.mentionSpans());
    }

    List<Finding> findings(String clean, MetadataExtractor.Result meta, List<Segmenter.Segment> segments) {
        return findings(clean, meta, segments, RulesReadings.none());
    }

    /** The findings, reading each passage's rules through {@code readings} (shared with another understander of this report or not). */
    List<Finding> findings(String clean, MetadataExtractor.Result meta, List<Segmenter.Segment> segments, RulesReadings readings) {
        return DocumentFrame.withoutFrame(read(clean, meta, segments, readings));
    }

    /** Every passage read, the report's frame too ({@link DocumentFrame}). */
    private List<Finding> read(String clean, MetadataExtractor.Result meta, List<Segmenter.Segment> segments, RulesReadings readings) {
        return new ReportFindings(topics, kinds, nearest, kindRules, analyzer, illegible, meta.placeNames(),
                channels.internetOnly(clean), readings).read(segments);
    }

    /**
     * The report's personal data as it is stored with it: the detector's spans, and the parts where the text announces a
     * person ({@link Detection#announced}) that no span of the detector holds. The redaction's safety net removes those
     * parts from every published text that shows the announcement («C.c.p. Mtro. Cantú»); stored, they are also what
     * every other view knows — a finding or snippet cut after the title, the search over the report's header, the
     * commission's search ({@code VisibleMatches}) — so no view shows or finds what another hides.
     */
    List<PersonalData> personalData(String clean, MetadataExtractor.Result meta, KnownPersonalData known, Collection<String> namedPeople) {
        Detection detection = personalData.detection(clean, meta.names(), known.with(privacy.people(namedPeople)));
        List<PersonalData> all = new ArrayList<>(detection.personalData());
        for (int[] span : detection.announced()) {
            int from = Math.max(0, span[0]);
            int to = Math.min(clean.length(), span[1]);
            while (from < to && Character.isWhitespace(clean.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(clean.charAt(to - 1))) {
                to--;
            }
            int start = from;
            int end = to;
            if (end > start && detection.personalData().stream().noneMatch(p -> p.start() <= start && end <= p.end())) {
                all.add(new PersonalData(ANNOUNCED, clean.substring(start, end), start, end));
            }
        }
        return all;
    }

    /**
     * The report's personal data with what its findings, each read on its own, show of a person that the whole text
     * did not: a finding is redacted on its own wherever it is published (with what is known of its report), and cut
     * from its line it may read a name the whole text does not («[01/05 08:49] Tobi: Sinforosa Medellín Arce, y el
     * secretario…» → «Sinforosa Medellín Arce, y el secretario…», a name opening its passage). Stored with the report,
     * every other view hides it too — the report's whole text, the file name, a snippet — and the commission's search
     * never finds the report through a word none of its views lets it read. Located in {@code clean} where it is
     * written there as a run of its own ({@link #standingAlone}); what is not stays hidden only where the finding hides it.
     */
    List<PersonalData> withWhatFindingsShow(String clean, List<Finding> findings, KnownPersonalData known, List<PersonalData> found) {
        java.util.Set<String> strings = new java.util.LinkedHashSet<>();
        found.forEach(p -> strings.add(p.text()));
        List<PersonalData> more = new ArrayList<>(found);
        // a table's column of people, a form's name wrapped onto the next line (NamesBesideHidden#inWholeText): read in
        // the whole text, as each row or line is often a finding of its own
        List<int[]> hiddenNames = found.stream().filter(p -> isName(p.kind()) && p.start() >= 0 && p.end() <= clean.length())
                .map(p -> new int[] {p.start(), p.end()}).toList();
        for (int[] cell : namesBeside.inWholeText(clean, hiddenNames)) {
            String part = clean.substring(cell[0], cell[1]);
            if (strings.add(part)) {
                more.add(new PersonalData(PersonalDataDetector.NOMBRE, part, cell[0], cell[1]));
            }
        }
        KnownPersonalData all = known.with(strings);
        for (Finding finding : findings) {
            Detection detection = detection(finding.text(), all);
            List<PersonalData> shown = new ArrayList<>();
            // an illegible passage (a log line, garbled OCR) is published as written, so the names beside a hidden one
            // are read in it too; what the detector reads in it on its own, cut from its report, is not trusted
            if (!finding.illegible()) {
                shown.addAll(detection.personalData());
                for (int[] span : detection.announced()) {
                    String part = finding.text().substring(Math.max(0, span[0]), Math.min(finding.text().length(), span[1])).strip();
                    if (!part.isEmpty()) {
                        shown.add(new PersonalData(ANNOUNCED, part, -1, -1));
                    }
                }
            }
            // a name the positions beside a hidden one read (NamesBesideHidden): one word is enough, as its place
            // in the sentence, not the word, says it is a person
            List<int[]> names = new ArrayList<>(detection.announced());
            detection.personalData().stream().filter(p -> isName(p.kind())).forEach(p -> names.add(new int[] {p.start(), p.end()}));
            String read = readAsDetected(finding.text());
            java.util.Set<String> beside = new java.util.HashSet<>();
            for (int[] span : namesBeside.spans(read, names)) {
                String part = finding.text().substring(span[0], span[1]).strip();
                if (!part.isEmpty() && beside.add(part)) {
                    shown.add(new PersonalData(PersonalDataDetector.NOMBRE, part, -1, -1));
                }
            }
            for (PersonalData p : shown) {
                // a single word read as a name only once cut from its line («Base» of a radio log's columns) would
                // be hidden wherever the report writes it: a name of two words or more, or a phone or an address, is
                if (!strings.contains(p.text()) && (WORDS.split(p.text().strip()).length >= 2 || !isName(p.kind())
                        || beside.contains(p.text()))) {
                    int[] at = standingAlone(clean, p.text());
                    if (at != null) {
                        strings.add(p.text());
                        more.add(new PersonalData(p.kind(), p.text(), at[0], at[1]));
                    }
                }
            }
        }
        return more;
    }

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\d]+");

    private static boolean isName(String kind) {
        return PersonalDataDetector.NOMBRE.equals(kind) || ANNOUNCED.equals(kind);
    }

    /** A capitalized word or an abbreviation right before, on the same line: «Centro de Salud Dr. …», «Mercado …». */
    private static final Pattern RUN_GOES_ON_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}'’-]*|\\p{L}+\\.)[ \\t]*$");

    /**
     * Where a string a finding read on its own shows is written in the whole text as a run of its own: on one line, its
     * words parted by spaces only, not the tail of a longer capitalized run. A finding joins a table's cells and the
     * sentences an abbreviation's period parted («Reforma Política» of one cell and «Leticia Orduña» of the next; «…
     * Dr.» and «Jose Castro Villagrana»), and what it then reads as one name is a place's name with a person's, or a
     * place named after a person cut from its place word: those stay where the finding alone hides them.
     */
    private static int[] standingAlone(String clean, String shown) {
        Matcher at = Pattern.compile(Pattern.quote(shown).replaceAll("\\s+", "\\\\E +\\\\Q")).matcher(clean);
        while (at.find()) {
            int lineStart = clean.lastIndexOf('\n', at.start() - 1) + 1;
            if (!RUN_GOES_ON_BEFORE.matcher(clean.substring(lineStart, at.start())).find()) {
                return new int[] {at.start(), at.end()};
            }
        }
        return null;
    }

    /** The kind of a stored part where the text announces a person ({@link #personalData(String, MetadataExtractor.Result, KnownPersonalData, Collection)}). */
    public static final String ANNOUNCED = "anunciado";

    /** Topic id → Spanish label in taxonomy order, for what users see (web app and report). */
    public TopicLabels topicLabels() {
        return new TopicLabels(rules.labels());
    }

    /**
     * The personal data in any text (a published quote, an exported finding): the same detector as
     * {@link #understand}, with the names the metadata extractor recognizes (observer, signatures). Offsets point
     * into {@code text}. This is what the report's and the web exports' redaction plug in.
     */
    public List<PersonalData> personalData(String text) {
        return personalData(text, KnownPersonalData.NONE);
    }

    /**
     * The same, plus every occurrence of what is already known about the text's report (its observer, sender,
     * signature, the names in its file name…, see {@code Redactor#known}) in any of the forms people write it.
     */
    public List<PersonalData> personalData(String text, KnownPersonalData known) {
        return detection(text, known).personalData();
    }

    /**
     * {@link #personalData(String, KnownPersonalData)} with, from the same scan, the parts where the text announces a
     * person: what a published text's redaction removes (the redaction's safety net reads the announcements here, not
     * again).
     */
    public Detection detection(String text, KnownPersonalData known) {
        if (text == null || text.isEmpty()) {
            return new Detection(List.of(), List.of());
        }
        String clean = readAsDetected(text);
        return personalData.detection(clean, namesOf.of(clean), known == null ? KnownPersonalData.NONE : known);
    }

    /** A text as {@link #detection} reads it: same length, its wrapped lines joined. */
    private static String readAsDetected(String text) {
        return OverlongLines.broken(LineUnwrapper.unwrap(sameLengthNewlines(text)));
    }

    /**
     * Windows and old Mac line ends as plain newlines, and non-breaking or byte-order-mark spaces as spaces,
     * without changing any offset ("\r\n" → " \n"), so that personal-data spans point into the text the
     * pipeline stored; and runs with no whitespace longer than any word broken the same way ({@link OverlongTokens}).
     */
    private static String sameLengthNewlines(String text) {
        return OverlongTokens.broken(text).replace("\r\n", " \n").replace('\r', '\n').replace('\u000B', '\n').replace('\f', '\n')
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\u2009', ' ')
                .replace('\uFEFF', ' ');
    }
}
