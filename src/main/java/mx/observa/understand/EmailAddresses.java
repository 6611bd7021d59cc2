package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * E-mail addresses, also written to dodge filters: "usuario[at]dominio.org", "usuario (arroba) dominio (punto)
 * com", "ana punto lopez arroba gmail punto com", "ana @ gmail . com", "ana at correo dot org", and addresses a
 * line break cut after "@" or a dot ("ana.lopez@\ngmail.com", as PDF extraction leaves them). "@", "arroba" and a
 * bracketed "at" say enough: the domain may end in any word. A bare "at" is English too ("nos vemos at home"): it
 * needs a spelled dot ("dot", "punto") or a known top-level domain. A middle dot or an «(a)» glued where the at sign
 * goes stands for it when a domain with its periods follows ("ana·correo.example").
 */
final class EmailAddresses {

    /** A doubled at sign too ("ana@@correo.example", «le puse doble arroba para que no llegue spam»). */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\d._%+-]+@{1,2}[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");
    /** Cut by a line break right after "@" or after a dot; the part on the next line is in lower case. */
    private static final Pattern WRAPPED = Pattern.compile(
            "[\\p{L}\\d._%+-]+@(?:[ \\t]*\\n[ \\t]*)?[\\p{Ll}\\d-]+(?:\\.(?:[ \\t]*\\n[ \\t]*)?[\\p{Ll}\\d-]+)+");
    /**
     * Cut by a line break right before "@" ("petra.ruiz" / "@bordados.example"): the line's last word is the local part
     * when it is written as one (lower case, with a dot, an underscore, a hyphen or a figure) or the domain ends as
     * addresses do; a word of a sentence before a handle on its own line ("sígueme en instagram" / "@flores.xochi") is
     * neither.
     */
    private static final Pattern WRAPPED_BEFORE_AT = Pattern.compile(
            "(?<![\\w.@])([\\p{Ll}\\d._%+-]+)[ \\t]*\\n[ \\t]*@([\\p{Ll}\\d-]+(?:\\.[\\p{Ll}\\d-]+)+)(?![\\w@])");
    private static final Pattern LOCAL_AS_WRITTEN = Pattern.compile("[._%+\\d-]");
    private static final String OPEN = "[\\[({<]";
    /**
     * Between spelled words: spaces, or middle dots and bullets that stand for them ("ana·arroba·correo·punto·org"); and
     * one line break, where a page wrapped a spelled address ("ana.ruiz ARROBA correo PUNTO" / "example"): its words
     * still need «arroba» and a spelled dot, which no sentence says.
     */
    private static final String SEP = "(?:[ \\t·•∙]+(?:\\n[ \\t]*)?|\\n[ \\t]*)";
    private static final String CLOSE = "[\\])}>]";
    /** "@", "@@", "[at]", "(arroba)", "[@]" and a spaced "arroba". */
    private static final String STRONG_AT = "(?:[ \\t]*@{1,2}[ \\t]*|[ \\t]*" + OPEN + "[ \\t]*(?:at|arroba|@)[ \\t]*" + CLOSE + "[ \\t]*|" + SEP + "arroba" + SEP + ")";
    private static final String WEAK_AT = "[ \\t]+at[ \\t]+";
    /** "dot", "punto", bracketed or not, and a bracketed period ("[.]", "(.)"). */
    private static final String SPELLED_DOT = "(?:[ \\t]*" + OPEN + "[ \\t]*(?:dot|punto|\\.)[ \\t]*" + CLOSE + "[ \\t]*|" + SEP + "(?:dot|punto)" + SEP + ")";
    /** A period with spaces on both sides or none: "gmail. Luego" ends a sentence. */
    private static final String DOT = "(?:\\.|[ \\t]+\\.[ \\t]+|" + SPELLED_DOT + ")";
    private static final String TLD = "(?:com|org|net|edu|gob|mx|info|io|es|us|biz|co|me|online|app)";
    /** A known top-level domain, or the one reserved for examples. */
    private static final Pattern ADDRESS_ENDING = Pattern.compile("\\.(?:" + TLD + "|example)$");
    /**
     * The joiners of a local part said as words, as a dot is ("petra guion bajo ruiz arroba …", "lalo guion medio paz
     * …"): only inside a local part, which the at sign after it still has to close.
     */
    private static final String SPELLED_JOINER = SEP + "(?:guion[ \\t]+bajo|guion[ \\t]+medio|guion|underscore)" + SEP;
    private static final String LOCAL = "(?<![\\w.])[\\w+-]+(?:(?:" + DOT + "|" + SPELLED_JOINER + ")[\\w+-]+)*";
    private static final Pattern DISGUISED = Pattern.compile(
            LOCAL + STRONG_AT + "[\\w-]+(?:" + DOT + "[\\w-]+)*" + DOT + "\\p{L}{2,12}(?![\\w])");
    private static final Pattern DISGUISED_WEAK = Pattern.compile(
            LOCAL + WEAK_AT + "[\\w-]+(?:" + DOT + "[\\w-]+)*" + DOT + "\\p{L}{2,12}(?![\\w])");
    /**
     * "ana punto ruiz en correo punto org": «en» said for the at sign, as in "ana at correo" — only between a local
     * part and a domain that both spell a dot, which no sentence does.
     */
    private static final Pattern SPELLED_EN = Pattern.compile(
            "(?<![\\w.])[\\w+-]+(?:" + DOT + "[\\w+-]+)*" + SPELLED_DOT + "[\\w+-]+" + SEP + "en" + SEP + "[\\w-]+(?:" + DOT + "[\\w-]+)*"
            + SPELLED_DOT + "\\p{L}{2,12}(?![\\w])");
    private static final Pattern SPELLED_OR_TLD = Pattern.compile(SPELLED_DOT + "|\\." + TLD + "$");
    /**
     * A mark glued where the at sign goes, as people write to dodge filters and then say so («btamayo·correo.example,
     * cambie el punto por arroba», «ana(a)correo.org»): a middle dot or bullet, or an «a» in brackets, between a local
     * part and a domain written with its periods. The glued domain and its period are what no word of a sentence has
     * («Aviso · Términos» is spaced; a Catalan «col·legi» has no domain after it).
     */
    private static final Pattern STAND_IN_AT = Pattern.compile(
            "(?<![\\w.])[\\w+-]+(?:\\.[\\w+-]+)*(?:[·•∙]|[\\[(]a[\\])])[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,12}(?![\\w.@])");

    private EmailAddresses() {
    }

    /** Quick tests of what each kind of address needs, so the patterns only run over texts that may hold one. */
    private static final Pattern BRACKETED_AT = Pattern.compile(OPEN + "[ \\t]*at[ \\t]*" + CLOSE);
    private static final Pattern SPACED_AT = Pattern.compile("[ \\t]at[ \\t]");

    static List<PersonalData> find(String text) {
        List<PersonalData> found = new ArrayList<>();
        // a full-width or small at sign or period ("ana ＠ correo．org") reads as the ASCII one
        String folded = Folding.foldPreservingLength(text).replace('＠', '@').replace('﹫', '@').replace('．', '.');
        boolean at = text.indexOf('@') >= 0;
        if (at || folded.indexOf('@') >= 0 || folded.contains("arroba") || BRACKETED_AT.matcher(folded).find()) {
            strong(text, folded, at, found);
        }
        if (SPACED_AT.matcher(folded).find()) {
            weak(text, folded, found);
        }
        if (folded.indexOf('·') >= 0 || folded.indexOf('•') >= 0 || folded.indexOf('∙') >= 0 || folded.contains("(a)")
                || folded.contains("[a]")) {
            Matcher standIn = STAND_IN_AT.matcher(folded);
            while (standIn.find()) {
                found.add(new PersonalData(PersonalDataDetector.CORREO, text.substring(standIn.start(), standIn.end()), standIn.start(), standIn.end()));
            }
        }
        if (folded.contains("punto") || folded.contains("dot")) {
            Matcher en = SPELLED_EN.matcher(folded);
            while (en.find()) {
                found.add(new PersonalData(PersonalDataDetector.CORREO, text.substring(en.start(), en.end()), en.start(), en.end()));
            }
        }
        return found;
    }

    private static void strong(String text, String folded, boolean at, List<PersonalData> found) {
        Matcher m = PLAIN.matcher(at ? text : "");
        while (m.find()) {
            found.add(new PersonalData(PersonalDataDetector.CORREO, m.group(), m.start(), m.end()));
        }
        if (at) {
            cutShort(text, folded, found);
            Matcher before = WRAPPED_BEFORE_AT.matcher(text);
            while (before.find()) {
                if (LOCAL_AS_WRITTEN.matcher(before.group(1)).find() || ADDRESS_ENDING.matcher(before.group(2)).find()) {
                    found.add(new PersonalData(PersonalDataDetector.CORREO, before.group(), before.start(), before.end()));
                }
            }
        }
        Matcher w = WRAPPED.matcher(at ? text : "");
        while (w.find()) {
            if (w.group().contains("\n")) {
                found.add(new PersonalData(PersonalDataDetector.CORREO, w.group(), w.start(), w.end()));
            }
        }
        Matcher d = DISGUISED.matcher(folded);
        while (d.find()) {
            String value = text.substring(d.start(), d.end());
            if (!PLAIN.matcher(value).matches()) { // a plain address is found above, as written
                int start = dictatedStart(folded, d.start());
                found.add(new PersonalData(PersonalDataDetector.CORREO, text.substring(start, d.end()), start, d.end()));
            }
        }
    }

    /**
     * An at sign glued between a local part and a domain whose dot and ending never came: the scan lost them to a hole
     * it marked («petra.ruiz@bordad [ilegible] .example») or the writer left them off («lupe.m@hotmail»). The local
     * part and the at sign say it is an address; the mark and the piece after it with its dot («.example», «ra.org»)
     * are still part of it, as is an ending a stray space parted («lupe.mtz@hotmail .com»). A mark followed by words of a
     * sentence ends it there.
     */
    // a domain of three characters or more: «tod@s», «niñ@s», «l@s» write both genders, not an address
    private static final Pattern CUT_SHORT = Pattern.compile(
            "(?<![\\w.@])(?=[\\p{L}\\d._%+-]*\\p{L})[\\p{L}\\d._%+-]{2,}@(?=[\\p{L}\\d-]*\\p{L})[\\p{L}\\d-]{3,}(?![\\w.@-])");
    /** The rest of a cut address after the hole: a piece with its dot («.example», «ra.org.mx»). */
    private static final Pattern REST_AFTER_HOLE = Pattern.compile("[ \\t]*\\.?[\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)+(?![\\w@])");
    private static final Pattern SPACES = Pattern.compile("[ \\t]*");
    private static final Pattern SPACED_ENDING = Pattern.compile("[ \\t]+\\.[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*(?![\\w@])");

    /** {@link #CUT_SHORT}, with the hole the scan marked right after it and the rest of the address after the hole. */
    private static void cutShort(String text, String folded, List<PersonalData> found) {
        Matcher m = CUT_SHORT.matcher(text);
        while (m.find()) {
            int end = m.end();
            Matcher gap = SPACES.matcher(folded).region(end, folded.length());
            int hole = gap.lookingAt() ? IllegibleText.markEnd(folded, gap.end()) : -1;
            if (hole > 0) {
                Matcher rest = REST_AFTER_HOLE.matcher(text).region(hole, text.length());
                if (rest.lookingAt()) {
                    end = rest.end();
                }
            } else {
                // a space slipped in before the domain's ending ("lupe.mtz@hotmail .com"): no sentence opens with a period
                Matcher rest = SPACED_ENDING.matcher(text).region(end, text.length());
                if (rest.lookingAt()) {
                    end = rest.end();
                }
            }
            found.add(new PersonalData(PersonalDataDetector.CORREO, text.substring(m.start(), end), m.start(), end));
        }
    }

    /** "mi correo es reve fuentes arroba …": the words said between the cue and the address's last word before "arroba". */
    private static final Pattern DICTATED_LOCAL = Pattern.compile(
            "(?<![\\p{L}])(?:correo|mail|email|e-mail)(?:[ \\t]+electronico)?(?:[ \\t]+es)?[ \\t]*:?[ \\t]+((?:(?!es[ \\t])[a-z\\d]{2,}[ \\t]+){1,2})$");

    /**
     * Where a dictated address starts: a local part said as several words after "correo" ("reve fuentes arroba correo
     * punto example") is matched only from its last word; the words before it, back to the cue, are part of it.
     */
    private static int dictatedStart(String folded, int start) {
        Matcher cue = DICTATED_LOCAL.matcher(folded.substring(Math.max(0, start - 60), start));
        return cue.find() ? start - (cue.end() - cue.start(1)) : start;
    }

    private static void weak(String text, String folded, List<PersonalData> found) {
        Matcher weak = DISGUISED_WEAK.matcher(folded);
        while (weak.find()) {
            if (SPELLED_OR_TLD.matcher(weak.group()).find()) {
                found.add(new PersonalData(PersonalDataDetector.CORREO, text.substring(weak.start(), weak.end()), weak.start(), weak.end()));
            }
        }
    }
}
