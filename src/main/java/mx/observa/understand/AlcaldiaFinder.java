package mx.observa.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Finds alcaldías named in a text, by canonical name or any variant of the gazetteer, with or without accents
 * and in any case. Strength: 3 after "Alcaldía", "Alc.", "Delegación" or "Demarcación"; 1 in passing; mentions
 * that are part of a street name ("Calzada de Tlalpan", "Ermita Iztapalapa") are not reported. Abbreviations of
 * two or three letters (GAM, BJ, MH…) count only written in capitals, and, without the "Alcaldía" cue, only on a
 * line that also speaks of distrito or unidad territorial or after the article "la" ("en la GAM"), so ordinary words
 * are never taken for an alcaldía. Right after the cue a name abbreviated or spelled by ear counts too
 * ({@link #writtenAfterACue}).
 */
final class AlcaldiaFinder {

    static final int CUED = 3;
    static final int IN_PASSING = 1;

    private static final Pattern CUE_BEFORE = Pattern.compile(
            "\\b(?:alcaldia|alc\\.?|delegacion|deleg\\.|demarcacion(?: territorial)?|lugar)\\s*[:.\\-–]?\\s*(?:de\\s+)?$");
    /** "en la GAM", "la BJ": the alcaldía spoken of with its article (a party's initials take "el": "el MC"). */
    private static final Pattern FEMININE_ARTICLE = Pattern.compile("(?<![\\p{L}])la\\s+$");
    private static final Pattern GEO_LINE = Pattern.compile("\\b(?:distrito|dtto|dto|ut|unidad territorial|colonia|col)\\b");

    /** @param needle the form's first word, as it must appear in the text searched: no match without it */
    private record Form(String alcaldiaClave, Pattern pattern, boolean abbreviation, String needle) {
    }

    /** What may follow an abbreviation that stands as a field of its own: the end of the line or a separator. */
    private static final Pattern FIELD_END = Pattern.compile("^\\s*(?:$|[,;.)|/·:—–]|-\\s)");
    /** The field before ", BJ" or "(BJ": what lies after the last separator before it. */
    private static final Pattern FIELD_BEFORE = Pattern.compile("(?:.*(?:[,;(|/·:—–]|\\s-\\s)|^)(.+?)\\s*[,(]\\s*$");
    /**
     * How far back a field before an abbreviation is looked for: FIELD_BEFORE takes time in the square of what it
     * reads, and a line of a quarter of a million characters full of «BJ» and «MH» held the service for minutes.
     */
    private static final int FIELD_REACH = 200;

    /**
     * A name of an alcaldía as {@link #spelledByEar} compares it: its words, run together, and how that sounds
     * ({@link ByEar#sound}), worked out once rather than for every word of every report.
     */
    private record HeardForm(String alcaldiaClave, int words, String joined, String sound) {
    }

    private final List<Form> forms = new ArrayList<>();
    private final List<HeardForm> heardForms = new ArrayList<>();
    private final Gazetteer gazetteer;
    /** A street named after an alcaldía, a word of the vocabulary's {@code vias} before it: "Calzada de Tlalpan". */
    private final Pattern streetBefore;

    AlcaldiaFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.streetBefore = Pattern.compile(PlaceVocabulary.anyOf(gazetteer.vocabulary().streets()) + "\\s+(?:de\\s+)?$");
        for (Gazetteer.Alcaldia a : gazetteer.alcaldias()) {
            List<String> all = new ArrayList<>();
            all.add(a.name());
            all.addAll(a.variants());
            Set<String> bodies = new LinkedHashSet<>();
            for (String form : all) {
                boolean abbreviation = form.replace(".", "").length() <= 3 && form.equals(form.toUpperCase());
                String body = abbreviation ? initials(form)
                        : Pattern.quote(Folding.foldPreservingLength(form)).replace(" ", "\\E\\s+\\Q").replace("\\Q\\E", "");
                String folded = abbreviation ? form.substring(0, 1) : Folding.foldPreservingLength(form);
                if (bodies.add(body)) { // "GAM" and "G.A.M." are one form: one mention each time it is written
                    forms.add(new Form(a.clave(), Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])"),
                            abbreviation, folded.strip().split(" ")[0]));
                }
                // abbreviations and short variants ("Azca", "Xochi") are never read by ear
                List<String> formWords = List.of(Folding.foldLower(form).replace(".", " ").strip().split("[\\s\\-]+"));
                String joined = String.join("", formWords);
                if (!(form.replace(".", "").length() <= 3 && form.equals(form.toUpperCase(Locale.ROOT))) && joined.length() >= MIN_BY_EAR) {
                    heardForms.add(new HeardForm(a.clave(), formWords.size(), joined, ByEar.sound(joined)));
                }
            }
        }
    }

    /**
     * An abbreviation of capitals as people write initials: run together or with a period after each letter ("VC",
     * "V.C.", "V. C."), never with bare spaces ("A O").
     */
    private static String initials(String abbreviation) {
        String letters = abbreviation.replace(".", "").replace(" ", "");
        StringBuilder dotted = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            dotted.append(i == 0 ? "" : "\\.\\s?").append(Pattern.quote(letters.substring(i, i + 1)));
        }
        return "(?:" + Pattern.quote(letters) + "|" + dotted + "\\.?)";
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
                if (!cued && streetBefore.matcher(tail).find()) {
                    continue;
                }
                if (form.abbreviation() && !cued && !GEO_LINE.matcher(Folding.foldPreservingLength(Lines.lineAt(text, m.start()))).find()
                        && !placeLabel(text, m.start(), m.end(), form.alcaldiaClave()) && !FEMININE_ARTICLE.matcher(tail).find()) {
                    continue;
                }
                mentions.add(new Mention<>(form.alcaldiaClave(), m.start(), m.end(), cued ? CUED : IN_PASSING));
            }
        }
        mentions.addAll(spelledByEar(text, folded, mentions));
        mentions.addAll(writtenAfterACue(text, folded, mentions));
        // A shorter variant inside a longer mention ("Contreras" in "La Magdalena Contreras") is the same mention.
        mentions.removeIf(x -> mentions.stream().anyMatch(y -> y != x && y.start() <= x.start() && x.end() <= y.end()
                && (y.end() - y.start()) > (x.end() - x.start())));
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return mentions;
    }

    /** A word as {@link #spelledByEar} reads it, with where it lies. */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    /** What may separate the words of a name: spaces, a hyphen, the period of "Gustavo A. Madero". */
    private static final Pattern NAME_GAP = Pattern.compile("\\.?[ \\t\\-]+");
    /** The shortest name, in letters, that a spelling by ear may stand for: "Tlalpan", "Tláhuac" ("Tlauac"). */
    private static final int MIN_BY_EAR = 7;
    /** The shortest name that may also be one or two letters off ("Iztapalpa", "Xochimilko"); shorter ones must sound the same. */
    private static final int MIN_LETTERS_OFF = 8;

    /**
     * Alcaldías written as they are heard rather than read, anywhere in the text: "Ixtapalapa", "Azcapotsalco",
     * "Benito Juáres", "Tlauac", and one or two letters off in a long name ("Iztapalpa", "Venustiano Caranza"). The names
     * of the alcaldías are long and unlike any common word, so a near spelling of one is that alcaldía; abbreviations
     * and short variants ("Azca", "Xochi") are never read this way.
     */
    private List<Mention<String>> spelledByEar(String text, String folded, List<Mention<String>> found) {
        String lower = folded.toLowerCase(Locale.ROOT);
        List<int[]> words = new ArrayList<>();
        Matcher w = LETTERS.matcher(lower);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        // the same few written words meet every name of about their length: each is made a sound once
        Map<String, String> sounds = new java.util.HashMap<>();
        List<Mention<String>> extra = new ArrayList<>();
        for (HeardForm form : heardForms) {
            String joined = form.joined();
            for (int i = 0; i + form.words() <= words.size(); i++) {
                int letters = 0;
                for (int k = i; k < i + form.words(); k++) {
                    letters += words.get(k)[1] - words.get(k)[0];
                }
                if (Math.abs(letters - joined.length()) > 2) {
                    continue; // every word of a long report meets every form: only those of about its length are read
                }
                int start = words.get(i)[0];
                int end = words.get(i + form.words() - 1)[1];
                StringBuilder written = new StringBuilder(lower.substring(words.get(i)[0], words.get(i)[1]));
                boolean oneName = true;
                for (int k = i + 1; k < i + form.words() && oneName; k++) {
                    oneName = NAME_GAP.matcher(lower.substring(words.get(k - 1)[1], words.get(k)[0])).matches();
                    written.append(lower, words.get(k)[0], words.get(k)[1]);
                }
                if (!oneName || written.toString().equals(joined)) {
                    continue;
                }
                String heard = sounds.computeIfAbsent(written.toString(), ByEar::sound);
                if (!(heard.equals(form.sound()) || joined.length() >= MIN_LETTERS_OFF && ByEar.soundsAlike(heard, form.sound()))
                        || found.stream().anyMatch(m -> m.start() < end && start < m.end())
                        || extra.stream().anyMatch(m -> m.start() < end && start < m.end())) {
                    continue;
                }
                String before = Folding.foldPreservingLength(Lines.before(text, start));
                String tail = before.length() > 40 ? before.substring(before.length() - 40) : before;
                boolean cued = CUE_BEFORE.matcher(tail).find();
                if (cued || !streetBefore.matcher(tail).find()) {
                    extra.add(new Mention<>(form.alcaldiaClave(), start, end, cued ? CUED : IN_PASSING));
                }
            }
        }
        return extra;
    }

    /** "Alcaldía", "Alc.", "Delegación", "Deleg.", "Demarcación (territorial)" and what separates them from the name. */
    private static final Pattern CUE = Pattern.compile(
            "(?<![\\p{L}])(?:alcaldia|alc\\.?|delegacion|deleg\\.?|demarcacion(?: territorial)?)(?![\\p{L}])\\s*[:.\\-–]?\\s*(?:de\\s+)?");
    /** A written word, with the period of an abbreviation ("Hgo.", "B."). */
    private static final Pattern WORD = Pattern.compile("\\G[ \\t\\-]*(\\p{L}+)(\\.)?");
    /** Words of a name that a person leaves out ("Gustavo Madero", "Magdalena Contreras"). */
    private static final Set<String> OMITTED = Set.of("a", "de", "la");
    private static final int MAX_WORDS = 4;

    /**
     * The name written right after an explicit cue ("Alcaldía", "Alc.", "Delegación") as people write it: abbreviated
     * ("B. Juárez", "Miguel Hgo.", "G. A. Madero", "Cuauh.", "gam"), misspelled by ear ("Ixtapalapa", "Cuautémoc",
     * "Azcapotsalco", "Benito Juáres"), without a short word ("Gustavo Madero") or run together ("Milpalta"). After the
     * cue the words can only be an alcaldía, so a looser match is safe there; it must fit one alcaldía only.
     */
    private List<Mention<String>> writtenAfterACue(String text, String folded, List<Mention<String>> found) {
        List<Mention<String>> extra = new ArrayList<>();
        String lower = folded.toLowerCase(Locale.ROOT);
        Matcher cue = CUE.matcher(lower);
        while (cue.find()) {
            int at = cue.end();
            if (found.stream().anyMatch(m -> m.start() >= cue.start() && m.start() <= at + 1)) {
                continue; // the name is written as the gazetteer has it
            }
            List<String> words = new ArrayList<>();
            List<Boolean> dotted = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            Matcher w = WORD.matcher(lower).region(at, Lines.end(lower, at));
            while (words.size() < MAX_WORDS && w.find()) {
                words.add(w.group(1));
                dotted.add(w.group(2) != null);
                ends.add(w.end());
            }
            for (int n = words.size(); n >= 1; n--) {
                Set<String> fits = new LinkedHashSet<>();
                for (Gazetteer.Alcaldia a : gazetteer.alcaldias()) {
                    if (fits(words.subList(0, n), dotted.subList(0, n), a)) {
                        fits.add(a.clave());
                    }
                }
                if (fits.size() == 1) {
                    int end = dotted.get(n - 1) && n > 1 ? ends.get(n - 1) - 1 : ends.get(n - 1);
                    extra.add(new Mention<>(fits.iterator().next(), at, end, CUED));
                    break;
                }
                if (fits.size() > 1) {
                    break; // "Alc. M." fits several: no guess
                }
            }
        }
        return extra;
    }

    /** Whether the written words are one of the alcaldía's names or abbreviations, as {@link #writtenAfterACue} reads them. */
    private static boolean fits(List<String> words, List<Boolean> dotted, Gazetteer.Alcaldia a) {
        List<String> forms = new ArrayList<>();
        forms.add(a.name());
        forms.addAll(a.variants());
        for (String form : forms) {
            String bare = form.replace(".", "").replace(" ", "");
            if (form.equals(form.toUpperCase(Locale.ROOT)) && bare.length() <= 3) {
                // an abbreviation of capitals, written after the cue in any case: "alcaldía gam", "Alc. bj"
                if (words.size() == 1 && words.get(0).equalsIgnoreCase(bare)) {
                    return true;
                }
                continue;
            }
            List<String> formWords = List.of(Folding.foldLower(form).replace(".", " ").strip().split("[\\s\\-]+"));
            if (words.stream().allMatch(x -> x.length() < 3)) {
                continue; // initials alone ("a la alcaldía a …") name nothing
            }
            if (aligned(words, dotted, formWords, 0, 0)
                    || words.size() <= 2 && ByEar.alike(String.join("", words), String.join("", formWords))) {
                return true;
            }
        }
        return false;
    }

    /** Each written word stands for the next word of the name, in order; the name's short words may be left out. */
    private static boolean aligned(List<String> words, List<Boolean> dotted, List<String> form, int i, int j) {
        if (i == words.size()) {
            return form.subList(j, form.size()).stream().allMatch(OMITTED::contains);
        }
        if (j == form.size()) {
            return false;
        }
        if (standsFor(words.get(i), dotted.get(i), form.get(j)) && aligned(words, dotted, form, i + 1, j + 1)) {
            return true;
        }
        return OMITTED.contains(form.get(j)) && aligned(words, dotted, form, i, j + 1);
    }

    /** "hgo." for "hidalgo", "b." for "benito", "cuauh." for "cuauhtemoc", or the word itself however it was spelled by ear. */
    private static boolean standsFor(String written, boolean dot, String word) {
        if (written.equals(word)) {
            return true;
        }
        if (dot && written.length() < word.length() && written.charAt(0) == word.charAt(0)) {
            int k = 0;
            for (int c = 0; c < word.length() && k < written.length(); c++) {
                if (word.charAt(c) == written.charAt(k)) {
                    k++;
                }
            }
            return k == written.length() && (written.length() >= 3 || written.length() == 1);
        }
        return !dot && ByEar.alike(written, word);
    }

    /**
     * Whether an abbreviation stands as the alcaldía of the place named right before it: "Merced Gómez, BJ —",
     * "Pensil Norte (MH)": a field of its own after a catalogue name of that alcaldía. "PRI, PAN, MC" names no place.
     */
    private boolean placeLabel(String text, int start, int end, String alcaldiaClave) {
        if (!FIELD_END.matcher(text.substring(end, Lines.end(text, end))).find()) {
            return false;
        }
        Matcher field = FIELD_BEFORE.matcher(lastOf(Lines.before(text, start), FIELD_REACH));
        return field.find() && gazetteer.utsNamed(Folding.normalizeName(field.group(1))).stream()
                .anyMatch(ut -> ut.alcaldiaClave().equals(alcaldiaClave));
    }

    private static String lastOf(String text, int length) {
        return text.length() <= length ? text : text.substring(text.length() - length);
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
