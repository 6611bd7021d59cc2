package mx.observa.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import mx.observa.index.IndexedFinding;

/**
 * {@code observa calidad}: the automatic classification measured against what people reviewed on the commission's
 * own reports. Each reviewed value (confirmed or corrected) is compared with what Observa understood, read from the
 * report store one report at a time: report fields (alcaldía, distrito, UT, mesa, date), each finding's kind («no es
 * hallazgo» counts as a wrong kind: Observa took the passage for a finding), its topics (micro precision and
 * recall), and the precision of the serious incidents a person checked. What people review is not a random sample (the queue sends them to serious
 * incidents and to reports without a place first): the figures say how Observa did on what was checked.
 */
public record ReviewQuality(Map<ReviewField, Agreement> fields, Agreement kinds, long topicTruePositives,
                            long topicFalsePositives, long topicFalseNegatives, long topicFindings,
                            Agreement seriousPrecision) {

    /** How many reviewed values there are and how many of them the automatic value already had. */
    public record Agreement(long reviewed, long agreed) {

        public Double rate() {
            return reviewed == 0 ? null : (double) agreed / reviewed;
        }
    }

    /**
     * @param reports each report's findings as Observa understood them (the report store's), one report at a time
     * @param serious the consolidated report's rule for a serious incident (kind id, topic ids)
     */
    public static ReviewQuality measure(Stream<List<IndexedFinding>> reports, ReviewedValues reviews,
                                        BiPredicate<String, List<String>> serious) {
        Map<ReviewField, long[]> fields = new LinkedHashMap<>();
        for (ReviewField f : List.of(ReviewField.ALCALDIA, ReviewField.DISTRITO, ReviewField.UT, ReviewField.MRO,
                ReviewField.FECHA)) {
            fields.put(f, new long[2]);
        }
        long[] kinds = new long[2];
        long[] topics = new long[4];
        long[] seriousChecked = new long[2];
        reports.filter(r -> !r.isEmpty() && reviews.touched(r.get(0).folio())).forEach(report -> {
            IndexedFinding first = report.get(0);
            fields.forEach((field, counts) -> {
                ReviewEntry e = reviews.reportField(first.folio(), field);
                if (e != null) {
                    counts[0]++;
                    if (Objects.equals(e.after(), automatic(first, field))) {
                        counts[1]++;
                    }
                }
            });
            for (IndexedFinding f : report) {
                if (f.illegible()) {
                    continue;
                }
                ReviewEntry kind = reviews.findingField(f.folio(), f.text(), ReviewField.TIPO);
                if (kind != null) {
                    kinds[0]++;
                    if (Objects.equals(kind.after(), f.kind())) {
                        kinds[1]++;
                    }
                    if (serious.test(f.kind(), f.topics())) {
                        seriousChecked[0]++;
                        if (!ReviewField.NOT_A_FINDING.equals(kind.after())
                                && serious.test(kind.after(), reviews.apply(f).topics())) {
                            seriousChecked[1]++;
                        }
                    }
                }
                ReviewEntry topicEntry = reviews.findingField(f.folio(), f.text(), ReviewField.TEMAS);
                if (topicEntry != null) {
                    Set<String> reviewed = new TreeSet<>(ReviewedValues.topicList(topicEntry.after()));
                    Set<String> automatic = new TreeSet<>(f.topics());
                    topics[3]++;
                    for (String t : automatic) {
                        topics[reviewed.contains(t) ? 0 : 1]++;
                    }
                    topics[2] += reviewed.stream().filter(t -> !automatic.contains(t)).count();
                }
            }
        });
        Map<ReviewField, Agreement> agreements = new LinkedHashMap<>();
        fields.forEach((f, c) -> agreements.put(f, new Agreement(c[0], c[1])));
        return new ReviewQuality(agreements, new Agreement(kinds[0], kinds[1]), topics[0], topics[1], topics[2], topics[3],
                new Agreement(seriousChecked[0], seriousChecked[1]));
    }

    private static String automatic(IndexedFinding f, ReviewField field) {
        Object v = switch (field) {
            case ALCALDIA -> f.alcaldia();
            case DISTRITO -> f.distrito();
            case UT -> f.ut();
            case MRO -> f.mro();
            case FECHA -> f.date();
            default -> null;
        };
        return v == null ? null : v.toString();
    }

    public Double topicPrecision() {
        long d = topicTruePositives + topicFalsePositives;
        return d == 0 ? null : (double) topicTruePositives / d;
    }

    public Double topicRecall() {
        long d = topicTruePositives + topicFalseNegatives;
        return d == 0 ? null : (double) topicTruePositives / d;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nota", NOTE);
        Map<String, Object> f = new LinkedHashMap<>();
        fields.forEach((field, a) -> f.put(field.id(), agreement(a)));
        m.put("datos_del_informe", f);
        m.put("tipo_de_hallazgo", agreement(kinds));
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("hallazgos_revisados", topicFindings);
        t.put("precision", topicPrecision());
        t.put("exhaustividad", topicRecall());
        m.put("temas", t);
        Map<String, Object> s = agreement(seriousPrecision);
        m.put("incidencias_graves_precision", s);
        return m;
    }

    private static Map<String, Object> agreement(Agreement a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revisados", a.reviewed());
        m.put("coinciden", a.agreed());
        m.put("tasa", a.rate());
        return m;
    }

    static final String NOTE = "Clasificación automática comparada con lo que revisaron las personas en estos informes. "
            + "Lo revisado no es una muestra al azar: la cola de revisión lleva primero a incidencias graves y a "
            + "informes sin lugar.";

    public String toText() {
        StringBuilder out = new StringBuilder("Calidad medida con las revisiones de las personas\n");
        out.append(NOTE).append("\n\n");
        fields.forEach((field, a) -> out.append(line(field.label(), a, "revisados")));
        out.append(line("Tipo de hallazgo", kinds, "revisados"));
        out.append(String.format(Locale.ROOT, "%-36s %s hallazgos revisados; precisión %s, exhaustividad %s%n", "Temas",
                topicFindings, percent(topicPrecision()), percent(topicRecall())));
        out.append(line("Incidencias graves (precisión)", seriousPrecision, "revisadas"));
        return out.toString();
    }

    private static String line(String label, Agreement a, String noun) {
        return String.format(Locale.ROOT, "%-36s %d %s; coincide lo automático en %d (%s)%n", label, a.reviewed(), noun,
                a.agreed(), percent(a.rate()));
    }

    private static String percent(Double rate) {
        return rate == null ? "sin datos" : String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }
}
