package mx.observa.understand;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rest of a name found only in part, read with it and so hidden with it wherever it is published: «Eustorgio
 * Calzada» found, «Nieblas» right after it. A Mexican name has two surnames, and the detector stops where its evidence
 * stops (a surname no list knows), so a published page read «[dato personal] Nieblas»: a reader still learns the
 * surname of the person whose name was hidden. This does not depend on the rules reading the whole name: a span shaped
 * like a name, followed on the same line by one space and one or two more capitalized words (in capitals when the name
 * is written in capitals inside a line that also writes in lower case), runs up to them. Initials alone («R. H.»)
 * take the surname after them in either case, on any line.
 *
 * <p>What stops it: anything but a single space (a comma, a column's gap, a tab, a line break, a parenthesis), a word
 * in lower case, a word followed by a colon (a form's next label: «JUAN PÉREZ ALCALDÍA: …»), a line all in capitals.
 * What it may take too: a capitalized role or place written right after a name without a comma («… Presidente»),
 * which costs the reader a word, never a person.
 */
final class NameTails {

    /**
     * A span shaped like a name: capitalized words (an initial's or a title's period allowed) apart by single spaces,
     * ending in a letter; the role, title or relation the detector found with it may come first in lower case
     * («secretario Efrén», «mi hija Perlita»): the name after it may have surnames as much as one found bare.
     */
    private static final Pattern NAME_SHAPED = Pattern.compile(
            "(?:\\p{Ll}+\\.? )*\\p{Lu}[\\p{L}'’-]*\\.?(?: \\p{Lu}[\\p{L}'’-]*\\.?)*(?<=\\p{L})");
    /** One or two capitalized words of two letters or more after a single space, none a label. */
    private static final Pattern TITLE_TAIL = Pattern.compile(
            "(?: \\p{Lu}\\p{Ll}[\\p{Ll}'’-]*(?![\\p{L}\\d])(?![ \\t]*[:：])){1,2}");
    /** The same in capitals, after a name written in capitals. */
    private static final Pattern CAPS_TAIL = Pattern.compile(
            "(?: \\p{Lu}{2}[\\p{Lu}'’-]*(?![\\p{L}\\d])(?![ \\t]*[:：])){1,2}");

    /** Initials only: capital letters each with its period, apart by single spaces or none («R. H.», «J.M.»). */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?: ?\\p{Lu}\\.)*");

    private NameTails() {
    }

    /**
     * Where a hidden span {@code [start, end)} of {@code text} should end: after the capitalized words that continue
     * it when it is shaped like a name, else at {@code end}.
     */
    static int end(String text, int start, int end) {
        if (start < 0 || end > text.length() || end <= start) {
            return end;
        }
        if (INITIALS.matcher(text).region(start, end).matches()) {
            // initials alone name nobody in full («R. H.», «J. M.»): the surname after them, in either case, is the
            // rest of the name even on a line all in capitals (a signature: «J. M. VALDIVIA»)
            Matcher title = TITLE_TAIL.matcher(text).region(end, text.length());
            Matcher caps = CAPS_TAIL.matcher(text).region(end, text.length());
            return title.lookingAt() ? title.end() : caps.lookingAt() ? caps.end() : end;
        }
        if (!NAME_SHAPED.matcher(text).region(start, end).matches()) {
            return end;
        }
        int name = start; // past the role or title in lower case, if any
        while (!Character.isUpperCase(text.charAt(name))) {
            name++;
        }
        boolean capitals = text.substring(name, end).chars().noneMatch(Character::isLowerCase);
        Matcher tail = (capitals ? CAPS_TAIL : TITLE_TAIL).matcher(text).region(end, text.length());
        if (!tail.lookingAt()) {
            return end;
        }
        // a line written all in capitals («FUNCIONARIA … NO PERMITIÓ», «… CLAVE DE ELECTOR») capitalizes every word:
        // there a word in capitals after the name says nothing; in a line that writes in lower case too, it is the name's
        return capitals && !lowerCaseOnItsLine(text, name, tail.end()) ? end : tail.end();
    }

    /** Whether the line holding {@code [start, end)} has a letter in lower case outside it. */
    private static boolean lowerCaseOnItsLine(String text, int start, int end) {
        int from = text.lastIndexOf('\n', start - 1) + 1;
        int to = text.indexOf('\n', end);
        to = to < 0 ? text.length() : to;
        for (int i = from; i < to; i++) {
            if ((i < start || i >= end) && Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
