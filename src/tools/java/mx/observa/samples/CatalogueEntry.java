package mx.observa.samples;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of catalogo.csv: the ground truth for one generated file.
 *
 * @param format           the file type: pdf, docx, odt, rtf, html, txt, eml, png, csv
 * @param alcaldia         canonical name with accents
 * @param distrito         1–33 or null
 * @param ut               unidad territorial clave or null
 * @param date             the day observed, or null
 * @param distinctivePhrase 2–5 words found verbatim in this file's extracted text and in no other file's
 *                          (except an exact duplicate, which shares it)
 * @param topics           taxonomy ids
 * @param ocr              whether the text can only be had through OCR
 */
public record CatalogueEntry(String file, String format, String alcaldia, Integer distrito, String ut,
                             LocalDate date, String distinctivePhrase, List<String> topics, boolean ocr) {

    public static final List<String> HEADER = List.of("archivo", "formato", "alcaldia", "distrito", "ut", "fecha",
            "frase_distintiva", "temas", "ocr");

    public CatalogueEntry {
        topics = List.copyOf(topics);
    }

    static List<String> topicIds(Collection<Topic> topics) {
        return topics.stream().sorted().map(Topic::id).collect(Collectors.toList());
    }

    List<String> toRecord() {
        return List.of(file, format, alcaldia, distrito == null ? "" : distrito.toString(), ut == null ? "" : ut,
                date == null ? "" : date.toString(), distinctivePhrase, String.join("|", topics), ocr ? "yes" : "no");
    }
}
