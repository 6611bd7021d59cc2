package mx.observa.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * What the redaction costs the commission's reader: a decoy (a place, an institution or a public figure named like a
 * person: «Escuela Benito Juárez», «colonia Guerrero», «la consejera presidenta») that a report's findings write and
 * that no page of that report shows the commission any longer. PrivacyQualityTest counts decoys redacted in the whole
 * text by the detector; this looks at what is published, after every layer (the detector, what the report is known to
 * hold, the safety net), on the pages that show the findings.
 */
final class PublishedDecoys {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** How a decoy stands in one delivery's findings and on the commission's pages of its reports. */
    enum Shown {
        /** No finding writes it (it is in a heading, a signature, a line that is no finding): nothing to read. */
        NOT_IN_FINDINGS,
        /** A finding writes it and a page shows it. */
        READABLE,
        /** A finding writes it and no page shows it: the redaction took it. */
        HIDDEN
    }

    private PublishedDecoys() {
    }

    /**
     * @param decoy    the decoy as planted
     * @param findings the text of every legible finding of the reports the decoy's file was delivered as
     * @param pages    the commission's pages of those reports (HTML or JSON, as served)
     * @param personal the personal strings planted in the same file: a decoy written only inside one of them («calle
     *                 Jesús Carranza 14», a private address, holds the decoy «Jesús Carranza») goes with it, rightly
     */
    static Shown shown(String decoy, List<String> findings, List<String> pages, List<String> personal) {
        String needle = normalized(decoy);
        if (needle.isEmpty() || findings.stream().noneMatch(f -> WholeWord.in(withoutPersonal(normalized(f), personal), needle))) {
            return Shown.NOT_IN_FINDINGS;
        }
        return pages.stream().anyMatch(p -> WholeWord.in(normalized(asText(p)), needle)) ? Shown.READABLE : Shown.HIDDEN;
    }

    /** The text with every personal string planted in its file blanked out. */
    private static String withoutPersonal(String text, List<String> personal) {
        String out = text;
        for (String p : personal) {
            String planted = normalized(p);
            if (!planted.isEmpty()) {
                out = out.replace(planted, " | ");
            }
        }
        return out;
    }

    /** A page's text: tags and JSON's escaped line breaks read as blanks, HTML entities as their characters. */
    static String asText(String page) {
        String text = TAG.matcher(page).replaceAll(" ").replace("\\n", " ").replace("\\r", " ").replace("\\t", " ");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&").replace("\\\"", "\"");
    }

    /** Without accents, case or spacing differences, as the planted strings are compared elsewhere in the test. */
    static String normalized(String s) {
        return BLANKS.matcher(Folding.fold(s)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
