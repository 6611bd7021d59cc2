package mx.observa.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Finds alcaldías named in a text, by canonical name or any variant of the gazetteer, with or without accents
 * and in any case. Strength: 3 after "Alcaldía", "Alc.", "Delegación" or "Demarcación"; 1 in passing; mentions
 * that are part of a street name ("Calzada de Tlalpan", "Ermita Iztapalapa") are not reported. Abbreviations of
 * two or three letters (GAM, BJ, MH…) count only written in capitals, and, without the "Alcaldía" cue, only on a
 * line that also speaks of distrito or unidad territorial, so ordinary words are never taken for an alcaldía.
 */
final class AlcaldiaFinder {

    static final int CUED = 3;
    static final int IN_PASSING = 1;

    private static final Pattern CUE_BEFORE = Pattern.compile(
            "\\b(?:alcaldia|alc\\.?|delegacion|deleg\\.|demarcacion(?: territorial)?|lugar)\\s*[:.\\-–]?\\s*(?:de\\s+)?$");
    private static final Pattern STREET_BEFORE = Pattern.compile(
            "(?:calle|av\\.?|avenida|calz\\.?|calzada|eje|circuito|ermita|prol\\.?|prolongacion)\\s+(?:de\\s+)?$");
    private static final Pattern GEO_LINE = Pattern.compile("\\b(?:distrito|dtto|dto|ut|unidad territorial|colonia|col)\\b");

    /** @param needle the form's first word, as it must appear in the text searched: no match without it */
    private record Form(String alcaldiaClave, Pattern pattern, boolean abbreviation, String needle) {
    }

    /** What may follow an abbreviation that stands as a field of its own: the end of the line or a separator. */
    private static final Pattern FIELD_END = Pattern.compile("^\\s*(?:$|[,;.)|/·:—–]|-\\s)");
    /** The field before ", BJ" or "(BJ": what lies after the last separator before it. */
    private static final Pattern FIELD_BEFORE = Pattern.compile("(?:.*(?:[,;(|/·:—–]|\\s-\\s)|^)(.+?)\\s*[,(]\\s*$");

    private final List<Form> forms = new ArrayList<>();
    private final Gazetteer gazetteer;

    AlcaldiaFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Gazetteer.Alcaldia a : gazetteer.alcaldias()) {
            List<String> all = new ArrayList<>();
            all.add(a.name());
            all.addAll(a.variants());
            for (String form : all) {
                boolean abbreviation = form.replace(".", "").length() <= 3 && form.equals(form.toUpperCase());
                String body = abbreviation ? Pattern.quote(form)
                        : Pattern.quote(Folding.foldPreservingLength(form)).replace(" ", "\\E\\s+\\Q").replace("\\Q\\E", "");
                String folded = abbreviation ? form : Folding.foldPreservingLength(form);
                forms.add(new Form(a.clave(), Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])"), abbreviation,
                        folded.strip().split(" ")[0]));
            }
        }
    }

    List<Mention<String>> find(String text) {
        String folded = Folding.foldPreservingLength(text);
        List<Mention<String>> mentions = new ArrayList<>();
        for (Form form : forms) {
            String searched = form.abbreviation() ? text : folded;
            if (!searched.contains(form.needle())) {
                continue; // most forms are not in a given report: a substring search rules them out cheaply
            }
            Matcher m = form.pattern().matcher(searched);
            while (m.find()) {
                String before = Folding.foldPreservingLength(Lines.before(text, m.start()));
                String tail = before.length() > 40 ? before.substring(before.length() - 40) : before;
                boolean cued = CUE_BEFORE.matcher(tail).find();
                if (!cued && STREET_BEFORE.matcher(tail).find()) {
                    continue;
                }
                if (form.abbreviation() && !cued && !GEO_LINE.matcher(Folding.foldPreservingLength(Lines.lineAt(text, m.start()))).find()
                        && !placeLabel(text, m.start(), m.end(), form.alcaldiaClave())) {
                    continue;
                }
                mentions.add(new Mention<>(form.alcaldiaClave(), m.start(), m.end(), cued ? CUED : IN_PASSING));
            }
        }
        // A shorter variant inside a longer mention ("Contreras" in "La Magdalena Contreras") is the same mention.
        mentions.removeIf(x -> mentions.stream().anyMatch(y -> y != x && y.start() <= x.start() && x.end() <= y.end()
                && (y.end() - y.start()) > (x.end() - x.start())));
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return mentions;
    }

    /**
     * Whether an abbreviation stands as the alcaldía of the place named right before it: "Merced Gómez, BJ —",
     * "Pensil Norte (MH)": a field of its own after a catalogue name of that alcaldía. "PRI, PAN, MC" names no place.
     */
    private boolean placeLabel(String text, int start, int end, String alcaldiaClave) {
        if (!FIELD_END.matcher(text.substring(end, Lines.end(text, end))).find()) {
            return false;
        }
        Matcher field = FIELD_BEFORE.matcher(Lines.before(text, start));
        return field.find() && gazetteer.utsNamed(Folding.normalizeName(field.group(1))).stream()
                .anyMatch(ut -> ut.alcaldiaClave().equals(alcaldiaClave));
    }

    /**
     * The alcaldía the report is about: the first one named after an explicit cue; otherwise the one named most
     * often (the first on a tie), ignoring mentions that lie inside {@code ignored} spans (a UT name such as
     * "Jardines de Coyoacán").
     */
    static Optional<Mention<String>> choose(List<Mention<String>> mentions, List<int[]> ignored) {
        List<Mention<String>> usable = mentions.stream()
                .filter(m -> ignored.stream().noneMatch(s -> s[0] <= m.start() && m.end() <= s[1])).toList();
        Optional<Mention<String>> cued = usable.stream().filter(m -> m.strength() >= CUED).findFirst();
        if (cued.isPresent()) {
            return cued;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Mention<String>> first = new LinkedHashMap<>();
        for (Mention<String> m : usable) {
            counts.merge(m.value(), 1, Integer::sum);
            first.putIfAbsent(m.value(), m);
        }
        return counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(first.get(b.getKey()).start(), first.get(a.getKey()).start())
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(e -> first.get(e.getKey()));
    }
}
