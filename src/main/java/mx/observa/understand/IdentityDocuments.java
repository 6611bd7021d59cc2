package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * Identity documents: CURP and clave de elector (also with spaces, hyphens or dots between their parts), RFC, and the numbers of the
 * voter card (credencial para votar) — after a label ("Credencial:", "INE", "OCR", "CIC", "folio de la
 * credencial"), the IDMEX code of its back, or a bare 13-digit OCR number.
 */
final class IdentityDocuments {

    private static final Pattern CURP = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])[A-Z]{4}[ \\t.\\-]?\\d{6}[ \\t.\\-]?[HMX][A-Z]{5}[ \\t.\\-]?[A-Z\\d]\\d(?![\\p{L}\\d])");
    /** Its birth date and state may be written in pairs, as the card prints them apart: «VLTRMN 79 03 12 09 H 400». */
    private static final Pattern ELECTOR = Pattern.compile("(?i)(?<![\\p{L}\\d])[A-Z]{6}[ \\t.\\-]?\\d{2}(?:[ \\t.\\-]?\\d{2}){3}"
            + "[ \\t.\\-]?[HMX][ \\t.\\-]?\\d{3}(?![\\p{L}\\d])");
    private static final Pattern RFC = Pattern.compile("(?i)(?<![\\p{L}\\d])[A-ZÑ&]{3,4}\\d{6}[A-Z\\d]{3}(?![\\p{L}\\d])");
    /**
     * A card's label, then what qualifies it — up to four words or a bracket: «credencial de observadora):», «OCR de su
     * INE es», «CIC (al reverso):» — then the number, one or more groups of digits. Words that label something else
     * (the consultation's boletas, actas and folios, a phone) end the qualifier, so their counts stay readable.
     */
    private static final Pattern CARD_LABEL = Pattern.compile(
            "(?<![\\p{L}])(?:credencial(?:[ \\t]+(?:para[ \\t]+votar|de[ \\t]+elector|del[ \\t]+ine|ine))?|ine|ife|ocr|cic"
                    + "|folio(?:[ \\t]+de(?:[ \\t]+la)?[ \\t]+credencial)|numero[ \\t]+de[ \\t]+credencial|id[ \\t]*mex)(?![\\p{L}])"
                    + "(?:[ \\t]*[(\\[]?(?!(?:boletas?|actas?|mesas?|casillas?|folios?|tel\\p{L}*|cel\\p{L}*|correo)(?![\\p{L}]))"
                    + "\\p{L}{1,15}\\.?[)\\]]?){0,4}?"
                    + "[ \\t]*[)\\]]?[ \\t]*,?[ \\t]*(?:numero|num\\.?|no\\.?|#)?[ \\t]*[:.]?[ \\t]*"
                    + "([a-z0-9]*\\d[a-z0-9]*(?:[ \\t\\-][a-z0-9]*\\d[a-z0-9]*)*)");
    /**
     * A card's label closing its line and the number opening the next one, maybe after a blank line and a cell's own
     * short label: a form printed as label above value, or a questionnaire's row whose label cell and value cell the
     * export puts in two columns («Número de credencial» / «Columna 2: 1187 4420 3365»). Only the long labels, which
     * name nothing but the card, and only a long number: a count below a line that mentions the card is no card.
     */
    private static final Pattern CARD_LABEL_ABOVE = Pattern.compile(
            "(?<![\\p{L}])(?:credencial(?:[ \\t]+(?:para[ \\t]+votar|de[ \\t]+elector|del[ \\t]+ine|ine))?"
                    + "|folio[ \\t]+de(?:[ \\t]+la)?[ \\t]+credencial|numero[ \\t]+de[ \\t]+credencial)"
                    + "[ \\t]*:?[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*(?:\\p{L}[\\p{L} ]{0,20}(?:[ \\t]+\\d{1,2})?[ \\t]*:[ \\t]*)?"
                    + "(\\d[\\d \\t]{7,20}\\d)(?![\\w])");
    /** Fewest digits of a card number read below its label: an OCR number has 13, a CIC 9 or 10. */
    private static final int MIN_DIGITS_BELOW_LABEL = 9;
    private static final Pattern IDMEX = Pattern.compile("(?i)IDMEX[ \\t]*\\d{6,}(?:<+\\d*)?");
    private static final Pattern OCR_NUMBER = Pattern.compile("(?<![\\w\\-/.])\\d{13}(?![\\w\\-/])");

    private IdentityDocuments() {
    }

    static List<PersonalData> find(String text) {
        List<PersonalData> found = new ArrayList<>();
        add(found, text, CURP.matcher(text), PersonalDataDetector.CURP, 0);
        add(found, text, ELECTOR.matcher(text), PersonalDataDetector.CLAVE_ELECTOR, 0);
        add(found, text, RFC.matcher(text), PersonalDataDetector.RFC, 0);
        Matcher label = CARD_LABEL.matcher(Folding.foldPreservingLength(text));
        while (label.find()) {
            String value = label.group(1);
            long digits = value.chars().filter(Character::isDigit).count();
            if (digits >= 6) {
                int end = label.end(1);
                found.add(new PersonalData(PersonalDataDetector.CREDENCIAL, text.substring(label.start(1), end), label.start(1), end));
            }
        }
        Matcher above = CARD_LABEL_ABOVE.matcher(Folding.foldPreservingLength(text));
        while (above.find()) {
            if (above.group(1).chars().filter(Character::isDigit).count() >= MIN_DIGITS_BELOW_LABEL) {
                found.add(new PersonalData(PersonalDataDetector.CREDENCIAL, text.substring(above.start(1), above.end(1)),
                        above.start(1), above.end(1)));
            }
        }
        add(found, text, IDMEX.matcher(text), PersonalDataDetector.CREDENCIAL, 0);
        add(found, text, OCR_NUMBER.matcher(text), PersonalDataDetector.CREDENCIAL, 0);
        return found;
    }

    private static void add(List<PersonalData> found, String text, Matcher m, String kind, int group) {
        while (m.find()) {
            found.add(new PersonalData(kind, text.substring(m.start(group), m.end(group)), m.start(group), m.end(group)));
        }
    }
}
