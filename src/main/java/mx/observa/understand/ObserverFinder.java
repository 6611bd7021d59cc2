package mx.observa.understand;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Who wrote the report: the observer (the strongest name found by {@link PersonNames}: a labelled field, then
 * the mail sender, then the signature, the earliest on a tie) and the organization (an "Organización:" field, a
 * "Publicado por" line, what follows the observer's name after a comma, or a letterhead or signature line that
 * looks like an organization: "…, A.C.", "Red …", "Colectivo …"). "Ninguna", "individual" or "independiente"
 * mean no organization.
 */
final class ObserverFinder {

    private static final Pattern ORG_LABEL = Pattern.compile(
            "(?m)(?:^|[ \\t]{2,})[ \\t*\\-]*(?:(?:organizacion|asociacion|agrupacion)[ \\t]*(?::|\\t)|publicado por)[ \\t]*(.+)$");
    private static final Pattern ORG_WORDS = Pattern.compile(
            "^(?:red|colectivo|observatorio|asociacion|organizacion|jovenes|mujeres|frente|alianza|movimiento|fundacion"
                    + "|centro|comite|agrupacion|coordinadora)\\b.*|.*\\ba\\.\\s?c\\.?$");
    private static final Pattern NO_ORG = Pattern.compile("^(?:ninguna|ninguno|no aplica|n/?a|individual|independiente|sin organizacion)\\b.*");
    private static final int LETTERHEAD_LINES = 8;

    Optional<Mention<String>> observer(List<Mention<String>> names) {
        return names.stream().filter(n -> n.strength() >= PersonNames.SIGNATURE)
                .max(Comparator.comparingInt((Mention<String> n) -> n.strength()).thenComparing(Mention::start, Comparator.reverseOrder()));
    }

    Optional<String> organization(String text, Optional<Mention<String>> observer) {
        String folded = Folding.foldPreservingLength(text);
        Matcher m = ORG_LABEL.matcher(folded);
        if (m.find()) {
            String value = cut(text.substring(m.start(1), m.end(1)));
            return NO_ORG.matcher(Folding.foldPreservingLength(value)).matches() || value.isBlank() ? Optional.empty() : Optional.of(value);
        }
        if (observer.isPresent()) {
            String after = Lines.after(text, observer.get().end()).strip();
            if (after.startsWith(",")) {
                String value = cut(after.substring(1));
                if (ORG_WORDS.matcher(Folding.foldPreservingLength(value)).matches()) {
                    return Optional.of(value);
                }
            }
        }
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            boolean letterhead = i < LETTERHEAD_LINES;
            boolean signature = i >= lines.length - LETTERHEAD_LINES;
            String line = lines[i].strip();
            if ((letterhead || signature) && line.length() > 5 && line.split("\\s+").length <= 12
                    && ORG_WORDS.matcher(Folding.foldPreservingLength(line)).matches() && !line.contains(":")) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    private static final Pattern NEXT_LABEL = Pattern.compile(
            "(?iu)\\s+(?:organizaci[oó]n|alcald[ií]a|distrito|unidad territorial|ut|fecha|colonia|mro|tel[eé]fono|correo"
                    + "|acreditaci[oó]n|cargo|firma|nombre)\\s*:");

    private static String cut(String value) {
        Matcher next = NEXT_LABEL.matcher(value);
        int cut = next.find() ? next.start() : value.length();
        for (String sep : new String[] {"  ", "\t", " | ", " · "}) {
            int i = value.indexOf(sep);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return value.substring(0, cut).strip();
    }
}
