package mx.observa.understand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * What is already known to be personal in one report — the observer, the sender, a signature, a name, phone or
 * e-mail found anywhere in it, the names in its file name — so that <b>every</b> occurrence is found wherever a
 * piece of that report is shown (a finding, a snippet, its file name): in full, in upper case, without accents, and
 * in the partial forms people use (given name + first surname, all given names + first surname, surnames before the
 * given name, surnames alone after a title or role: "la Sra. Gómez", "el funcionario Ramírez"). A phone number
 * matches with any separators, an e-mail in any case. Partial forms that name a place (a known "Miguel Hidalgo
 * Pérez" does not hide the alcaldía Miguel Hidalgo) are left alone.
 */
public final class KnownPersonalData {

    public static final KnownPersonalData NONE = new KnownPersonalData(Set.of());

    private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "las", "los", "y", "e", "da", "van", "von", "di");
    private static final String SEPARATOR = "(?:[\\s_.,\\-]+(?:(?:de|del|la|las|los|y)[\\s_.\\-]+)*)";

    private final Set<String> strings;
    private volatile Compiled compiled;

    private KnownPersonalData(Set<String> strings) {
        this.strings = strings;
    }

    /** From strings found before (blank ones ignored). */
    public static KnownPersonalData of(Collection<String> strings) {
        Set<String> set = new TreeSet<>();
        if (strings != null) {
            for (String s : strings) {
                if (s != null && !s.isBlank()) {
                    set.add(s.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return set.isEmpty() ? NONE : new KnownPersonalData(Set.copyOf(set));
    }

    public KnownPersonalData with(Collection<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(strings);
        all.addAll(more);
        return of(all);
    }

    /** The known strings, sorted. */
    public List<String> strings() {
        return List.copyOf(new TreeSet<>(strings));
    }

    public boolean isEmpty() {
        return strings.isEmpty();
    }

    /** Every occurrence in {@code text} of a known string or of a form of a known name. */
    List<PersonalData> occurrences(String text, PrivacyVocabulary vocabulary, PlaceGuard places) {
        if (strings.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        Compiled c = compiled;
        if (c == null || c.vocabulary != vocabulary) {
            c = compile(vocabulary);
            compiled = c;
        }
        String folded = Folding.foldPreservingLength(text);
        List<PersonalData> found = new ArrayList<>();
        for (Form form : c.forms) {
            Matcher m = form.pattern.matcher(folded);
            while (m.find()) {
                int start = m.start(1);
                int end = m.end(1);
                String value = text.substring(start, end);
                if (form.capitalizedOnly && !Character.isUpperCase(value.charAt(0))) {
                    continue;
                }
                if (form.guarded && places.isPlaceAt(text, start, end, form.addressed)) {
                    continue;
                }
                found.add(new PersonalData(form.kind, value, start, end));
            }
        }
        return found;
    }

    /**
     * @param guarded        a partial form: skipped where it names a place
     * @param capitalizedOnly a single word: only where written with a capital ("Rosa" the person, not "rosa")
     */
    private record Form(Pattern pattern, String kind, boolean guarded, boolean capitalizedOnly, boolean addressed) {
        Form(Pattern pattern, String kind, boolean guarded, boolean capitalizedOnly) {
            this(pattern, kind, guarded, capitalizedOnly, false);
        }
    }

    private record Compiled(PrivacyVocabulary vocabulary, List<Form> forms) {
    }

    private Compiled compile(PrivacyVocabulary vocabulary) {
        List<Form> forms = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        String titles = "(?:" + PrivacyVocabulary.alternation(List.copyOf(vocabulary.titles)) + "\\.?|"
                + PrivacyVocabulary.alternation(vocabulary.roles) + ")";
        for (String s : strings) {
            String f = Folding.foldLower(s);
            if (f.contains("@")) {
                add(forms, seen, literal(f), PersonalDataDetector.CORREO, false, false);
            } else if (f.replaceAll("\\D", "").length() >= 7 && f.replaceAll("[^\\p{L}]", "").length() <= 4) {
                add(forms, seen, digits(f), PersonalDataDetector.TELEFONO, false, false);
            } else if (f.matches(".*\\d.*")) {
                add(forms, seen, literal(f), PersonalDataDetector.CONOCIDO, false, false);
            } else {
                nameForms(forms, seen, f, vocabulary, titles);
            }
        }
        return new Compiled(vocabulary, List.copyOf(forms));
    }

    private void nameForms(List<Form> forms, Set<String> seen, String folded, PrivacyVocabulary vocabulary, String titles) {
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}'’]+")) {
            if (!w.isEmpty() && !CONNECTORS.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty() || words.size() > 8) {
            return;
        }
        if (words.size() == 1) {
            String w = words.get(0);
            if (w.length() >= 3 && !vocabulary.notNameWords.contains(w) && !vocabulary.isFunctionWord(w) && !vocabulary.isTitle(w)) {
                add(forms, seen, sequence(List.of(w)), PersonalDataDetector.NOMBRE, true, true);
            }
            return;
        }
        int given = 1;
        while (given < words.size() - 1 && vocabulary.isGivenName(words.get(given))) {
            given++;
        }
        List<String> givenNames = words.subList(0, given);
        List<String> surnames = words.subList(given, words.size());
        add(forms, seen, sequence(words), PersonalDataDetector.NOMBRE, false, false);
        add(forms, seen, sequence(List.of(givenNames.get(0), surnames.get(0))), PersonalDataDetector.NOMBRE, true, false);
        add(forms, seen, sequence(concat(givenNames, surnames.subList(0, 1))), PersonalDataDetector.NOMBRE, true, false);
        add(forms, seen, sequence(concat(givenNames.subList(0, 1), surnames)), PersonalDataDetector.NOMBRE, true, false);
        add(forms, seen, sequence(concat(surnames, givenNames)), PersonalDataDetector.NOMBRE, true, false);
        if (surnames.size() >= 2) {
            add(forms, seen, sequence(surnames), PersonalDataDetector.NOMBRE, true, false);
        }
        if (givenNames.get(0).length() == 1) {
            // "G. Alvear" known: "Gumersindo Alvear" (or "Gumersindo_Alvear" in a file name) is the same person
            add(forms, seen, Pattern.quote(givenNames.get(0)) + "\\p{L}+" + SEPARATOR + sequence(surnames.subList(0, 1)),
                    PersonalDataDetector.NOMBRE, true, false);
        } else if (givenNames.get(0).length() >= 4 && !vocabulary.notNameWords.contains(givenNames.get(0))) {
            // the first given name alone, written with a capital ("Saludos, Casimiro"), where it is not a place
            add(forms, seen, Pattern.quote(givenNames.get(0)), PersonalDataDetector.NOMBRE, true, true);
        }
        for (String alone : List.of(surnames.get(0), givenNames.get(0))) {
            String key = "t:" + alone;
            if (alone.length() >= 3 && seen.add(key)) {
                forms.add(new Form(Pattern.compile("(?<![\\p{L}])" + titles + "[ \\t]+(" + Pattern.quote(alone) + ")(?![\\p{L}\\d])"),
                        PersonalDataDetector.NOMBRE, true, false, true));
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String sequence(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(Pattern.quote(words.get(i)));
        }
        return sb.toString();
    }

    private static String literal(String folded) {
        StringBuilder sb = new StringBuilder();
        for (String part : folded.split("\\s+")) {
            if (!sb.isEmpty()) {
                sb.append("\\s+");
            }
            sb.append(Pattern.quote(part));
        }
        return sb.toString();
    }

    private static String digits(String folded) {
        String d = folded.replaceAll("\\D", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (i > 0) {
                sb.append("[\\s.\\-()/]*");
            }
            sb.append(d.charAt(i));
        }
        return sb.toString();
    }

    private static void add(List<Form> forms, Set<String> seen, String body, String kind, boolean guarded, boolean capitalizedOnly) {
        if (seen.add(body)) {
            forms.add(new Form(Pattern.compile("(?<![\\p{L}\\d])(" + body + ")(?![\\p{L}\\d])"), kind, guarded, capitalizedOnly));
        }
    }

    /** Never the strings themselves: this must not put personal data in a log. */
    @Override
    public String toString() {
        return "KnownPersonalData[" + strings.size() + " datos]";
    }
}
