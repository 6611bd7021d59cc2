package mx.observa.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Understanding;
import mx.observa.text.Folding;

/**
 * Compares what {@link ReportUnderstander} made of each labelled report with the labels, as the shared contract
 * of the labelled sets says (see src/test/resources/evaluacion/README.md):
 * <ul>
 *   <li>report topics (a report has a topic if one of its findings has it): per-topic precision, recall, F1 and
 *       their micro average;</li>
 *   <li>passages ({@code hallazgos.csv}): each fragment is located (accents, case and spacing folded) in the
 *       findings; the finding that contains it is judged — its kind (accuracy and the confusion between kinds), its
 *       topics (micro P/R/F1); a {@code no_hallazgo} is right when no finding contains it, an {@code ilegible} when
 *       the finding containing it is marked illegible;</li>
 *   <li>serious incidents (kind incidencia in seguridad, proselitismo or secreto_voto): precision over the findings
 *       predicted serious (one counts as right when a passage labelled serious lies in it), and recall;</li>
 *   <li>metadata: the accuracy of alcaldía, distrito, UT and date (a blank label is right only when nothing was
 *       found).</li>
 * </ul>
 */
final class QualityReport {

    static final List<String> SERIOUS = List.of("seguridad", "proselitismo", "secreto_voto");
    static final String NO_FINDING = "no_hallazgo";
    static final String ILLEGIBLE = "ilegible";
    /** Confusion columns beyond the kinds: the passage is in no finding, or in one marked illegible. */
    static final String MISSING = "sin_hallazgo";

    record Counts(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final List<String> topicIds;
    private final Map<String, int[]> reportTopics = new LinkedHashMap<>();
    private final Map<String, int[]> passageTopics = new LinkedHashMap<>();
    private final Map<String, int[]> fields = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    private final List<String> differences = new ArrayList<>();
    private final List<String> notInText = new ArrayList<>();
    private int reports;
    private int passages;
    private int noFindingRight;
    private int noFindingTotal;
    private int illegibleLabelled;
    private int illegibleDetected;
    private int flaggedWithLabel;
    private int flaggedRight;
    private int seriousPredicted;
    private int seriousRight;
    private int seriousLabelled;
    private int seriousFound;
    /** Serious incidents the nearest labelled passages decided (the rules gave no verdict), and how many were right. */
    private int seriousByPassages;
    private int seriousByPassagesRight;
    /** The labelled serious incidents not read as serious, by the step that lost them ({@link #lostAt}). */
    private final Map<String, Integer> seriousLost = new LinkedHashMap<>();

    QualityReport(List<String> topicIds) {
        this.topicIds = topicIds;
        topicIds.forEach(t -> {
            reportTopics.put(t, new int[3]);
            passageTopics.put(t, new int[3]);
        });
        for (String f : List.of("alcaldia", "distrito", "ut", "fecha")) {
            fields.put(f, new int[2]);
        }
        for (FindingKind k : FindingKind.values()) {
            confusion.put(k.id(), new LinkedHashMap<>());
        }
    }

    void add(EvaluationCorpus.Item item, Understanding understanding) {
        reports++;
        ReportMetadata m = understanding.metadata();
        EvaluationCorpus.Labels l = item.labels();
        List<String> diff = new ArrayList<>();
        field("alcaldia", l.alcaldia(), m.alcaldia(), diff);
        field("distrito", l.distrito(), m.distrito(), diff);
        field("ut", l.ut(), m.ut(), diff);
        field("fecha", l.fecha(), m.date(), diff);
        Set<String> predicted = new TreeSet<>(understanding.topics());
        count(reportTopics, l.temas(), predicted, diff, understanding, "");
        passages(item, understanding, diff);
        if (!diff.isEmpty()) {
            differences.add("| " + item.file() + " | " + String.join("; ", diff) + " |");
        }
    }

    private void passages(EvaluationCorpus.Item item, Understanding u, List<String> diff) {
        List<Finding> findings = u.findings();
        List<String> normalized = findings.stream().map(f -> normalize(f.text())).toList();
        List<String> alnum = findings.stream().map(f -> alphanumeric(f.text())).toList();
        Map<Integer, List<EvaluationCorpus.Passage>> byFinding = new LinkedHashMap<>();
        // the whole text, read only for a passage no finding holds, folded once per report rather than once per such
        // passage (a report whose findings hold few of its labelled passages folded its whole text for each)
        String[] wholeText = null;
        for (EvaluationCorpus.Passage p : item.passages()) {
            int at = locate(p.fragment(), normalized, alnum);
            if (at < 0 && wholeText == null) {
                wholeText = new String[] {normalize(item.text()), alphanumeric(item.text())};
            }
            if (at < 0 && !contains(wholeText[0], wholeText[1], p.fragment())) {
                notInText.add(item.file() + ": «" + p.fragment() + "»");
                continue;
            }
            passages++;
            Finding f = at < 0 ? null : findings.get(at);
            if (f != null) {
                byFinding.computeIfAbsent(at, k -> new ArrayList<>()).add(p);
            }
            String label = "«" + abbreviate(p.fragment()) + "»";
            switch (p.kind()) {
                case NO_FINDING -> {
                    noFindingTotal++;
                    if (f == null || opensItsAnswer(p.fragment(), f)) {
                        noFindingRight++;
                    } else {
                        diff.add(label + " no es hallazgo, pero es el hallazgo " + f.number());
                    }
                }
                case ILLEGIBLE -> {
                    illegibleLabelled++;
                    if (f != null && f.illegible()) {
                        illegibleDetected++;
                    } else {
                        diff.add(label + " ilegible no detectado");
                    }
                }
                default -> {
                    String got = f == null ? MISSING : f.illegible() ? ILLEGIBLE : f.kind().id();
                    confusion.computeIfAbsent(p.kind(), k -> new LinkedHashMap<>()).merge(got, 1, Integer::sum);
                    if (!right(p.kind(), got)) {
                        diff.add(label + " " + p.kind() + "→" + got + (f == null ? "" : " " + f.kindEvidence()));
                    }
                    Set<String> topics = f == null || f.illegible() ? Set.of() : new TreeSet<>(f.topics());
                    count(passageTopics, p.temas(), topics, diff, u, label + " ");
                    if (serious(p)) {
                        seriousLabelled++;
                        if (f != null && serious(f)) {
                            seriousFound++;
                        } else {
                            String step = lostAt(f);
                            seriousLost.merge(step, 1, Integer::sum);
                            diff.add(label + " grave perdida (" + step + ")");
                        }
                    }
                }
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            List<EvaluationCorpus.Passage> labelled = byFinding.getOrDefault(i, List.of());
            if (f.illegible() && !labelled.isEmpty()) {
                flaggedWithLabel++;
                if (labelled.stream().anyMatch(p -> p.kind().equals(ILLEGIBLE))) {
                    flaggedRight++;
                }
            }
            if (serious(f)) {
                seriousPredicted++;
                boolean byPassages = NearestPassages.decided(f.kindEvidence());
                if (byPassages) {
                    seriousByPassages++;
                }
                if (labelled.stream().anyMatch(QualityReport::serious)) {
                    seriousRight++;
                    if (byPassages) {
                        seriousByPassagesRight++;
                    }
                } else {
                    diff.add("grave de más: hallazgo " + f.number() + " «" + abbreviate(f.text()) + "» "
                            + (labelled.isEmpty() ? "(sin etiqueta)" : labelled.get(0).kind() + " " + labelled.get(0).temas()));
                }
            }
        }
    }

    /**
     * A questionnaire's question on its own line, labelled {@code no_hallazgo}, that the segmentation joined to the
     * answer after it: it is no finding by itself, it opens its answer's ("¿Se respetó el secreto del voto? Sí"), as
     * README «Convenciones de la sesión 33» says. A question that is a finding alone, or stuck after other text, is
     * still wrong.
     */
    static boolean opensItsAnswer(String fragment, Finding f) {
        String question = alphanumeric(fragment);
        return fragment.strip().endsWith("?") && !question.isEmpty()
                && alphanumeric(f.text()).startsWith(question + " ");
    }

    /**
     * Whether a passage's kind was read right. A {@code contexto} passage left out of the findings is right too
     * (the integrator's convention, the guideline being silent): a line that only says who, where or when is never
     * counted nor quoted, whether it is a finding of context or no finding at all.
     */
    static boolean right(String label, String got) {
        return got.equals(label) || label.equals(FindingKind.CONTEXTO.id()) && got.equals(MISSING);
    }

    /** The steps that may lose a labelled serious incident, in the order {@link #seriousLost()} shows them. */
    static final List<String> LOST_AT = List.of("sin hallazgo", "sin tema grave", "tipo por las reglas",
            "tipo por pasajes", "tipo por seguimiento");

    /**
     * Which step lost a labelled serious incident its finding does not hold as serious: no finding (or an illegible
     * one), an incident with no serious topic, or another kind — given by the rules' words, by the nearest passages
     * (the model or the seven neighbours' vote) or by the follow-up step (what the finding before it tells).
     */
    static String lostAt(Finding f) {
        if (f == null || f.illegible()) {
            return LOST_AT.get(0);
        }
        if (f.kind() == FindingKind.INCIDENCIA) {
            return LOST_AT.get(1);
        }
        List<String> why = f.kindEvidence();
        if (!why.isEmpty() && (why.get(0).startsWith(HandledTopics.ATTENDS) || why.get(0).startsWith(HandledTopics.FOLLOWS))) {
            return LOST_AT.get(4);
        }
        if (NearestPassages.decided(why) || why.stream().anyMatch(w -> w.contains("pasajes más parecidos son"))) {
            return LOST_AT.get(3);
        }
        return LOST_AT.get(2);
    }

    /** How many labelled serious incidents each step lost, as "a · b · c · d · e" in the order of {@link #LOST_AT}. */
    String seriousLost() {
        return String.join(" · ", LOST_AT.stream().map(s -> Integer.toString(seriousLost.getOrDefault(s, 0))).toList());
    }

    static boolean serious(EvaluationCorpus.Passage p) {
        return p.kind().equals(FindingKind.INCIDENCIA.id()) && p.temas().stream().anyMatch(SERIOUS::contains);
    }

    static boolean serious(Finding f) {
        return !f.illegible() && f.kind() == FindingKind.INCIDENCIA && f.topics().stream().anyMatch(SERIOUS::contains);
    }

    private void count(Map<String, int[]> counts, Set<String> expected, Set<String> got, List<String> diff,
                       Understanding u, String prefix) {
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            boolean want = expected.contains(e.getKey());
            boolean have = got.contains(e.getKey());
            if (want && have) {
                e.getValue()[0]++;
            } else if (have) {
                e.getValue()[1]++;
                diff.add(prefix + "+" + e.getKey() + (prefix.isEmpty() ? " " + evidence(u, e.getKey()) : ""));
            } else if (want) {
                e.getValue()[2]++;
                diff.add(prefix + "-" + e.getKey());
            }
        }
    }

    /** The words that made a topic fire, so a false positive can be understood without rerunning. */
    private static String evidence(Understanding understanding, String topic) {
        List<String> words = new ArrayList<>();
        understanding.findings().forEach(f -> words.addAll(f.evidence().getOrDefault(topic, List.of())));
        return words.stream().distinct().limit(3).map(w -> "«" + w + "»").reduce((a, b) -> a + " " + b).orElse("");
    }

    private void field(String name, Object expected, Object got, List<String> diff) {
        int[] c = fields.get(name);
        c[1]++;
        if (Objects.equals(expected, got)) {
            c[0]++;
        } else {
            diff.add(name + " " + expected + "≠" + got);
        }
    }

    // ---- locating fragments -------------------------------------------------------------------------------------

    static String normalize(String s) {
        return Folding.foldLower(s.replace('\u00AD', ' ')).replaceAll("\\s+", " ").strip();
    }

    /** Letters and digits only, one space between runs: survives a colon added after a heading, quotes, bullets. */
    static String alphanumeric(String s) {
        return Folding.foldLower(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The finding that contains a fragment; a chat message labelled with its date, hour and sender is found by what it
     * says. The application's frame (who sent it, when) is no finding by design — the facts inside it are — so a
     * message is judged, not counted as left out, and a message that should be no finding is judged too.
     */
    private static int locate(String fragment, List<String> normalized, List<String> alnum) {
        int at = locateAsWritten(fragment, normalized, alnum);
        java.util.regex.Matcher prefix = Segmenter.CHAT_PREFIX.matcher(fragment);
        // a message of a word or two ("Uy qué oso") could be found inside any finding: it stays unlocated
        if (at < 0 && prefix.lookingAt() && alphanumeric(fragment.substring(prefix.end())).split(" ").length >= 3) {
            return locateAsWritten(fragment.substring(prefix.end()), normalized, alnum);
        }
        return at;
    }

    private static int locateAsWritten(String fragment, List<String> normalized, List<String> alnum) {
        String n = normalize(fragment);
        for (int i = 0; i < normalized.size(); i++) {
            if (normalized.get(i).contains(n)) {
                return i;
            }
        }
        String a = alphanumeric(fragment);
        if (a.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < alnum.size(); i++) {
            if ((" " + alnum.get(i) + " ").contains(" " + a + " ")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean contains(String normalizedText, String alnumText, String fragment) {
        String a = alphanumeric(fragment);
        return normalizedText.contains(normalize(fragment)) || !a.isEmpty() && alnumText.contains(a);
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }

    // ---- figures ------------------------------------------------------------------------------------------------

    static Counts micro(Map<String, int[]> counts) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new Counts(tp, fp, fn);
    }

    Counts reportMicro() {
        return micro(reportTopics);
    }

    Counts passageMicro() {
        return micro(passageTopics);
    }

    Counts reportTopic(String topic) {
        int[] c = reportTopics.get(topic);
        return new Counts(c[0], c[1], c[2]);
    }

    Counts passageTopic(String topic) {
        int[] c = passageTopics.get(topic);
        return new Counts(c[0], c[1], c[2]);
    }

    /** The lowest per-topic precision over report topics, among topics that were predicted at least once. */
    double lowestTopicPrecision() {
        return topicIds.stream().map(this::reportTopic).filter(c -> c.tp() + c.fp() > 0)
                .mapToDouble(Counts::precision).min().orElse(1.0);
    }

    /** The topic of {@link #lowestTopicPrecision}, or "—". */
    String lowestPrecisionTopic() {
        return topicIds.stream().filter(t -> reportTopic(t).tp() + reportTopic(t).fp() > 0)
                .min(java.util.Comparator.comparingDouble(t -> reportTopic(t).precision())).orElse("—");
    }

    double accuracy(String field) {
        int[] c = fields.get(field);
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    int kindLabelled() {
        return confusion.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    double kindAccuracy() {
        int right = confusion.entrySet().stream().mapToInt(e -> e.getValue().entrySet().stream()
                .filter(got -> right(e.getKey(), got.getKey())).mapToInt(Map.Entry::getValue).sum()).sum();
        int all = kindLabelled();
        return all == 0 ? 0 : (double) right / all;
    }

    /** For one kind: (labelled and read right, see {@link #right}) / labelled. */
    double kindRecall(String kind) {
        Map<String, Integer> row = confusion.getOrDefault(kind, Map.of());
        int all = row.values().stream().mapToInt(Integer::intValue).sum();
        int right = row.entrySet().stream().filter(e -> right(kind, e.getKey())).mapToInt(Map.Entry::getValue).sum();
        return all == 0 ? Double.NaN : (double) right / all;
    }

    /** For one kind: (labelled and predicted) / predicted among labelled passages. */
    double kindPrecision(String kind) {
        int predicted = confusion.values().stream().mapToInt(row -> row.getOrDefault(kind, 0)).sum();
        return predicted == 0 ? Double.NaN : (double) confusion.getOrDefault(kind, Map.of()).getOrDefault(kind, 0) / predicted;
    }

    int kindSupport(String kind) {
        return confusion.getOrDefault(kind, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    int seriousPredicted() {
        return seriousPredicted;
    }

    int seriousRight() {
        return seriousRight;
    }

    double seriousPrecision() {
        return seriousPredicted == 0 ? 1.0 : (double) seriousRight / seriousPredicted;
    }

    /** "right / decided" of the serious incidents the nearest passages decided: how far the model alone is trusted. */
    String seriousByPassages() {
        return seriousByPassagesRight + " / " + seriousByPassages;
    }

    /**
     * "false · right · labelled found / labelled" of the serious incidents: the counts behind precision and recall,
     * which a ratio alone hides (a set with 30 serious incidents and one with 60 weigh alike in a mean of ratios).
     */
    String seriousCounts() {
        return (seriousPredicted - seriousRight) + " · " + seriousRight + " · " + seriousFound + " / " + seriousLabelled;
    }

    double seriousRecall() {
        return seriousLabelled == 0 ? 1.0 : (double) seriousFound / seriousLabelled;
    }

    double noFindingAccuracy() {
        return noFindingTotal == 0 ? 1.0 : (double) noFindingRight / noFindingTotal;
    }

    double illegibleRecall() {
        return illegibleLabelled == 0 ? 1.0 : (double) illegibleDetected / illegibleLabelled;
    }

    double illegiblePrecision() {
        return flaggedWithLabel == 0 ? 1.0 : (double) flaggedRight / flaggedWithLabel;
    }

    int reports() {
        return reports;
    }

    int passages() {
        return passages;
    }

    List<String> notInText() {
        return notInText;
    }

    // ---- rendering ----------------------------------------------------------------------------------------------

    /**
     * One labelled set as a column of the tables.
     *
     * @param heldOut whether it is a held-out set: its targets are shown and its differences with the labels are
     *                never printed (whoever tunes the rules must not read them)
     */
    record Column(String name, QualityReport report, boolean heldOut) {
    }

    /**
     * Every set's figures side by side (a held-out set that is not there yet is a column of «—»), the targets of
     * the held-out sets, the confusion between kinds of each set, and every difference with the labels of the
     * tuning sets only.
     */
    static String markdown(List<Column> columns, Map<String, String> targets) {
        StringBuilder out = new StringBuilder();
        out.append("| medida");
        columns.forEach(c -> out.append(" | ").append(c.name()));
        out.append(" | meta (conjunto ciego) |\n|---|");
        columns.forEach(c -> out.append("---:|"));
        out.append("---:|\n");
        row(out, "informes", columns, q -> Integer.toString(q.reports()), "");
        row(out, "pasajes etiquetados", columns, q -> Integer.toString(q.passages()), "");
        row(out, "temas por informe: precisión micro", columns, q -> f(q.reportMicro().precision()), "");
        row(out, "temas por informe: exhaustividad micro", columns, q -> f(q.reportMicro().recall()), "");
        row(out, "temas por informe: F1 micro", columns, q -> f(q.reportMicro().f1()), targets.get("f1"));
        row(out, "temas por informe: precisión mínima de un tema", columns, q -> f(q.lowestTopicPrecision())
                + " (" + q.lowestPrecisionTopic() + ")", targets.get("precision_tema"));
        row(out, "temas por hallazgo: F1 micro", columns, q -> f(q.passageMicro().f1()), "");
        row(out, "tipo de hallazgo: exactitud", columns, q -> f(q.kindAccuracy()), targets.get("tipo"));
        row(out, "incidencias graves: precisión", columns, q -> f(q.seriousPrecision()), targets.get("graves"));
        row(out, "incidencias graves: exhaustividad", columns, q -> f(q.seriousRecall()), "");
        row(out, "incidencias graves: falsas · acertadas · halladas / etiquetadas", columns, QualityReport::seriousCounts, "");
        row(out, "incidencias graves decididas por pasajes parecidos: aciertos / total", columns, QualityReport::seriousByPassages, "");
        row(out, "incidencias graves perdidas: " + String.join(" · ", LOST_AT), columns, QualityReport::seriousLost, "");
        for (String t : List.of("seguridad", "proselitismo", "secreto_voto")) {
            row(out, t + " por hallazgo: de más / acertados / faltantes", columns, q -> {
                Counts c = q.passageTopic(t);
                return c.fp() + " / " + c.tp() + " / " + c.fn();
            }, "");
        }
        row(out, "no hallazgos (encabezados, datos, firmas) omitidos", columns, q -> f(q.noFindingAccuracy()), "");
        row(out, "texto ilegible: detectado", columns, q -> f(q.illegibleRecall()), "");
        row(out, "texto ilegible: precisión de la marca", columns, q -> f(q.illegiblePrecision()), "");
        for (String field : List.of("alcaldia", "distrito", "ut", "fecha")) {
            row(out, field + ": exactitud", columns, q -> f(q.accuracy(field)), targets.get(field));
        }
        row(out, "fragmentos que no están en el texto (error de etiqueta)", columns,
                q -> Integer.toString(q.notInText().size()), "");

        out.append("\n### Temas por informe (P / R / F1) y por hallazgo (F1)\n\n| tema");
        columns.forEach(c -> out.append(" | ").append(c.name()).append(": informe | ").append(c.name()).append(": hallazgo"));
        out.append(" |\n|---|");
        columns.forEach(c -> out.append("---:|---:|"));
        out.append('\n');
        for (String t : TopicRules.TAXONOMY_IDS) {
            out.append("| ").append(t);
            for (Column c : columns) {
                if (c.report() == null) {
                    out.append(" | — | —");
                    continue;
                }
                Counts a = c.report().reportTopic(t);
                out.append(" | ").append(f(a.precision())).append(" / ").append(f(a.recall())).append(" / ").append(f(a.f1()))
                        .append(" | ").append(f(c.report().passageTopic(t).f1()));
            }
            out.append(" |\n");
        }

        // the counts behind each topic's report precision, so sums over many sets weigh each report alike
        out.append("\n### Temas por informe: de más / acertados / faltantes\n\n| tema");
        columns.forEach(c -> out.append(" | ").append(c.name()));
        out.append(" |\n|---|");
        columns.forEach(c -> out.append("---:|"));
        out.append('\n');
        for (String t : TopicRules.TAXONOMY_IDS) {
            out.append("| ").append(t);
            for (Column c : columns) {
                Counts a = c.report() == null ? null : c.report().reportTopic(t);
                out.append(" | ").append(a == null ? "—" : a.fp() + " / " + a.tp() + " / " + a.fn());
            }
            out.append(" |\n");
        }

        out.append("\n### Tipos de hallazgo (pasajes · exhaustividad · precisión)\n\n| tipo");
        columns.forEach(c -> out.append(" | ").append(c.name()));
        out.append(" |\n|---|");
        columns.forEach(c -> out.append("---:|"));
        out.append('\n');
        for (FindingKind k : FindingKind.values()) {
            out.append("| ").append(k.id());
            for (Column c : columns) {
                QualityReport q = c.report();
                out.append(" | ").append(q == null ? "—" : q.kindSupport(k.id()) + " · " + f(q.kindRecall(k.id()))
                        + " · " + f(q.kindPrecision(k.id())));
            }
            out.append(" |\n");
        }
        out.append("\nUn pasaje de contexto que no quedó en ningún hallazgo cuenta como acierto del tipo (columna `sin_hallazgo`"
                + " de la fila `contexto`): las líneas que solo dicen quién, dónde o cuándo no se cuentan ni se citan.\n");
        for (Column c : columns) {
            if (c.report() != null) {
                out.append("\nConfusión entre tipos, ").append(c.name()).append(" (fila: etiqueta; columna: lo que se obtuvo):\n\n");
                c.report().confusionTable(out);
            }
        }
        for (Column c : columns) {
            if (c.report() == null || c.heldOut()) {
                continue;
            }
            if (!c.report().notInText.isEmpty()) {
                out.append("\nFragmentos de ").append(c.name()).append(" que no están en el texto extraído:\n\n");
                c.report().notInText.forEach(n -> out.append("- ").append(n).append('\n'));
            }
            out.append("\n### Diferencias con las etiquetas: ").append(c.name()).append("\n\n")
                    .append("+tema asignado de más, -tema que faltó, etiqueta→obtenido, campo esperado≠obtenido.\n\n")
                    .append("| archivo | diferencias |\n|---|---|\n");
            c.report().differences.forEach(d -> out.append(d).append('\n'));
        }
        return out.toString();
    }

    private void confusionTable(StringBuilder out) {
        List<String> columns = new ArrayList<>();
        for (FindingKind k : FindingKind.values()) {
            columns.add(k.id());
        }
        columns.add(ILLEGIBLE);
        columns.add(MISSING);
        out.append("| etiqueta \\ obtenido | ").append(String.join(" | ", columns)).append(" |\n|---|");
        columns.forEach(c -> out.append("---:|"));
        out.append('\n');
        for (FindingKind k : FindingKind.values()) {
            Map<String, Integer> row = confusion.getOrDefault(k.id(), Map.of());
            out.append("| ").append(k.id());
            columns.forEach(c -> out.append(" | ").append(row.getOrDefault(c, 0)));
            out.append(" |\n");
        }
    }

    private static void row(StringBuilder out, String name, List<Column> columns,
                            java.util.function.Function<QualityReport, String> value, String target) {
        out.append("| ").append(name);
        columns.forEach(c -> out.append(" | ").append(c.report() == null ? "—" : value.apply(c.report())));
        out.append(" | ").append(target == null ? "" : target).append(" |\n");
    }

    static String f(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }
}
