package mx.observa.understand;

/**
 * Words a scanner's OCR wrote with digits for letters ("Cl3menc1a Roj0 Est3vez", "0bservad0ra:", "Huert4") read as
 * the letters they stand for, so a name in a scanned form is found as in any other text. Only a word of two letters
 * or more whose digits are those OCR confuses with letters (0 o, 1 i, 3 e, 4 a, 5 s, 7 t), never three in a row:
 * codes (CURP, IDMEX…, "B-12"), quantities ("10am", "2do") and phone numbers keep their digits. The result has the
 * text's length, so offsets found in it are offsets in the text.
 */
final class OcrDigits {

    private static final String DIGITS = "013457";
    private static final String LOWER = "oieast";
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "(?i)\\d(?:er|era|ero|ra|ro|do|da|to|ta|vo|va|mo|ma|no|na|os|as)");

    private OcrDigits() {
    }

    static String asLetters(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int letters = 0;
            int digits = 0;
            boolean upper = true;
            boolean readable = true;
            boolean pair = false;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    digits++;
                    boolean afterDigit = i > start && Character.isDigit(text.charAt(i - 1));
                    readable &= DIGITS.indexOf(c) >= 0 && !(afterDigit && i > start + 1 && Character.isDigit(text.charAt(i - 2)));
                    pair |= afterDigit;
                } else {
                    letters++;
                    upper &= Character.isUpperCase(c);
                }
                i++;
            }
            // two digits together ("Lar10s") only in a longer word: "10am" is a time; "1ra", "3er", "5to" are ordinals
            if (digits == 0 || letters < 2 || !readable || digits > letters || pair && digits * 2 > letters
                    || ORDINAL.matcher(text.substring(start, i)).matches()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int k = start; k < i; k++) {
                int d = DIGITS.indexOf(text.charAt(k));
                if (d >= 0) {
                    char letter = LOWER.charAt(d);
                    // a capital where the word starts ("0scar") or where it is all in capitals ("R0J0")
                    out.setCharAt(k, upper || k == start ? Character.toUpperCase(letter) : letter);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
