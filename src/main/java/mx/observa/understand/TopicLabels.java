package mx.observa.understand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Spanish label of each topic id, in the taxonomy's order (the order of every topic list users see: search
 * facets and badges, the dashboard, the commission's report). The labels are the {@code etiqueta} of each topic in
 * {@code config/taxonomia.yaml}, read by {@link TopicRules} and nowhere else, so editing a label there changes the
 * web app and the report alike.
 */
public final class TopicLabels {

    private final Map<String, String> labels;

    public TopicLabels(Map<String, String> labels) {
        this.labels = new LinkedHashMap<>(labels);
    }

    /** The label to show; an id the taxonomy does not know is shown as is, never hidden. */
    public String label(String id) {
        return labels.getOrDefault(id, id);
    }

    public boolean knows(String id) {
        return labels.containsKey(id);
    }

    /** Topic ids in taxonomy order, followed by any other ids found in the data (sorted), so none is lost. */
    public List<String> ordered(Collection<String> idsInData) {
        List<String> ids = new ArrayList<>(labels.keySet());
        idsInData.stream().filter(id -> !labels.containsKey(id)).distinct().sorted().forEach(ids::add);
        return ids;
    }
}
