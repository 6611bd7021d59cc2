package mx.observa.understand;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Line breaks a PDF or a narrow page put inside a name, read as the space they stand for: «la señora\nClarisa», «le
 * dicen el\nDrenajes», «ING. FAUSTINO\nARELLANO». A line is read on into the next when it cannot end there: it ends in
 * an article or a preposition, in a title or a person's noun (a role, a kin, a relation), in a phrase that names
 * someone («le dicen», «se llama»; the articles and prepositions are {@code no_terminan_renglon}), in a name begun
 * after a title or with a known given name whose next surname opens the next line («la señora … Tapia\nOlvera,»), or,
 * when the line is long enough to have been wrapped, in a given name whose surname opens the next line (or one word
 * of any list that closes its clause: «…, Zenaida\nPorcayo (escrutadora)»). The next line
 * must open with a capitalized word (after «el»/«la» at most) that is no label («Nombre:», «Nombre(s):»); after a
 * person's noun, a known name or a word that ends the clause. The result has the
 * text's length, each joined break a space, so offsets found in it are offsets in the text. Every other line break
 * stays: labels, signatures and table rows read lines as lines.
 */
final class WrappedNames {

    /**
     * A line long enough that its break may be the page's and not the writer's: a signature, a list item or a heading
     * is shorter.
     */
    private static final int WRAPPED_LINE = 50;
    /** The next line's opening: maybe «el»/«la», then a capitalized word not followed by a label's colon or aside. */
    private static final Pattern NEXT_OPENING = Pattern.compile("^[ \\t]*(?:(?:el|la)[ \\t]+)?(\\p{Lu}[\\p{L}'’-]*)(?![\\p{L}'’-])(?![ \\t]*[:(])");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\.?[ \\t]*$");
    /** The longest abbreviation a period may close at a line's end («Profra.»); a longer word's period ends a sentence. */
    private static final int ABBREVIATION = 6;
    /** What ends a clause right after a word: a lone word the lists lack reads as a name there. */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("[ \\t]*(?:[.,;:!?)…]|$)");
    /** A lower-case word right before a person's noun: it stands inside a sentence («no vino la señora»). */
    private static final Pattern LOWER_CASE_BEFORE = Pattern.compile("(?<![\\p{L}])\\p{Ll}+[ \\t]+$");

    /**
     * The capitalized words that end a line, up to three, and the word before them: «la señora Gumersinda Tapia»; a
     * role's label with its colon too («Suplente: Tlanextli Arriaga»: a mesa's lineup names the person the role is).
     */
    private static final Pattern NAME_AT_END = Pattern.compile("(?:(?<!\\p{L})(\\p{L}+)[.:]?[ \\t]+)?((?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){0,2}\\p{Lu}[\\p{L}'’-]*)[ \\t]*$");
    /** A number right after the next line's first word: that line is an address, not the rest of a name. */
    private static final Pattern NUMBER_NEXT = Pattern.compile("[ \\t,]*(?:#|no\\.|núm\\.)?[ \\t]*\\d");

    private final PrivacyVocabulary vocabulary;
    /** A naming phrase at the end of a line: «le dicen», «me llamo», «conocido como». */
    private final Pattern namingAtEnd;

    WrappedNames(PrivacyVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.namingAtEnd = Pattern.compile("(?<![\\p{L}])(?:" + PrivacyVocabulary.alternation(vocabulary.namingPhrases()) + ")[ \\t]*$");
    }

    /** {@code text} with each line break inside a name read as a space; the same text when there is none. */
    String unwrap(String text) {
        char[] out = null;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', lineStart)) {
            int lineEnd = i > lineStart && text.charAt(i - 1) == '\r' ? i - 1 : i;
            int next = i + 1;
            int nextEnd = text.indexOf('\n', next);
            String line = text.substring(lineStart, lineEnd);
            String nextLine = text.substring(next, nextEnd < 0 ? text.length() : nextEnd);
            if (readsOn(line, nextLine)) {
                if (out == null) {
                    out = text.toCharArray();
                }
                for (int c = lineEnd; c <= i; c++) {
                    out[c] = ' ';
                }
            }
            lineStart = next;
        }
        return out == null ? text : new String(out);
    }

    /**
     * Whether the line ends in a name begun: capitalized words after a title or a person's noun («la señora Gumersinda
     * Tapia», «Maestra Hortencia»), or a known given name and a surname after it («… Gumersinda Tapia» when the lists
     * know her name).
     */
    private boolean nameBegunAtEnd(String line) {
        Matcher m = NAME_AT_END.matcher(line);
        if (!m.find()) {
            return false;
        }
        String[] words = m.group(2).strip().split("[ \\t]+");
        String before = m.group(1) == null ? "" : Folding.foldLower(m.group(1));
        String firstWord = Folding.foldLower(words[0]);
        if (vocabulary.isFunctionWord(firstWord) || vocabulary.notNameWords.contains(firstWord) || vocabulary.places.contains(firstWord)) {
            return false;
        }
        boolean afterTitle = vocabulary.isTitle(before) || vocabulary.roles.contains(before) || vocabulary.kinship.contains(before)
                || vocabulary.relations.contains(before);
        // the title itself may open the capitalized words: «: Maestra Hortencia»
        boolean titledRun = words.length >= 2 && vocabulary.isTitle(firstWord);
        boolean givenAndSurname = words.length >= 2 && vocabulary.isGivenName(firstWord)
                && vocabulary.isSurname(Folding.foldLower(words[words.length - 1]));
        return afterTitle || titledRun || givenAndSurname;
    }

    /**
     * «…(secretario), Zenaida\nPorcayo (escrutadora)», «…: Marisela Quiroz\nBautista; escrutador: …»: a line the page
     * broke ends in a name begun with a known given name, and the next line opens with one word in the same case that
     * closes its clause (a comma, a semicolon, a period, the line's end, or an aside in lower case) — the last surname,
     * whether the lists lack it or also know it as a given name. A word followed by a label's colon or by more
     * capitalized words (another name, a heading) is read on its own line.
     */
    private boolean surnameClosingClause(String line, String nextLine) {
        Matcher end = GIVEN_NAME_AT_END.matcher(line);
        Matcher opening = ONE_WORD_CLOSING.matcher(nextLine);
        if (!end.find() || !opening.find()) {
            return false;
        }
        String[] words = end.group(1).strip().split("[ \\t]+");
        String first = Folding.foldLower(words[0]);
        String next = opening.group(1);
        String folded = Folding.foldLower(next);
        boolean upper = words[0].equals(words[0].toUpperCase(java.util.Locale.ROOT));
        boolean nextUpper = next.equals(next.toUpperCase(java.util.Locale.ROOT));
        if (!vocabulary.isGivenName(first) || upper != nextUpper || words.length > 2) {
            return false;
        }
        for (String w : words) {
            String f = Folding.foldLower(w);
            if (vocabulary.isFunctionWord(f) || vocabulary.notNameWords.contains(f) || vocabulary.places.contains(f)) {
                return false;
            }
        }
        return next.length() >= 3 && !vocabulary.isFunctionWord(folded) && !vocabulary.notNameWords.contains(folded)
                && !vocabulary.places.contains(folded) && !vocabulary.isTitle(folded) && !vocabulary.roles.contains(folded);
    }

    /** One or two capitalized words ending a line: a given name, maybe with its first surname. */
    private static final Pattern GIVEN_NAME_AT_END = Pattern.compile("(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’-]*[ \\t]+)?\\p{Lu}[\\p{L}'’-]*)[ \\t]*$");

    /** One capitalized word opening a line and closing its clause: «Porcayo (escrutadora)», «Bautista; …», «Ruiz.». */
    private static final Pattern ONE_WORD_CLOSING = Pattern.compile(
            "^[ \\t]*(\\p{Lu}[\\p{L}'’-]+)(?=[ \\t]*(?:[.,;)]|\\([ \\t]*\\p{Ll}|$))");

    private boolean readsOn(String line, String nextLine) {
        if (!line.strip().endsWith(".") && line.strip().length() >= WRAPPED_LINE && surnameClosingClause(line, nextLine)) {
            return true;
        }
        Matcher opening = NEXT_OPENING.matcher(nextLine);
        Matcher last = LAST_WORD.matcher(line);
        if (!opening.find() || !last.find()) {
            return false;
        }
        String word = Folding.foldLower(last.group(1));
        String folded = Folding.foldPreservingLength(line);
        String first = Folding.foldLower(opening.group(1));
        boolean dotted = line.strip().endsWith(".");
        // «… con su comadre.\nELENCO»: a period after a whole word ends the sentence; after «Lic.», «ING.» it abbreviates
        if (dotted && word.length() > ABBREVIATION || vocabulary.isFunctionWord(first) || vocabulary.notNameWords.contains(first)) {
            return false;
        }
        if (!dotted && (vocabulary.cannotEndLine.contains(word) || namingAtEnd.matcher(folded).find())) {
            return true;
        }
        // «la señora\nClarisa», «su esposo\nPlutarco»: a person's noun inside a sentence, a lower-case word before it, and
        // a known name after it or a word that ends the clause («la señora\nClarisa.»); a heading («B. Funcionarios»), a table's cell («… | escrutador») or a noun of another
        // sense («sin contacto\nVisto bueno», «del padre\nInformes y boletos») ends its line there
        boolean nameLike = vocabulary.isKnownName(first) || CLAUSE_ENDS.matcher(nextLine).region(opening.end(), nextLine.length()).lookingAt();
        if (nameLike && (vocabulary.isTitle(word) || vocabulary.kinship.contains(word) || vocabulary.relations.contains(word)
                || vocabulary.roles.contains(word)) && LOWER_CASE_BEFORE.matcher(line.substring(0, last.start())).find()) {
            return true;
        }
        // «la señora Gumersinda Tapia\nOlvera, y …», «…: Maestra Hortencia\nLugo Barajas»: a name begun before the break
        // goes on with a surname; a number after it makes the next line an address («Pérez\nMorelos 12»)
        if (!dotted && nameBegunAtEnd(line) && vocabulary.isSurname(first) && !vocabulary.isGivenName(first)
                && !vocabulary.places.contains(first) && !NUMBER_NEXT.matcher(nextLine).region(opening.end(), nextLine.length()).lookingAt()) {
            return true;
        }
        // «…, ING. FAUSTINO\nARELLANO.»: a given name the page wrapped before its surname
        return !dotted && line.strip().length() >= WRAPPED_LINE && Character.isUpperCase(last.group(1).charAt(0))
                && vocabulary.isGivenName(word) && vocabulary.isSurname(first) && !vocabulary.isGivenName(first)
                && !vocabulary.notNameWords.contains(first) && !vocabulary.places.contains(first);
    }
}
