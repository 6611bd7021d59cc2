package mx.observa.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import mx.observa.understand.NameTriggers;

/**
 * What each trigger of the name detector costs and brings over the tuning sets: the planted names it found (and those
 * only it found, which removing it would lose), the decoys it redacted, and those it read as a name that a later
 * decision (the context's «no person», a place) kept readable. A decoy or a name no trigger touched was removed by
 * another source (what is known about the report, an address, a phone). Written to
 * {@code target/privacidad-disparadores.md} after every set, over the sets measured so far.
 */
final class TriggerTable {

    static final String OTHER_SOURCE = "otra fuente (lo conocido, domicilio, teléfono…)";
    private static final Path FILE = Path.of("target", "privacidad-disparadores.md");

    private final Map<String, int[]> counts = new TreeMap<>(); // trigger → {names, only, decoys redacted, decoys kept}
    private final Map<String, List<String>> decoys = new TreeMap<>();
    private final Set<String> sets = new LinkedHashSet<>();

    /** A planted name the published text no longer shows, and the triggers whose finds overlap it. */
    void nameFound(Set<String> triggers) {
        Set<String> by = triggers.isEmpty() ? Set.of(OTHER_SOURCE) : triggers;
        for (String t : by) {
            count(t)[0]++;
            if (by.size() == 1) {
                count(t)[1]++;
            }
        }
    }

    /** A decoy: redacted or not, and the triggers that read it as a name. */
    void decoy(String where, Set<String> triggers, boolean redacted) {
        if (redacted) {
            Set<String> by = triggers.isEmpty() ? Set.of(OTHER_SOURCE) : triggers;
            for (String t : by) {
                count(t)[2]++;
                decoys.computeIfAbsent(t, k -> new ArrayList<>()).add(where);
            }
        } else {
            triggers.forEach(t -> count(t)[3]++);
        }
    }

    void measured(String set) throws IOException {
        sets.add(set);
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, markdown(), StandardCharsets.UTF_8);
    }

    private int[] count(String trigger) {
        return counts.computeIfAbsent(trigger, k -> new int[4]);
    }

    String markdown() {
        StringBuilder t = new StringBuilder("# Disparadores de nombres: aciertos y señuelos\n\nConjuntos de ajuste: "
                + String.join(", ", sets) + "\n\n| disparador | nombres hallados | sólo él | señuelos testados | señuelos leídos como nombre y salvados |\n"
                + "|---|---:|---:|---:|---:|\n");
        counts.entrySet().stream().sorted((a, b) -> b.getValue()[2] != a.getValue()[2] ? b.getValue()[2] - a.getValue()[2]
                : b.getValue()[0] - a.getValue()[0]).forEach(e -> t.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n",
                e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])));
        t.append("\n## Señuelos testados, por disparador\n");
        decoys.forEach((trigger, list) -> {
            t.append("\n### ").append(trigger).append('\n');
            list.forEach(d -> t.append("- ").append(d).append('\n'));
        });
        return t.toString();
    }

    /** The triggers whose finds overlap {@code [start, end)}. */
    static Set<String> overlapping(List<NameTriggers.Found> finds, int start, int end) {
        Set<String> out = new LinkedHashSet<>();
        for (NameTriggers.Found f : finds) {
            if (f.start() < end && start < f.end()) {
                out.add(f.trigger());
            }
        }
        return out;
    }
}
