package mx.observa.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import mx.observa.model.ReportMetadata;
import mx.observa.model.Understanding;

/**
 * Compares what {@link ReportUnderstander} made of each evaluation report with the analyst's labels: per-topic
 * precision, recall and F1 over reports, their micro average, and the accuracy of each metadata field (a null
 * label is right only when nothing was found). Renders a Markdown table and the list of differences.
 */
final class QualityReport {

    private record Counts(int tp, int fp, int fn) {
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

    private final Map<String, int[]> topicCounts = new LinkedHashMap<>();
    private final Map<String, int[]> fieldCounts = new LinkedHashMap<>();
    private final List<String> differences = new ArrayList<>();
    private int reports;

    QualityReport(List<String> topicIds) {
        topicIds.forEach(t -> topicCounts.put(t, new int[3]));
        for (String f : List.of("alcaldia", "distrito", "ut", "fecha")) {
            fieldCounts.put(f, new int[2]);
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
        for (Map.Entry<String, int[]> e : topicCounts.entrySet()) {
            boolean expected = l.temas().contains(e.getKey());
            boolean got = predicted.contains(e.getKey());
            if (expected && got) {
                e.getValue()[0]++;
            } else if (got) {
                e.getValue()[1]++;
                diff.add("+" + e.getKey() + " " + evidence(understanding, e.getKey()));
            } else if (expected) {
                e.getValue()[2]++;
                diff.add("-" + e.getKey());
            }
        }
        if (!diff.isEmpty()) {
            differences.add("| " + item.file() + " | " + String.join(", ", diff) + " |");
        }
    }

    /** The words that made a topic fire, so a false positive can be understood without rerunning. */
    private static String evidence(Understanding understanding, String topic) {
        List<String> words = new ArrayList<>();
        understanding.findings().forEach(f -> words.addAll(f.evidence().getOrDefault(topic, List.of())));
        return words.stream().distinct().limit(3).map(w -> "«" + w + "»").reduce((a, b) -> a + " " + b).orElse("");
    }

    private void field(String name, Object expected, Object got, List<String> diff) {
        int[] c = fieldCounts.get(name);
        c[1]++;
        if (Objects.equals(expected, got)) {
            c[0]++;
        } else {
            diff.add(name + " " + expected + "≠" + got);
        }
    }

    private Counts micro() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : topicCounts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new Counts(tp, fp, fn);
    }

    double microF1() {
        return micro().f1();
    }

    double accuracy(String field) {
        int[] c = fieldCounts.get(field);
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("Informes evaluados: ").append(reports).append("\n\n");
        out.append("| tema | VP | FP | FN | precisión | exhaustividad | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, int[]> e : topicCounts.entrySet()) {
            int[] c = e.getValue();
            row(out, e.getKey(), new Counts(c[0], c[1], c[2]));
        }
        row(out, "**micro**", micro());
        out.append("\n| campo | aciertos | exactitud |\n|---|---:|---:|\n");
        for (Map.Entry<String, int[]> e : fieldCounts.entrySet()) {
            out.append(String.format(Locale.ROOT, "| %s | %d/%d | %.3f |%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    accuracy(e.getKey())));
        }
        out.append("\nDiferencias con las etiquetas (+tema asignado de más, -tema que faltó, campo esperado≠obtenido):\n\n");
        out.append("| archivo | diferencias |\n|---|---|\n");
        differences.forEach(d -> out.append(d).append('\n'));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Counts c) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                name, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
    }
}
