package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * The publication's second net: capitalized words that stand where the text has just named a person the detector
 * hid, read in a finding's text after the detector. The detector reads a name by its own evidence (a list of given
 * names, a title, a label); these positions say a person is named whatever the word is:
 * <ul>
 * <li><b>a member of a list of people</b>: an item of nothing but capitalized words (after a preposition, an
 * article or the role or relation the member holds, before a role in parentheses) in the same sentence as, and at
 * most two items from, an item that ends with a hidden name («… : [nombre] (presidenta), [nombre] (secretario),
 * Abigaíl»; «a [nombre], a Rebeca Olmos y al [nombre]»; «el secretario como [nombre] y la escrutadora como Nohemí
 * …»), or the list's last member, after its conjunction and right after a hidden one, going on with the sentence's
 * verb («[nombre], [nombre] y Estrellita me acompañaron»): what a list is a list of is told by its other members;</li>
 * <li><b>a correction</b>: a capitalized word taken back for another name («Efraín... perdón, [nombre]», «Efraín
 * no, Otilio Ramos»): a writer corrects a name with a name;</li>
 * <li><b>a second name of a hidden person</b>: in parentheses or between quotes right after the name, after
 * «alias», or before «, que … se llama [nombre]»; but for the parentheses, these positions say a nickname, so a
 * role or a relation made into one («la Madrina», «el Compa Tiburón») is hidden too ({@link #nickname});</li>
 * <li><b>a value of a repeated label</b>: where a passage writes again the label of a hidden name («usuario=»,
 * «Atendió:»), the value is a name too ({@link #repeatedLabels});</li>
 * <li><b>a hidden given name again</b>, before another surname: the same person or one of the family
 * ({@link #hiddenGivenNamesAgain});</li>
 * <li><b>a hidden nickname's complement</b>: «[la Güera] de las tortas» names one person, the epithet and the «de»
 * that tells which ({@link #nicknameComplements}).</li>
 * </ul>
 * A word a catalogue explains stays readable: a place of the catalogue or a place word, a public figure, a title, a
 * role, a relation, a word that is never a name, a function word; so does a word in capitals (an acronym). What it
 * finds is stored with the report ({@link ReportUnderstander#withWhatFindingsShow}), so every view of the report hides
 * it and the commission's search does not find the report by it.
 */
final class NamesBesideHidden {

    /** A capitalized word with lower-case letters after its capital: not an acronym, not an initial. */
    private static final String WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
    /** A run of such words, with the particles a name carries between them. */
    private static final String RUN = WORD + "(?:[ \\t]+(?:(?:de|del|de[ \\t]+la|de[ \\t]+los|van|von)[ \\t]+)?" + WORD + "){0,3}";
    private static final Pattern RUN_ONLY = Pattern.compile("[ \\t]*(?<lead>(?:\\p{L}\\p{Ll}*[ \\t]+){0,4}?)(?<run>" + RUN
            + ")(?:[ \\t]*\\([^()\\n]{1,40}\\))?[ \\t]*[.…]*");
    /**
     * The last item of a list, after its conjunction, that goes on with the sentence's verb: «… y Estrellita me
     * acompañaron». Only the run before lower-case words; the item before it must end with a hidden name.
     */
    private static final Pattern RUN_THEN_PREDICATE = Pattern.compile("[ \\t]*(?<lead>(?:\\p{Ll}+[ \\t]+){0,2}?)(?<run>" + RUN
            + ")[ \\t]+\\p{Ll}[^\\n]*");
    /** What parts the items of a list: a comma, a semicolon, a colon, a conjunction. */
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t]*[,;:][ \\t]*(?:(?:y|e|o|u)[ \\t]+)?|[ \\t]+(?:y|e|o|u)[ \\t]+");
    /** A sentence ends at a line's end, or at a period, a question or exclamation mark before a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\n|(?<=[^.][.!?])[ \\t]+(?=\\p{Lu})");
    /**
     * «X... perdón, Y», «X no, Y», «X no, perdón, Y»: the first name taken back for the second. The word that takes it
     * back must be one of the detector's ({@code correcciones} in vocabulario.yaml, see {@link #takesBack}).
     */
    private static final Pattern CORRECTION = Pattern.compile("(?<![\\p{L}\\d])(?<first>(?:(?:el|la)[ \\t]+)?" + RUN + ")"
            + "(?:[ \\t]*(?:\\.{3}|…)[ \\t]*(?<word>\\p{Ll}+(?:[ \\t]+\\p{Ll}+)?)[ \\t]*,"
            + "|[ \\t]+no[ \\t]*,(?:[ \\t]*(?<afterNo>\\p{Ll}+(?:[ \\t]+\\p{Ll}+)?)[ \\t]*,)?)[ \\t]*");
    private static final Pattern SECOND_RUN = Pattern.compile("\\G(?:(?:el|la)[ \\t]+)?" + RUN);
    /**
     * A parenthesis right after a hidden name that opens with a run: the run alone, or the run and a few lower-case
     * words about the name («(Palomita para ti)», «(Chava, de cariño)»), which say it is what someone calls the person.
     */
    private static final Pattern IN_PARENTHESES = Pattern.compile("\\G[ \\t]*\\([ \\t]*(?<run>(?:(?:el|la)[ \\t]+)?" + RUN
            + ")(?:[ \\t]*,?(?:[ \\t]+\\p{Ll}+){1,4})?[ \\t]*\\)");
    private static final Pattern IN_QUOTES = Pattern.compile("\\G[ \\t]*,[ \\t]*[«\"“][ \\t]*(?<run>(?:(?:el|la)[ \\t]+)?" + RUN
            + ")[ \\t]*[»\"”]");
    private static final Pattern ALIAS = Pattern.compile("(?<![\\p{L}])alias[ \\t]+(?<run>(?:(?:el|la)[ \\t]+)?" + RUN + ")");
    /** «el Compa Tiburón, que en realidad se llama [nombre]»: the run is the same person's other name. */
    private static final Pattern CALLED_BEFORE = Pattern.compile("(?<run>(?:(?:el|la)[ \\t]+)?" + RUN
            + "),[ \\t]+que(?:[ \\t]+\\p{Ll}+){0,2}[ \\t]+se[ \\t]+llama[ \\t]+$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:el|la)[ \\t]+");

    private final PrivacyVocabulary vocabulary;
    private final Gazetteer gazetteer;

    NamesBesideHidden(PrivacyVocabulary vocabulary, Gazetteer gazetteer) {
        this.vocabulary = vocabulary;
        this.gazetteer = gazetteer;
    }

    /**
     * @param text   a finding's text
     * @param hidden the spans of names already hidden in it, {@code [start, end)}
     * @return the spans of the names these positions read, not overlapping {@code hidden}
     */
    List<int[]> spans(String text, List<int[]> hidden) {
        List<int[]> out = once(text, hidden);
        // a name these positions read is a hidden name too, and the positions beside it say the same of their words:
        // a list goes on past the two items next to the name the detector hid («… era [nombre]; las hermanas que no
        // estaban, [Eudosia] y Piedad Camarena»). Read again with what was read, until nothing new (a few rounds: each
        // reaches one list item further)
        List<int[]> fresh = out;
        for (int round = 0; round < MORE_ROUNDS && !fresh.isEmpty(); round++) {
            List<int[]> all = new ArrayList<>(hidden);
            all.addAll(out);
            fresh = once(text, all);
            fresh.removeIf(s -> overlaps(s, out));
            out.addAll(fresh);
        }
        return out;
    }

    /** How many times the positions are read again beside what they read: one list item further each. */
    private static final int MORE_ROUNDS = 3;

    /** The positions read once beside {@code hidden}. */
    private List<int[]> once(String text, List<int[]> hidden) {
        List<int[]> out = new ArrayList<>();
        if (hidden.isEmpty()) {
            return out;
        }
        listMembers(text, hidden, out);
        corrections(text, hidden, out);
        secondNames(text, hidden, out);
        repeatedLabels(text, hidden, out);
        hiddenGivenNamesAgain(text, hidden, out);
        givenNamesBeforeHiddenWords(text, hidden, out);
        out.removeIf(s -> overlaps(s, hidden));
        // a nickname's complement goes with the hidden nickname it completes: the whole is the person's name
        nicknameComplements(text, hidden, out);
        // two positions may read the same person («…, alias el Pelícano» is a list's member too): the longest reading
        out.removeIf(s -> out.stream().anyMatch(o -> o != s && o[0] <= s[0] && s[1] <= o[1] && o[1] - o[0] > s[1] - s[0]));
        return out;
    }

    private void listMembers(String text, List<int[]> hidden, List<int[]> out) {
        int from = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (from < text.length()) {
            int to = end.find(from) ? end.start() : text.length();
            final int start = from;
            if (to > from && hidden.stream().anyMatch(h -> h[0] >= start && h[1] <= to)) {
                sentence(text, from, to, hidden, out);
            }
            from = to < text.length() ? end.end() : text.length();
            if (to == text.length()) {
                break;
            }
        }
    }

    /** The items of one sentence, and those of nothing but a run near an item that ends with a hidden name. */
    private void sentence(String text, int from, int to, List<int[]> hidden, List<int[]> out) {
        List<int[]> items = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(text).region(from, to);
        int at = from;
        // the fourth number: whether a conjunction opens the item («… y Estrellita»), the last of its list
        int conjunction = 0;
        while (sep.find()) {
            if (insideParentheses(text, at, sep.start())) {
                continue;
            }
            // the third number: whether a colon closes the item (a label, «Organización:», no member of the list)
            items.add(new int[] {at, sep.start(), sep.group().indexOf(':') >= 0 ? 1 : 0, conjunction});
            conjunction = CONJUNCTION.matcher(sep.group()).find() ? 1 : 0;
            at = sep.end();
        }
        items.add(new int[] {at, to, 0, conjunction});
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (endsWithHidden(text, items.get(i), hidden)) {
                named.add(i);
            }
        }
        if (named.isEmpty()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            final int item = i;
            if (named.contains(i) || items.get(i)[2] == 1 || i > 0 && shortLabel(text, items.get(i - 1))
                    || named.stream().noneMatch(n -> Math.abs(n - item) <= 2)) {
                continue;
            }
            int[] span = items.get(i);
            Matcher m = RUN_ONLY.matcher(text).region(span[0], span[1]);
            if (!m.matches()) {
                // the list's last member may go on with the sentence's verb, right after a member named and hidden
                m = RUN_THEN_PREDICATE.matcher(text).region(span[0], span[1]);
                if (!(i == items.size() - 1 && span[3] == 1 && named.contains(i - 1) && m.matches())) {
                    continue;
                }
            }
            // a capital that opens the sentence says nothing; a run after «de» is where someone is from («…, de
            // Colima»); a run after another item's capitalized end goes on with that item («… de Villa Alta, Colima»)
            if (m.start("run") > firstLetter(text, from) && leadNamesNoOne(m.group("lead"))
                    && !ORIGIN.matcher(m.group("lead")).find()
                    && !(i > 0 && !named.contains(i - 1) && endsCapitalized(text, items.get(i - 1)))
                    && unexplained(m.group("run"))) {
                out.add(new int[] {m.start("run"), m.end("run")});
            }
        }
    }

    /**
     * A label of one or two words closed by a colon («Agrupación:», «Mesa receptora:»): what follows is that field's
     * value, not a member of the list; a described person («el escrutador que se fue:») names who follows.
     */
    private static boolean shortLabel(String text, int[] item) {
        return item[2] == 1 && text.substring(item[0], item[1]).strip().split("[ \\t]+").length <= 2;
    }

    private static final Pattern CONJUNCTION = Pattern.compile("(?<![\\p{L}])[yeou](?![\\p{L}])");
    private static final Pattern ORIGIN = Pattern.compile("(?iu)(?<![\\p{L}])del?(?![\\p{L}])");
    private static final Pattern CAPITALIZED_END = Pattern.compile("\\p{Lu}[\\p{L}'’-]*[ \\t.…]*$");

    private static int firstLetter(String text, int from) {
        int at = from;
        while (at < text.length() && !Character.isLetter(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean endsCapitalized(String text, int[] item) {
        return CAPITALIZED_END.matcher(text.substring(item[0], item[1])).find();
    }

    /** Whether a separator at {@code at} sits inside a parenthesis opened in the item: «(presidenta, de la mesa)». */
    private static boolean insideParentheses(String text, int itemStart, int at) {
        String before = text.substring(itemStart, at);
        return before.lastIndexOf('(') > before.lastIndexOf(')');
    }

    /** An item that ends (before a role in parentheses and the closing punctuation) with a hidden name. */
    private static boolean endsWithHidden(String text, int[] item, List<int[]> hidden) {
        String s = text.substring(item[0], item[1]);
        int end = item[0] + s.replaceAll("(?:[ \\t]*\\([^()]*\\))?[ \\t.…]*$", "").length();
        return hidden.stream().anyMatch(h -> h[1] == end && h[0] >= item[0]);
    }

    /**
     * Whether the words before a member's run only introduce a person: function words, and the role or the relation
     * the member holds («y la escrutadora como Nohemí …», «y su comadre Ifigenia»), which say who, not what.
     */
    private boolean leadNamesNoOne(String lead) {
        for (String w : lead.strip().split("[ \\t]+")) {
            String folded = Folding.foldLower(w);
            if (!w.isEmpty() && !vocabulary.isFunctionWord(folded) && !vocabulary.roles.contains(folded)
                    && !vocabulary.officeRoles.contains(folded) && !vocabulary.kinship.contains(folded)
                    && !vocabulary.relations.contains(folded)) {
                return false;
            }
        }
        return true;
    }

    private void corrections(String text, List<int[]> hidden, List<int[]> out) {
        Matcher m = CORRECTION.matcher(text);
        Matcher second = SECOND_RUN.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end("first");
            int after = m.end();
            String word = m.group("word") != null ? m.group("word") : m.group("afterNo");
            if (word != null && !takesBack(word)) {
                continue;
            }
            boolean hiddenAfter = hidden.stream().anyMatch(h -> h[0] == after);
            boolean runAfter = !hiddenAfter && second.find(after) && unexplained(ARTICLE.matcher(second.group()).replaceFirst(""));
            if ((hiddenAfter || runAfter) && unexplained(ARTICLE.matcher(m.group("first")).replaceFirst(""))) {
                out.add(new int[] {m.start("first"), m.end("first")});
                if (runAfter) {
                    out.add(new int[] {second.start(), second.end()});
                }
            }
        }
    }

    /** Whether the words between a name and its correction take the name back: the detector's list, folded. */
    private boolean takesBack(String words) {
        return vocabulary.corrections.contains(Folding.foldLower(words.replaceAll("[ \\t]+", " ")));
    }

    private void secondNames(String text, List<int[]> hidden, List<int[]> out) {
        for (int[] h : hidden) {
            Matcher parenthesis = IN_PARENTHESES.matcher(text);
            if (parenthesis.find(h[1]) && parenthesis.start() == h[1]
                    && unexplained(ARTICLE.matcher(parenthesis.group("run")).replaceFirst(""))) {
                out.add(new int[] {parenthesis.start("run"), parenthesis.end("run")});
            }
            Matcher quoted = IN_QUOTES.matcher(text);
            if (quoted.find(h[1]) && quoted.start() == h[1] && nickname(ARTICLE.matcher(quoted.group("run")).replaceFirst(""))) {
                out.add(new int[] {quoted.start("run"), quoted.end("run")});
            }
            Matcher called = CALLED_BEFORE.matcher(text).region(Math.max(0, h[0] - 80), h[0]);
            if (called.find() && nickname(ARTICLE.matcher(called.group("run")).replaceFirst(""))) {
                out.add(new int[] {called.start("run"), called.end("run")});
            }
        }
        Matcher alias = ALIAS.matcher(text);
        while (alias.find()) {
            if (nickname(ARTICLE.matcher(alias.group("run")).replaceFirst(""))) {
                out.add(new int[] {alias.start("run"), alias.end("run")});
            }
        }
    }

    /**
     * Whether a run that a position already says is another name of a hidden person (after «alias», quoted after the
     * name, before «, que … se llama …») may be one. A nickname is made of ordinary words as often as of names («la
     * Madrina», «el Compa Tiburón», «la Generala»), so only what names a place, a public figure or a thing, an acronym,
     * and a run of function words, stay readable; a role or a relation is no reason to read it, unlike a list's member
     * (a parenthesis after a name, «(Presidenta)», says a role as often as a nickname, so it keeps {@link #unexplained}).
     */
    boolean nickname(String run) {
        String folded = Folding.foldLower(run.strip());
        if (gazetteer.isPlaceName(Folding.normalizeName(run)) || vocabulary.publicFigures.contains(folded)
                || vocabulary.namedThings.contains(folded)) {
            return false;
        }
        boolean word = false;
        for (String w : folded.split("[ \\t]+")) {
            if (vocabulary.places.contains(w) || vocabulary.publicFigures.contains(w) || gazetteer.isPlaceName(Folding.normalizeName(w))) {
                return false;
            }
            word |= w.length() >= 3 && !vocabulary.isFunctionWord(w);
        }
        return word;
    }

    /** Whether no catalogue explains a run of capitalized words: no place, figure, title, role or word never a name. */
    boolean unexplained(String run) {
        return !explained(run, true);
    }

    /**
     * Whether a catalogue explains a run: a place, a public figure or a named thing as a whole, or a word of it that is
     * a place, a figure, a title, a role, a relation or a function word.
     *
     * @param ordinaryWords whether a word that is never a name, or an animal, explains it too: not where a position,
     *                      not the word, says a person is named ({@link #labelledName})
     */
    private boolean explained(String run, boolean ordinaryWords) {
        String folded = Folding.foldLower(run.strip());
        if (gazetteer.isPlaceName(Folding.normalizeName(run)) || vocabulary.publicFigures.contains(folded)
                || vocabulary.namedThings.contains(folded)) {
            return true;
        }
        for (String w : folded.split("[ \\t]+")) {
            if (w.length() < 3 && !vocabulary.nameParticles.contains(w)) {
                return true;
            }
            if (ordinaryWords && (vocabulary.notNameWords.contains(w) || vocabulary.animals.contains(w))
                    || vocabulary.isFunctionWord(w) && !vocabulary.nameParticles.contains(w)
                    || vocabulary.isTitle(w) || vocabulary.courtesyTitles.contains(w) || vocabulary.roles.contains(w)
                    || vocabulary.officeRoles.contains(w) || vocabulary.kinship.contains(w) || vocabulary.relations.contains(w)
                    || vocabulary.places.contains(w) || vocabulary.publicOffices.contains(w)
                    || vocabulary.publicFigures.contains(w) || gazetteer.isPlaceName(Folding.normalizeName(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A field's value where the passage repeats the label of a hidden name: a log, a form or a table writes one label
     * before each of its people («usuario=[nombre] usuario=Amador Quintanilla», «Atendió: [nombre] … Atendió:
     * Rosalba»), so what the label is a label of is told by the value that was hidden. Only a value of nothing but a
     * run, closed by the line's or the field's end, the next field's label or a separator, is read, and only when no
     * catalogue explains it.
     */
    private void repeatedLabels(String text, List<int[]> hidden, List<int[]> out) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (int[] h : hidden) {
            Matcher label = LABEL_BEFORE.matcher(text).region(Math.max(0, h[0] - 40), h[0]);
            if (label.find()) {
                labels.add(label.group("label").toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (labels.isEmpty()) {
            return;
        }
        Matcher value = LABELLED_RUN.matcher(text);
        while (value.find()) {
            if (labels.contains(value.group("label").toLowerCase(java.util.Locale.ROOT)) && labelledName(value.group("run"))) {
                out.add(new int[] {value.start("run"), value.end("run")});
            }
        }
    }

    /**
     * A hidden person's given name written again before another capitalized surname: the same person misspelt or
     * corrected («Fidencio Castro» where «Fidencio Castrejón» was hidden), or one of the family. The passage already
     * uses the word as a person's given name, so with a surname after it it names a person again; a run a catalogue
     * explains («Benito Juárez», a place) stays readable.
     */
    private void hiddenGivenNamesAgain(String text, List<int[]> hidden, List<int[]> out) {
        java.util.Set<String> given = new java.util.HashSet<>();
        for (int[] h : hidden) {
            Matcher name = HIDDEN_FULL_NAME.matcher(text).region(h[0], h[1]);
            if (name.matches() && !vocabulary.isTitle(Folding.foldLower(name.group("given")))
                    && !vocabulary.courtesyTitles.contains(Folding.foldLower(name.group("given")))) {
                given.add(name.group("given"));
            }
        }
        if (given.isEmpty()) {
            return;
        }
        Matcher run = GIVEN_THEN_SURNAME.matcher(text);
        while (run.find()) {
            if (given.contains(run.group("given")) && unexplained(run.group("surname")) && unexplained(run.group())) {
                out.add(new int[] {run.start(), run.end()});
            }
        }
    }

    /**
     * A capitalized word in the middle of a sentence right before a name hidden as one word (a surname the report
     * hid as a family's, «el del chaleco Amador [Tepalcingo] y su hijo [el Tuerto Tepalcingo]»): the word is the
     * given name of the same person. The detector reads such a word by itself ({@code NameHeads}) unless it is also
     * an ordinary word («Amador», «Rosario», «Dulce»); here the hidden word after it, not the word, says a person is
     * named, so only a place, a figure, a title, a role, a relation or a function word keeps it readable
     * ({@link #labelledName}). After a lower-case word only: a capital that opens a sentence or goes on with another
     * capitalized run («Centro Cultural [Soto]») says nothing.
     */
    private void givenNamesBeforeHiddenWords(String text, List<int[]> hidden, List<int[]> out) {
        for (int[] h : hidden) {
            if (!ONE_WORD.matcher(text).region(h[0], h[1]).matches()) {
                continue;
            }
            Matcher before = GIVEN_BEFORE.matcher(text).region(Math.max(0, h[0] - 60), h[0]);
            if (before.find() && labelledName(before.group("given"))) {
                out.add(new int[] {before.start("given"), before.end("given")});
            }
        }
    }

    private static final Pattern ONE_WORD = Pattern.compile(WORD);
    /** A lower-case word, then one capitalized word right before the end of the region (a hidden word's start). */
    private static final Pattern GIVEN_BEFORE = Pattern.compile("(?<![\\p{L}\\d])\\p{Ll}+[ \\t]+(?<given>" + WORD + ")[ \\t]+$");

    /** A hidden name of a given name and one or more surnames, as written (no title, no article). */
    private static final Pattern HIDDEN_FULL_NAME = Pattern.compile("(?<given>" + WORD + ")(?:[ \\t]+(?:(?:de|del|de[ \\t]+la)[ \\t]+)?"
            + WORD + "){1,3}");
    private static final Pattern GIVEN_THEN_SURNAME = Pattern.compile("(?<![\\p{L}\\d])(?<given>" + WORD + ")[ \\t]+(?<surname>"
            + WORD + "(?:[ \\t]+" + WORD + ")?)(?![\\p{L}\\d])");

    /**
     * Whether a run where a label of names stands may be a name: as {@link #unexplained}, but a word that is also an
     * ordinary word («Amador», «Rosario», «Dulce») is no reason to read it, since the label, not the word, says a
     * person is named; a place, a figure, a title, a role or a relation still is.
     */
    private boolean labelledName(String run) {
        return !explained(run, false);
    }

    /** A label right before a span: a word (or a key with dots and underscores) and a colon or an equals sign. */
    private static final Pattern LABEL_BEFORE = Pattern.compile("(?<![\\p{L}\\d_.-])(?<label>\\p{L}[\\p{L}\\d_.-]*)[ \\t]*[:=][ \\t]*$");
    private static final Pattern LABELLED_RUN = Pattern.compile("(?<![\\p{L}\\d_.-])(?<label>\\p{L}[\\p{L}\\d_.-]*)[ \\t]*[:=][ \\t]*"
            + "(?<run>" + RUN + ")(?=[ \\t]*(?:$|[\\n,;|]|[ \\t]\\p{L}[\\p{L}\\d_.-]*[ \\t]*[:=]))", Pattern.MULTILINE);

    /**
     * A hidden nickname made of an article and one capitalized word (an epithet: «la Güera», «el Chino») with the
     * complement that tells which one it is: «de» or «del», an article, and one word («la Güera de las tortas», «el
     * Flaco del taller», «la Chata del 3»). A trait names too many people to be told apart alone, so whoever writes the
     * epithet adds where or by what the person is known, and the complement is part of the nickname: the span is the
     * whole nickname, the hidden epithet and its complement. A complement that is a place of the catalogue («el Güero de
     * Tlalpan») says where the person is from and stays readable.
     */
    private void nicknameComplements(String text, List<int[]> hidden, List<int[]> out) {
        for (int[] h : hidden) {
            int start = h[0];
            String epithet = text.substring(h[0], h[1]);
            if (!EPITHET.matcher(epithet).matches()) {
                // the article may be left outside the span the detector hid («la [Güera]»)
                Matcher before = ARTICLE_BEFORE.matcher(text).region(Math.max(0, h[0] - 5), h[0]);
                if (!before.find() || !EPITHET.matcher(before.group() + epithet).matches()) {
                    continue;
                }
                start = before.start();
            }
            Matcher complement = COMPLEMENT.matcher(text);
            if (complement.find(h[1]) && complement.start() == h[1]) {
                String word = complement.group("word");
                boolean place = Character.isUpperCase(word.codePointAt(0)) && gazetteer.isPlaceName(Folding.normalizeName(word));
                // «la Güera de la que te hablé»: a clause, not a complement
                if (!place && !vocabulary.isFunctionWord(Folding.foldLower(word))) {
                    out.add(new int[] {start, complement.end()});
                }
            }
        }
    }

    /** An article and one capitalized word: the form of an epithet used as a nickname. */
    private static final Pattern EPITHET = Pattern.compile("(?:el|la|El|La)[ \\t]+" + WORD);
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:el|la|El|La)[ \\t]+$");
    /** «de las tortas», «del Puente», «de la 3»: one word after «de» and an article, or after «del». */
    private static final Pattern COMPLEMENT = Pattern.compile("\\G[ \\t]+(?:del|de(?:[ \\t]+(?:la|las|los|el))?)[ \\t]+"
            + "(?<word>[\\p{L}\\d][\\p{L}\\p{M}\\d'’-]*)(?![\\p{L}\\d])");

    /**
     * What the whole text of a report says of its hidden names beyond any one finding: a table's column of people
     * ({@link #columnCells}), a form's name wrapped onto the next line ({@link #wrappedValues}). A report's rows and
     * lines are often findings of their own, each of which holds one cell or one line and never the column or the wrap.
     *
     * @param text   a report's whole text
     * @param hidden the spans of names already hidden in it, {@code [start, end)}
     * @return the spans these read as names, not overlapping {@code hidden}
     */
    List<int[]> inWholeText(String text, List<int[]> hidden) {
        List<int[]> out = columnCells(text, hidden);
        out.addAll(wrappedValues(text, hidden));
        return out;
    }

    /**
     * A form's value a narrow field wrapped onto the next line: a label's value hidden as a name at its line's end
     * («Nombre: [nombre]») and a next line of nothing but a run of capitalized words (or of two words or more in
     * capitals), with no label of its own («Kováčik Arriaga»). The field holds one name, so the run is the rest of it
     * (the surnames after the given name the detector read). A run a catalogue explains (a place, a role, a word that is
     * never a name, as a heading is) stays readable; a hidden name with words after it on its line is no wrapped value.
     */
    List<int[]> wrappedValues(String text, List<int[]> hidden) {
        List<int[]> out = new ArrayList<>();
        for (int[] h : hidden) {
            int lineEnd = text.indexOf('\n', h[1]);
            if (lineEnd < 0 || !text.substring(h[1], lineEnd).isBlank()
                    || !LABEL_BEFORE.matcher(text).region(text.lastIndexOf('\n', h[0] - 1) + 1, h[0]).find()) {
                continue;
            }
            int nextEnd = text.indexOf('\n', lineEnd + 1);
            Matcher run = WRAPPED_RUN.matcher(text).region(lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd);
            if (run.matches() && unexplained(run.group("run"))) {
                int[] span = {run.start("run"), run.end("run")};
                if (!overlaps(span, hidden)) {
                    out.add(span);
                }
            }
        }
        return out;
    }

    /**
     * The cells of a table written as text that stand in a column of people: lines whose cells a tab, a bar or a dash
     * between blanks part («CARGO — NOMBRE — dato», a roster pasted from a sheet, a directory's rows). Where the
     * report hid a name as a whole cell of one column in at least two rows of the same table (rows next to each
     * other, parted alike), what that column holds is people, so another row's cell there that is nothing but a run
     * of capitalized words, or of two words or more in capitals as a table writes its names, is a name too. A cell a
     * catalogue explains (a place, a public figure, a title, a role, a relation) stays readable; a word that is also
     * an ordinary word does not, since the column, not the word, says a person is named ({@link #labelledName}).
     */
    List<int[]> columnCells(String text, List<int[]> hidden) {
        List<int[]> out = new ArrayList<>();
        if (hidden.size() < 2) {
            return out;
        }
        List<List<int[]>> table = new ArrayList<>();
        Pattern kind = null;
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            Pattern separator = separatorOf(text, from, end);
            if (separator == null || separator != kind) {
                column(text, table, hidden, out);
                table.clear();
            }
            kind = separator;
            if (separator != null) {
                table.add(cells(text, from, end, separator));
            }
            from = end + 1;
        }
        column(text, table, hidden, out);
        return out;
    }

    /** What parts a table's cells: tabs, a bar, or a long dash between blanks; tried in this order on each line. */
    private static final List<Pattern> CELL_SEPARATORS = List.of(Pattern.compile("\\t+"), Pattern.compile("[ \\t]*\\|[ \\t]*"),
            Pattern.compile("[ \\t]+[—–][ \\t]+"));
    /** A name a table writes in capitals: two words or more, with the particles a name carries between them. */
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’-]+";
    private static final Pattern CELL_NAME = Pattern.compile("(?:" + RUN + ")|" + CAPS_WORD + "(?:[ \\t]+(?:(?:DE|DEL|DE[ \\t]+LA"
            + "|DE[ \\t]+LOS|VAN|VON)[ \\t]+)?" + CAPS_WORD + "){1,4}");

    /** A line of nothing but a run: a name's words, capitalized or in capitals. */
    private static final Pattern WRAPPED_RUN = Pattern.compile("[ \\t]*(?<run>" + CELL_NAME.pattern() + ")[ \\t]*");

    /** The separator a line's cells are parted by, or null when it has none (no table's row). */
    private static Pattern separatorOf(String text, int from, int end) {
        for (Pattern p : CELL_SEPARATORS) {
            if (p.matcher(text).region(from, end).find()) {
                return p;
            }
        }
        return null;
    }

    /** A line's cells, each as {@code [start, end)} without the blanks around it. */
    private static List<int[]> cells(String text, int from, int end, Pattern separator) {
        List<int[]> cells = new ArrayList<>();
        Matcher sep = separator.matcher(text).region(from, end);
        int at = from;
        while (sep.find()) {
            cells.add(trimmed(text, at, sep.start()));
            at = sep.end();
        }
        cells.add(trimmed(text, at, end));
        return cells;
    }

    private static int[] trimmed(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    /** In one table, the cells read as names in every column where two rows or more have a hidden name as a cell. */
    private void column(String text, List<List<int[]>> table, List<int[]> hidden, List<int[]> out) {
        if (table.size() < 3) {
            return;
        }
        int columns = table.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            final int col = c;
            long named = table.stream().filter(row -> col < row.size() && namedCell(text, row.get(col), hidden)).count();
            if (named < 2) {
                continue;
            }
            for (List<int[]> row : table) {
                if (col >= row.size()) {
                    continue;
                }
                int[] cell = row.get(col);
                if (cell[1] > cell[0] && !overlaps(cell, hidden) && CELL_NAME.matcher(text).region(cell[0], cell[1]).matches()
                        && !heading(text.substring(cell[0], cell[1])) && labelledName(text.substring(cell[0], cell[1]))) {
                    out.add(cell);
                }
            }
        }
    }

    /** A column's heading («Nombre», «Integrante», «Responsable»): a label of people, which names no one. */
    private boolean heading(String cell) {
        String folded = Folding.foldLower(cell.strip());
        return vocabulary.observerLabels.stream().anyMatch(l -> Folding.foldLower(l).equals(folded))
                || vocabulary.personLabels.stream().anyMatch(l -> Folding.foldLower(l).equals(folded));
    }

    /**
     * Whether a cell holds a hidden name and nothing else that is capitalized: «[nombre]», «[nombre], observadora»,
     * «su suplente [nombre]»; not a place's or a thing's name with a name inside it.
     */
    private static boolean namedCell(String text, int[] cell, List<int[]> hidden) {
        StringBuilder rest = new StringBuilder();
        int at = cell[0];
        boolean any = false;
        for (int[] h : hidden.stream().filter(h -> h[0] >= cell[0] && h[1] <= cell[1])
                .sorted(java.util.Comparator.comparingInt((int[] h) -> h[0])).toList()) {
            if (h[0] >= at) {
                rest.append(text, at, h[0]).append(' ');
                at = h[1];
                any = true;
            }
        }
        rest.append(text, at, cell[1]);
        return any && rest.codePoints().noneMatch(Character::isUpperCase);
    }

    private static boolean overlaps(int[] s, List<int[]> hidden) {
        return hidden.stream().anyMatch(h -> s[0] < h[1] && h[0] < s[1]);
    }
}
