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
        for (EvaluationCorpus.Passage p : item.passages()) {
            int at = locate(p.fragment(), normalized, alnum);
            if (at < 0 && !contains(normalize(item.text()), alphanumeric(item.text()), p.fragment())) {
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
                    if (f == null) {
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
                    if (!got.equals(p.kind())) {
                        diff.add(label + " " + p.kind() + "→" + got + (f == null ? "" : " " + f.kindEvidence()));
                    }
                    Set<String> topics = f == null || f.illegible() ? Set.of() : new TreeSet<>(f.topics());
                    count(passageTopics, p.temas(), topics, diff, u, label + " ");
                    if (serious(p)) {
                        seriousLabelled++;
                        if (f != null && serious(f)) {
                            seriousFound++;
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
                if (labelled.stream().anyMatch(QualityReport::serious)) {
                    seriousRight++;
                } else {
                    diff.add("grave de más: hallazgo " + f.number() + " «" + abbreviate(f.text()) + "» "
                            + (labelled.isEmpty() ? "(sin etiqueta)" : labelled.get(0).kind() + " " + labelled.get(0).temas()));
                }
            }
        }
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

    private static int locate(String fragment, List<String> normalized, List<String> alnum) {
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

    double accuracy(String field) {
        int[] c = fields.get(field);
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    int kindLabelled() {
        return confusion.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    double kindAccuracy() {
        int right = confusion.entrySet().stream().mapToInt(e -> e.getValue().getOrDefault(e.getKey(), 0)).sum();
        int all = kindLabelled();
        return all == 0 ? 0 : (double) right / all;
    }

    /** For one kind: (labelled and predicted) / labelled. */
    double kindRecall(String kind) {
        Map<String, Integer> row = confusion.getOrDefault(kind, Map.of());
        int all = row.values().stream().mapToInt(Integer::intValue).sum();
        return all == 0 ? Double.NaN : (double) row.getOrDefault(kind, 0) / all;
    }

    /** For one kind: (labelled and predicted) / predicted among labelled passages. */
    double kindPrecision(String kind) {
        int predicted = confusion.values().stream().mapToInt(row -> row.getOrDefault(kind, 0)).sum();
        return predicted == 0 ? Double.NaN : (double) confusion.getOrDefault(kind, Map.of()).getOrDefault(kind, 0) / predicted;
    }

    int kindSupport(String kind) {
        return confusion.getOrDefault(kind, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    double seriousPrecision() {
        return seriousPredicted == 0 ? 1.0 : (double) seriousRight / seriousPredicted;
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
     * The tuning and the held-out figures side by side ({@code heldOut} may be null: not there yet), then, for the
     * tuning part only, the confusion between kinds and every difference with the labels. The held-out part's
     * differences are never printed: whoever tunes the rules must not read them.
     */
    static String markdown(QualityReport tuning, QualityReport heldOut, Map<String, String> targets) {
        StringBuilder out = new StringBuilder();
        out.append("| medida | ajuste | ciega | meta (ciega) |\n|---|---:|---:|---:|\n");
        row(out, "informes", tuning, heldOut, q -> Integer.toString(q.reports()), "");
        row(out, "pasajes etiquetados", tuning, heldOut, q -> Integer.toString(q.passages()), "");
        row(out, "temas por informe: precisión micro", tuning, heldOut, q -> f(q.reportMicro().precision()), "");
        row(out, "temas por informe: exhaustividad micro", tuning, heldOut, q -> f(q.reportMicro().recall()), "");
        row(out, "temas por informe: F1 micro", tuning, heldOut, q -> f(q.reportMicro().f1()), targets.get("f1"));
        row(out, "temas por informe: precisión mínima de un tema", tuning, heldOut, q -> f(q.lowestTopicPrecision()),
                targets.get("precision_tema"));
        row(out, "temas por hallazgo: F1 micro", tuning, heldOut, q -> f(q.passageMicro().f1()), "");
        row(out, "tipo de hallazgo: exactitud", tuning, heldOut, q -> f(q.kindAccuracy()), targets.get("tipo"));
        row(out, "incidencias graves: precisión", tuning, heldOut, q -> f(q.seriousPrecision()), targets.get("graves"));
        row(out, "incidencias graves: exhaustividad", tuning, heldOut, q -> f(q.seriousRecall()), "");
        row(out, "no hallazgos (encabezados, datos, firmas) omitidos", tuning, heldOut, q -> f(q.noFindingAccuracy()), "");
        row(out, "texto ilegible: detectado", tuning, heldOut, q -> f(q.illegibleRecall()), "");
        row(out, "texto ilegible: precisión de la marca", tuning, heldOut, q -> f(q.illegiblePrecision()), "");
        for (String field : List.of("alcaldia", "distrito", "ut", "fecha")) {
            row(out, field + ": exactitud", tuning, heldOut, q -> f(q.accuracy(field)), targets.get(field));
        }
        row(out, "fragmentos que no están en el texto (error de etiqueta)", tuning, heldOut,
                q -> Integer.toString(q.notInText().size()), "");

        out.append("\n### Temas por informe y por hallazgo\n\n| tema | informe P | informe R | informe F1 | ciega P | ciega R | ciega F1 "
                + "| hallazgo F1 | ciega hallazgo F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String t : tuning.topicIds) {
            Counts a = tuning.reportTopic(t);
            Counts b = heldOut == null ? null : heldOut.reportTopic(t);
            out.append("| ").append(t).append(" | ").append(f(a.precision())).append(" | ").append(f(a.recall()))
                    .append(" | ").append(f(a.f1())).append(" | ")
                    .append(b == null ? "—" : f(b.precision())).append(" | ").append(b == null ? "—" : f(b.recall()))
                    .append(" | ").append(b == null ? "—" : f(b.f1())).append(" | ").append(f(tuning.passageTopic(t).f1()))
                    .append(" | ").append(heldOut == null ? "—" : f(heldOut.passageTopic(t).f1())).append(" |\n");
        }

        out.append("\n### Tipos de hallazgo\n\n| tipo | pasajes | exhaustividad | precisión | ciega: pasajes | ciega: exhaustividad "
                + "| ciega: precisión |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (FindingKind k : FindingKind.values()) {
            out.append("| ").append(k.id()).append(" | ").append(tuning.kindSupport(k.id())).append(" | ")
                    .append(f(tuning.kindRecall(k.id()))).append(" | ").append(f(tuning.kindPrecision(k.id()))).append(" | ")
                    .append(heldOut == null ? "—" : Integer.toString(heldOut.kindSupport(k.id()))).append(" | ")
                    .append(heldOut == null ? "—" : f(heldOut.kindRecall(k.id()))).append(" | ")
                    .append(heldOut == null ? "—" : f(heldOut.kindPrecision(k.id()))).append(" |\n");
        }
        out.append("\nConfusión entre tipos, conjunto de ajuste (fila: etiqueta; columna: lo que se obtuvo):\n\n");
        tuning.confusionTable(out);
        if (heldOut != null) {
            out.append("\nConfusión entre tipos, conjunto ciego:\n\n");
            heldOut.confusionTable(out);
        }
        if (!tuning.notInText.isEmpty()) {
            out.append("\nFragmentos del conjunto de ajuste que no están en el texto extraído:\n\n");
            tuning.notInText.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        out.append("\n### Diferencias con las etiquetas (solo conjunto de ajuste)\n\n")
                .append("+tema asignado de más, -tema que faltó, etiqueta→obtenido, campo esperado≠obtenido.\n\n")
                .append("| archivo | diferencias |\n|---|---|\n");
        tuning.differences.forEach(d -> out.append(d).append('\n'));
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

    private static void row(StringBuilder out, String name, QualityReport a, QualityReport b,
                            java.util.function.Function<QualityReport, String> value, String target) {
        out.append("| ").append(name).append(" | ").append(value.apply(a)).append(" | ")
                .append(b == null ? "—" : value.apply(b)).append(" | ").append(target == null ? "" : target).append(" |\n");
    }

    static String f(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }
}
