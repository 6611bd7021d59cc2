package mx.observa.web;

import java.util.ArrayList;
import java.util.List;

import mx.observa.index.IndexSchema;
import mx.observa.index.InvalidQueryException;
import mx.observa.index.VisibleText;
import mx.observa.report.Redactor;
import mx.observa.understand.KnownPersonalData;

/**
 * How the role {@code comision} searches. It reads redacted text, and a search must not tell it what the redaction
 * hides: a hit for "Benavides" would show "[dato personal]", and that it is a hit says who that is. So its searches
 * match only the text it reads ({@link VisibleText}: a name hidden in a report is, for it, not there), and a query that
 * has the shape of personal data (a phone, an e-mail, a CURP, a clave de elector) is refused — a decision taken on
 * the query alone, so that neither the refusal nor an empty result says whether the reports contain it.
 */
final class CommissionQueries {

    static final String NOTICE = "Para el rol comisión los datos personales de los informes (nombres, teléfonos, correos, CURP, "
            + "domicilios) están ocultos: la búsqueda solo encuentra el texto que usted puede leer.";

    /**
     * The safety net alone: what is personal by its shape. The detector would read a query of one word as a
     * signature, and refuse "Ortiz" although the commission can read it in the name of a school.
     */
    private static final Redactor SHAPES = Redactor.safetyNetOnly();

    private final VisibleText visible;

    CommissionQueries(Redactor redactor) {
        this.visible = doc -> redactor.redact(doc.get(IndexSchema.TEXT),
                redactor.known(List.of(doc.getValues(IndexSchema.PERSONAL_DATA)), doc.get(IndexSchema.SOURCE)));
    }

    /** What the commission sees of a finding, for {@code FindingSearch}. */
    VisibleText visible() {
        return visible;
    }

    /** @throws InvalidQueryException naming, in Spanish, the parts of the query that are personal data */
    void check(String query) {
        if (query == null || query.isBlank()) {
            return;
        }
        List<String> personal = new ArrayList<>();
        for (int[] span : SHAPES.spans(query, KnownPersonalData.NONE)) {
            personal.add(query.substring(span[0], span[1]).strip());
        }
        if (!personal.isEmpty()) {
            throw new InvalidQueryException("La búsqueda incluye un dato personal («" + String.join("», «", personal)
                    + "»). El rol comisión ve los informes sin datos personales y no puede buscarlos: busque por tema, "
                    + "lugar o lo que se observó.");
        }
    }
}
