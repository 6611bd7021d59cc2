package mx.observa.understand;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.es.SpanishAnalyzer;

import mx.observa.text.Folding;

/**
 * Tells a passage that is not language — OCR noise from a poor scan ("2, qee tuerce asin seo pea 'ii l1 ,,;"),
 * a broken encoding ("Ã‚Â¿Ã¢â‚¬Å“", "����", Spanish read as another script) — from what observers write,
 * however terse ("Material: ok", "Cierre: 17:00, 118 opiniones") or misspelled. Such a passage is kept and shown
 * to analysts, but never classified, quoted or counted.
 *
 * <p>Per whitespace-separated word: a word is <em>broken</em> if it carries encoding debris (U+FFFD, "Ã", "Â",
 * "â€") or letters of a script Spanish does not use; it is <em>noise</em> if it is a run of symbols ("~~", ",,;"),
 * letters and digits mixed like OCR confuses them ("l1", "tn0"), a lone letter that is no Spanish word, three equal
 * letters ("eee") or a lower-case word without vowels ("rnm"); a lone letter after a number is its unit ("9-12 h"). A passage is illegible when a quarter of its words
 * are broken, or when noise is a third of it, or a quarter of a passage of six words or more with almost no Spanish
 * function words. Roman numerals and letters spaced out ("P R E S E N T E") are not noise.
 */
final class IllegibleText {

    private static final Pattern DEBRIS = Pattern.compile("\uFFFD|Ã|Â|â€|ï¿");
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{P}\\p{S}]{2,}|[~`|^_]");
    /** Letters and digits mixed in one word, as OCR confuses them ("l1", "tn0", "r3c3pt0ra", "t0d0"). */
    private static final Pattern OCR_MIX = Pattern.compile("(?=.*\\p{L})(?=.*\\d)[\\p{L}\\d]+");
    private static final Pattern ORDINAL_OR_UNIT = Pattern.compile(
            "\\d+(?:o|a|er|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma|h|hr|hrs|am|pm|km|kg|m|min|mts|s|°|º|ª)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE = Pattern.compile("[\\p{Lu}\\d]+(?:[-/][\\p{Lu}\\d]+)*");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]{1,7}");
    private static final Pattern NO_VOWEL = Pattern.compile("\\p{Ll}{2,}");
    // Compiled once: they run on every word of every passage.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Ps}\\p{Pi}\"'¿¡«]+|[\\p{Pe}\\p{Pf}\"'.,;:!?»]+$");
    private static final Pattern JOINED_WORD = Pattern.compile("[\\p{L}\\d]+(?:[-/.:'][\\p{L}\\d]+)*");
    private static final Pattern TRIPLE_LETTER = Pattern.compile("(\\p{L})\\1\\1");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    /** What a transcriber or a scan writes where nothing could be made out, in brackets or as words of its own. */
    private static final Pattern GAP = Pattern.compile(
            "[\\[(]\\s*(?:inaudible|ininteligible|ilegible|incomprensible|borros[oa]|se corta|corte|ruido|interferencia|estatica|silencio"
                    // a strike-out that shows what it struck ("[tachado: 9:30] 9:00") was read, not lost
                    + "|no se (?:oye|entiende|escucha|lee|ve|distingue)|sin audio|texto ilegible|mancha(?:s|d[oa])?|rot[oa]|roid[oa]|(?:tachad|borrad)[oa](?!\\s*:)"
                    // what was lost, named before how: "(línea cortada por el fax)", "[audio cortado]", "(renglón borrado)"
                    + "|(?:linea|renglon|parte|texto|audio|hoja|pagina|palabra|frase)s? (?:(?:cortad|rot|borrad|tachad|incomplet)[oa]s?|ilegibles?))"
                    + "[^\\])]{0,30}[\\])]"
                    + "|\\bno se (?:oye|entiende|escucha|lee|ve|distingue)\\b|\\b(?:inaudible|ininteligible|ilegible)\\b"
                    // a radio's static written as it sounds, between ellipses ("...ksshh...", "…krrr…")
                    + "|(?:\\.{2,}|…)\\s*[b-df-hj-np-tv-z]{2,}\\s*(?:\\.{2,}|…)");
    /** A symbol between two letters of a word, where a scan misread a letter. */
    private static final Pattern INNER_SYMBOL = Pattern.compile("\\p{L}[@#$%&*=+<>¬]\\p{L}");
    /** Where a symbol inside a word is written on purpose: inclusive endings ("tod@s", "niñ@"), e-mail addresses. */
    private static final Pattern INCLUSIVE_OR_ADDRESS = Pattern.compile("\\p{L}@s?$|@[\\p{L}\\d-]+\\.\\p{L}");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]{0,30}\\]");
    /**
     * The share of noise that makes a passage illegible when it also carries a mark of what could not be read ("##
     * ilegible", "[borroso]"): the transcriber said so, and a quarter of the words being debris confirms it.
     */
    private static final double MARKED_NOISE_SHARE = 0.25;
    /**
     * A word cut off by an ellipsis where the page was damaged: a piece glued after the ellipsis ("...nas", "...s") or
     * a stub of at most three letters before it ("c...", "rul..."); a whole word before a pause ("pues...", "mesa...")
     * is how someone hesitates.
     */
    private static final Pattern CUT_WORD = Pattern.compile("^(?:\\.{2,}|…)(\\p{L}{1,5})[,.;:]?$|^\\p{L}{1,3}(?:\\.{2,}|…)$");
    /** The cut words a damaged passage shows beside its mark of damage. */
    private static final int CUT_WORDS = 2;
    private static final int MAX_WORDS_AMONG_GAPS = 2;
    /**
     * A quarter of the words broken by a wrong encoding ("Ã‰l seÃ±or … dijo Â«Â¿quiÃ©n…»"): the accents, the
     * quotes and the question marks are gone, so what is said cannot be quoted as written; a word or two in a long
     * sentence ("se instalÃ³") still can.
     */
    private static final double BROKEN_SHARE = 0.25;
    /** Gaps enough to leave only fragments between them, each of at most this many words: nothing whole is said. */
    private static final int FRAGMENT_GAPS = 3;
    private static final int FRAGMENT_WORDS = 6;
    private static final Set<String> SHORT_WORDS = Set.of("a", "e", "o", "u", "y", "i", "v", "x");
    private static final Set<String> ABBREVIATIONS = Set.of("dtto", "dto", "hrs", "hr", "lic", "sr", "sra", "srta", "tel",
            "cel", "pbl", "pblo", "cdmx", "ssc", "mro", "st", "dd", "dl", "cp", "ccp", "pdf", "sms", "km", "mts", "mtra",
            "mtro", "dr", "dra", "ing", "arq", "ppal", "tlf", "whts", "cfr", "etc", "hh", "mm",
            // the shorthand of chats and online games: "gg wp", "xq", "tmb", "msj", "ntp", "tqm"
            "gg", "wp", "xq", "pq", "tmb", "msj", "msjs", "ntp", "tqm", "pls", "plz", "grx", "thx", "dm", "brb", "bb", "ntc");

    private final Set<String> functionWords = new HashSet<>();

    IllegibleText() {
        SpanishAnalyzer.getDefaultStopSet().forEach(w -> functionWords.add(Folding.foldLower(new String((char[]) w))));
    }

    boolean isIllegible(String passage) {
        if (onlyGaps(passage) || trailsOff(passage)) {
            return true;
        }
        String[] words = WHITESPACE.split(passage.strip());
        if (words.length < 4 || Arrays.stream(words).map(w -> EDGE_PUNCTUATION.matcher(w).replaceAll(""))
                .allMatch(w -> w.codePointCount(0, w.length()) == 1)) {
            return false; // too short to judge, or spaced letters, with the stop after them or not ("P R E S E N T E.")
        }
        int broken = 0;
        int noise = 0;
        int alphabetic = 0;
        int function = 0;
        String previous = "";
        for (String raw : words) {
            boolean afterNumber = !previous.isEmpty() && Character.isDigit(previous.charAt(previous.length() - 1));
            previous = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (DEBRIS.matcher(raw).find() || foreignScript(raw)) {
                broken++;
                continue;
            }
            String w = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (isNoise(raw, w, afterNumber)) {
                noise++;
            } else if (w.chars().allMatch(Character::isLetter)) {
                alphabetic++;
                if (functionWords.contains(Folding.foldLower(w))) {
                    function++;
                }
            }
        }
        double n = words.length;
        if (broken / n >= BROKEN_SHARE) {
            return true;
        }
        if (noise / n >= 1.0 / 3) {
            return true;
        }
        if (noise / n >= MARKED_NOISE_SHARE && GAP.matcher(Folding.foldLower(passage)).find()) {
            return true; // "RESUL TADOS M R O B4RR10 ~~ pr0y. 1 .. 9? ## ilegible": the copy says so, and the noise agrees
        }
        return words.length >= 6 && noise / n >= 0.25 && alphabetic >= 3 && function * 10 < alphabetic;
    }

    /**
     * A transcript's or scan's marks of what could not be heard or read ("[inaudible] ... [viento] ... no se oye ...
     * [se corta]", "(ilegible) … (borroso)"), with at most a couple of words between them: nothing of what was said is
     * there. A mark beside a sentence ("la urna estaba sellada [inaudible] y abrieron") leaves that sentence legible.
     */
    private boolean onlyGaps(String passage) {
        // who speaks or which recording ("Audio 4 (0:21):", "Abuela:") is the transcriber's label, not what was heard
        String folded = TURN_LABEL.matcher(Folding.foldLower(passage)).replaceFirst("");
        Matcher m = GAP.matcher(folded);
        int gaps = 0;
        while (m.find()) {
            gaps++;
        }
        if (gaps == 0) {
            return false;
        }
        String rest = BRACKETED.matcher(GAP.matcher(folded).replaceAll(" ")).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return rest.isEmpty() || rest.split(" ").length <= MAX_WORDS_AMONG_GAPS && gaps >= 2 || gaps >= FRAGMENT_GAPS && onlyFragments(folded)
                || noClauseLeft(passage)
                || brokenOff(folded, gaps) || cutOff(folded) || cutPhrases(folded) >= CUT_PHRASES || endLost(folded)
                || cutInPieces(folded);
    }

    /**
     * Where a transcriber's or a scan's mark in brackets or parentheses that starts at {@code at} ends ("[ilegible]",
     * "(borroso)"), or -1; {@code folded} is lower case ({@link Folding#foldPreservingLength}). What the detector of
     * personal data reads as a hole inside an address or a number, not as words of the text.
     */
    static int markEnd(String folded, int at) {
        if (at >= folded.length() || folded.charAt(at) != '[' && folded.charAt(at) != '(') {
            return -1;
        }
        Matcher m = GAP.matcher(folded).region(at, Math.min(folded.length(), at + 80));
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * Whether a line opens with a transcriber's or a scan's mark of what could not be read ("[ilegible] [ilegible] a
     * las 2 [mancha]"): what it names was lost, so it is no title of what follows.
     */
    static boolean opensWithGap(String line) {
        String folded = Folding.foldLower(line.strip());
        return (folded.startsWith("[") || folded.startsWith("(")) && GAP.matcher(folded).lookingAt();
    }

    /**
     * A short line cut by a mark right where a phrase or a clause begins ("mandaron pedir más al [ilegible] y
     * llegaron", "no iba a [ilegible] el agua", "después la movieron pero [ilegible] ya habían votado"): the mark took
     * who or what the line is about, and what is left on either side of it is a piece of at most
     * {@value #PIECE_OF_A_CUT_LINE} words, no whole clause. A mark after a whole word ("la urna estaba sellada
     * [inaudible] y abrieron a las nueve"), one with a whole clause beside it ("el vecino de la [ilegible] llegó tarde y
     * votó sin problema") or one that closes the line leaves what it says legible.
     */
    private static boolean cutInPieces(String folded) {
        boolean cut = false;
        for (Matcher m = GAP.matcher(folded); m.find(); ) {
            if (folded.charAt(m.start()) != '[' && folded.charAt(m.start()) != '(') {
                continue; // "dijo que no se oye": what someone said about the sound, not a transcriber's mark
            }
            Matcher before = WORD_BEFORE_GAP.matcher(folded.substring(0, m.start()));
            cut |= before.find() && (PHRASE_OPENERS.contains(before.group(1)) || CLAUSE_OPENERS.contains(before.group(1)));
        }
        if (!cut) {
            return false;
        }
        // the marks split the passage; a line break of the passage itself is no cut
        String marked = BRACKETED.matcher(GAP.matcher(folded.replace('\n', ' ')).replaceAll("\u0001")).replaceAll("\u0001");
        List<String> pieces = Arrays.stream(marked.split("\u0001", -1))
                .map(piece -> piece.replaceAll("[^\\p{L}\\p{N}]+", " ").strip()).toList();
        if (pieces.size() < 2 || pieces.get(0).isEmpty() || pieces.get(pieces.size() - 1).isEmpty()) {
            return false; // the mark opens or closes the line: beside it, the rest may be whole
        }
        return pieces.stream().allMatch(piece -> piece.isEmpty() || piece.split(" ").length <= PIECE_OF_A_CUT_LINE);
    }

    private static final int PIECE_OF_A_CUT_LINE = 5;
    /** Words after which a clause of its own begins: a mark right after one took its subject or its verb. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("pero", "porque", "aunque", "cuando", "y");

    /** The last word of a passage and whatever closes it: a stop, a quote, a bracket. */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)([^\\p{L}\\p{N}]*)$");

    /**
     * A transcriber's mark inside a passage that also stops on a word no phrase ends on, with no stop after it ("a las
     * 11 llegó la señora [ilegible] con el [ilegible] y pidió que", "después de eso la presidenta [ilegible] a la"):
     * the copy lost words in it and lost how it ends, so what happened is not there. A mark in a passage that ends
     * whole ("la urna estaba sellada [inaudible] y abrieron a las nueve") leaves what it says legible.
     */
    private static boolean endLost(String folded) {
        boolean marked = false;
        for (Matcher m = GAP.matcher(folded); m.find(); ) {
            marked |= folded.charAt(m.start()) == '[' || folded.charAt(m.start()) == '(';
        }
        Matcher last = LAST_WORD.matcher(folded.strip());
        return marked && last.find() && last.group(2).isBlank() && PHRASE_OPENERS.contains(last.group(1));
    }

    /**
     * Two marks of a scan or a transcript in a short line: what is left between them is phrases without a verb ("la
     * presidenta [ilegible] y el señor se [ilegible] hasta la otra esquina", "[mancha] a las 2 de la tarde [ilegible]
     * mucha gente"): what happened was lost. A stretch with its verb ("el presidente llegó tarde [inaudible] y la
     * secretaria abrió la urna [ruido]") or longer than {@value #CLAUSELESS_RUN_WORDS} words still says it.
     */
    private static boolean noClauseLeft(String passage) {
        // marks are found on the folded text, the verbs read on the written one ("llegó"): folding keeps the offsets
        String folded = Folding.foldPreservingLength(passage);
        char[] left = passage.toCharArray();
        int marks = 0;
        for (Matcher m = GAP.matcher(folded); m.find(); ) {
            if (folded.charAt(m.start()) == '[' || folded.charAt(m.start()) == '(') {
                marks++; // "dijo que no se oye": what someone said about the sound, not a transcriber's mark
            }
            Arrays.fill(left, m.start(), m.end(), '\n');
        }
        if (marks < CLAUSELESS_MARKS) {
            return false;
        }
        for (Matcher m = BRACKETED.matcher(folded); m.find(); ) {
            Arrays.fill(left, m.start(), m.end(), '\n');
        }
        for (String run : new String(left).split("\n")) {
            List<String> words = Arrays.stream(run.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
            // a clitic or an article waits for what the mark took ("el señor se [ilegible]"): it is no verb of its own
            String said = String.join(" ", words.stream().filter(w -> !PHRASE_OPENERS.contains(Folding.foldLower(w))).toList());
            if (words.size() > CLAUSELESS_RUN_WORDS || !Segmenter.verbless(said)) {
                return false;
            }
        }
        return true;
    }

    private static final int CLAUSELESS_MARKS = 2;
    private static final int CLAUSELESS_RUN_WORDS = 8;

    /**
     * Words after which a phrase cannot stop: articles, prepositions, possessives, "que" and the pronouns that go
     * before a verb ("se", "le"). A gap right after one of them took the phrase's head ("el señor de la [ilegible]",
     * "dijo que [mancha]", "el señor se [ilegible]"); a gap after a whole word ("la urna estaba sellada [inaudible] y
     * abrieron") took something beside what is still said.
     */
    private static final Set<String> PHRASE_OPENERS = Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "al",
            "del", "de", "a", "en", "con", "por", "para", "sin", "que", "su", "sus", "mi", "mis", "este", "esta", "ese", "esa",
            "se", "le", "les", "me", "te", "nos");
    private static final Pattern WORD_BEFORE_GAP = Pattern.compile("(\\p{L}+)\\s*$");
    /** Gaps that each took a phrase's head: who did it and what was done are both lost. */
    private static final int CUT_PHRASES = 2;

    /** An ellipsis where a phrase's head should be: "se quedó con el ... y". */
    private static final Pattern OPENER_THEN_ELLIPSIS = Pattern.compile("\\b(\\p{L}+)\\s*(?:\\.{2,}|…)");
    /** The end of a line cut off by the page: an article or a preposition and a stub of a word, no stop ("porque el mo"). */
    private static final Pattern STUB_AT_END = Pattern.compile("\\b(\\p{L}+) (\\p{Ll}{1,2})\\s*$");

    /**
     * A line the copy lost on both sides of a phrase: an ellipsis where a noun should follow its article ("con el ...")
     * and the end cut off in the middle of a word after one ("porque el mo"), with no stop. A pause alone ("fue con
     * el... este... presidente.") or an end without a stop alone (a chat message) is how people write.
     */
    private boolean trailsOff(String passage) {
        String folded = Folding.foldLower(passage.strip());
        Matcher end = STUB_AT_END.matcher(passage.strip());
        if (!end.find() || !PHRASE_OPENERS.contains(Folding.foldLower(end.group(1))) || functionWords.contains(end.group(2))
                || SHORT_WORDS.contains(end.group(2))) {
            return false;
        }
        Matcher pause = OPENER_THEN_ELLIPSIS.matcher(folded);
        while (pause.find()) {
            if (PHRASE_OPENERS.contains(pause.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** How many of a passage's gaps follow a word a phrase cannot stop on. */
    private static int cutPhrases(String folded) {
        Matcher m = GAP.matcher(folded);
        int cut = 0;
        while (m.find()) {
            if (folded.charAt(m.start()) != '[' && folded.charAt(m.start()) != '(') {
                continue; // "dijo que no se oye": what someone said about the sound, not a transcriber's mark
            }
            Matcher before = WORD_BEFORE_GAP.matcher(folded.substring(0, m.start()));
            if (before.find() && PHRASE_OPENERS.contains(before.group(1))) {
                cut++;
            }
        }
        return cut;
    }

    /** The label of a transcript's turn or recording: a few words, maybe a duration or an hour in parentheses, a colon. */
    private static final Pattern TURN_LABEL = Pattern.compile("^\\s*\\p{L}[\\p{L}\\d#. ]{0,25}?\\s*(?:\\([\\d:.,' ]{1,12}\\))?\\s*:\\s+");

    /**
     * A damaged page copied as it could be read: a mark of the damage ("[mancha de agua]", "[roto]") and, around it,
     * only pieces of words cut off by ellipses ("E la [mancha de agua] ... cartel ... [roto] ... se pegó en", "Se mo...
     * el cuad..."): at least {@value #BROKEN_PIECES} pieces, none longer than {@value #PIECE_WORDS} words, or two
     * between two marks ("[ruido de motor] ... que la ... no, ya no ... [se corta]"). Ellipses without a mark of damage
     * are how someone hesitates ("pues... la mesa... abrió tarde..."), not a gap.
     */
    private static boolean brokenOff(String folded, int gaps) {
        String[] pieces = ELLIPSIS.split(BRACKETED.matcher(GAP.matcher(folded).replaceAll("\n")).replaceAll("\n"));
        int n = 0;
        for (String piece : pieces) {
            String words = piece.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (words.isEmpty()) {
                continue;
            }
            if (words.split(" ").length > PIECE_WORDS) {
                return false;
            }
            n++;
        }
        return n >= BROKEN_PIECES || gaps >= 2 && n >= 2;
    }

    /**
     * Whether a passage shows words cut off by ellipses ("llegó la pa rul... [mancha de agua] ...s dos pe ... no se
     * ve"), at least one the rest of a word after the damage: beside a mark of damage, the page was copied as far as it
     * could be read.
     */
    private boolean cutOff(String folded) {
        int n = 0;
        boolean continued = false;
        for (String w : WHITESPACE.split(folded.strip())) {
            Matcher m = CUT_WORD.matcher(w);
            if (m.matches()) {
                n++;
                // the rest of a word after the damage ("...nas"), not a word said after a pause ("...y luego")
                continued |= m.group(1) != null && !functionWords.contains(m.group(1));
            }
        }
        return continued && n >= CUT_WORDS;
    }

    private static final Pattern ELLIPSIS = Pattern.compile("\\.{2,}|…|\n");
    private static final int BROKEN_PIECES = 3;
    private static final int PIECE_WORDS = 3;

    /**
     * Whether what is heard between the gaps is only fragments ("T: Y cuando contaron [inaudible] salieron [inaudible]
     * de más, pero luego [inaudible]."): no run of more than {@value #FRAGMENT_WORDS} words.
     */
    private static boolean onlyFragments(String folded) {
        for (String run : BRACKETED.matcher(GAP.matcher(folded).replaceAll("\n")).replaceAll("\n").split("\n")) {
            String words = run.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (!words.isEmpty() && words.split(" ").length > FRAGMENT_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** @param afterNumber whether the word follows a number: a lone letter there is a unit ("9-12 h", "500 m") */
    private static boolean isNoise(String raw, String w, boolean afterNumber) {
        if (raw.equals("|")) {
            return false; // a cell separator of a table written with pipes ("Cargo | Nombre | Observaciones")
        }
        if (w.isEmpty()) {
            // punctuation alone: a dash or bullet is layout, a run of symbols is noise
            return SYMBOLS.matcher(raw).find();
        }
        if (SYMBOLS.matcher(w).find() && !JOINED_WORD.matcher(w).matches()) {
            return true;
        }
        if (INNER_SYMBOL.matcher(w).find() && !INCLUSIVE_OR_ADDRESS.matcher(w).find()) {
            return true; // a letter read as a symbol by the scan ("q@e", "se#or", "m*sa")
        }
        if (OCR_MIX.matcher(w).matches() && !ORDINAL_OR_UNIT.matcher(w).matches() && !CODE.matcher(w).matches()) {
            return true;
        }
        if (!w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String lower = Folding.foldLower(w);
        if (ROMAN.matcher(w).matches()) {
            return false; // "Distrito VIII", "Granjas México I"
        }
        if (lower.length() == 1) {
            return !SHORT_WORDS.contains(lower) && !afterNumber;
        }
        if (TRIPLE_LETTER.matcher(lower).find()) {
            return true;
        }
        return NO_VOWEL.matcher(w).matches() && !VOWEL.matcher(lower).find() && !ABBREVIATIONS.contains(lower);
    }

    private static boolean foreignScript(String word) {
        int letters = 0;
        int foreign = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.LATIN) {
                    foreign++;
                }
            }
        }
        return letters > 0 && foreign * 2 > letters;
    }
}
