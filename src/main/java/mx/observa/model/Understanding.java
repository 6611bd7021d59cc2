package mx.observa.model;

import java.util.List;
import java.util.TreeSet;

/** What the understand stage makes of one extracted text. */
public record Understanding(ReportMetadata metadata, List<Finding> findings, List<PersonalData> personalData) {

    /** The report's topics: the sorted union of its findings' topics. */
    public List<String> topics() {
        TreeSet<String> all = new TreeSet<>();
        findings.forEach(f -> all.addAll(f.topics()));
        return List.copyOf(all);
    }
}
