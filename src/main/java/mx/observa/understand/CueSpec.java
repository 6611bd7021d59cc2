package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The shape of {@link Cues} in a YAML file (keys in Spanish, snake_case): {@code frases}, {@code combinaciones}
 * ({@code todos} groups with "|" alternatives, {@code ventana}, {@code en_orden}, {@code misma_clausula}), {@code excepto} and
 * {@code ventana_excepto}. The format is explained in the header of {@code config/taxonomia.yaml}.
 */
record CueSpec(List<String> frases, List<Combination> combinaciones, List<String> excepto, Integer ventanaExcepto) {

    static final int DEFAULT_WINDOW = 6;
    static final int DEFAULT_EXCLUSION_WINDOW = 4;

    /**
     * @param mismaClausula the groups must be told in one clause: a semicolon ends it, and so does a coordinated clause
     *                      with a subject of its own ("… y el secretario volteó la mampara"), see {@link Rule.AllWithin}
     */
    record Combination(List<String> todos, Integer ventana, Boolean enOrden, Boolean mismaClausula) {
    }

    boolean isEmpty() {
        return (frases == null || frases.isEmpty()) && (combinaciones == null || combinaciones.isEmpty());
    }

    /**
     * @throws IllegalArgumentException with a Spanish reason when a rule is malformed
     */
    Cues compile(FoldingSpanishAnalyzer analyzer, int defaultExclusionWindow) {
        List<Rule> rules = new ArrayList<>();
        if (frases != null && !frases.isEmpty()) {
            rules.add(new Rule.AnyPhrase(phrases(frases, analyzer)));
        }
        if (combinaciones != null) {
            for (Combination c : combinaciones) {
                if (c.todos() == null || c.todos().size() < 2) {
                    throw new IllegalArgumentException("cada combinación necesita al menos dos grupos en 'todos'");
                }
                List<List<Phrase>> groups = new ArrayList<>();
                for (String group : c.todos()) {
                    groups.add(phrases(List.of(group.split("\\|")), analyzer));
                }
                int window = c.ventana() == null ? DEFAULT_WINDOW : c.ventana();
                if (window < 1) {
                    throw new IllegalArgumentException("'ventana' debe ser al menos 1");
                }
                boolean oneClause = Boolean.TRUE.equals(c.mismaClausula());
                rules.add(new Rule.AllWithin(groups, window, Boolean.TRUE.equals(c.enOrden()), oneClause, oneClause, List.of()));
            }
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no tiene 'frases' ni 'combinaciones'");
        }
        List<Phrase> exclusions = excepto == null ? List.of() : phrases(excepto, analyzer);
        int window = ventanaExcepto == null ? defaultExclusionWindow : ventanaExcepto;
        return new Cues(rules, exclusions, window);
    }

    static List<Phrase> phrases(List<String> sources, FoldingSpanishAnalyzer analyzer) {
        List<Phrase> phrases = new ArrayList<>();
        for (String s : sources) {
            if (s != null && !s.isBlank()) {
                phrases.add(Phrase.compile(s, analyzer));
            }
        }
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("lista de frases vacía");
        }
        return phrases;
    }
}
