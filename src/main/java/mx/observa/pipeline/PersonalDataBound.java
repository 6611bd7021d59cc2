package mx.observa.pipeline;

import java.text.NumberFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import mx.observa.model.PersonalData;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.Understanding;

/**
 * How much personal data one report may ask Observa to keep: every finding's document in the index carries every
 * distinct personal string of its report (what the commission's views and search must never show or find), so a
 * report costs its distinct personal strings × its findings. A report names tens of people in tens of passages, a
 * list of attendees a few hundred in as many rows; a text of capitalised invented words (what anyone can paste into
 * the public form) reads as thousands of names in thousands of passages, and its index documents alone held more than
 * the service's heap. Past {@code observa.limits.max-personal-values} such a text is no report: it goes to quarantine
 * with the reason, before the store and the index hold it, where a person can still read it.
 */
public final class PersonalDataBound {

    private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

    private final long maxValues;

    /** @param maxValues distinct personal strings × findings a report may hold ({@code observa.limits.max-personal-values}) */
    public PersonalDataBound(long maxValues) {
        this.maxValues = maxValues;
    }

    /** @throws RejectedSubmission when the report holds more than the bound */
    public void check(Understanding understanding) {
        Set<String> distinct = new HashSet<>();
        for (PersonalData p : understanding.personalData()) {
            distinct.add(p.text());
        }
        check(distinct.size(), understanding.findings().size());
    }

    /**
     * The same, from what is known before the personal data are looked for: the distinct names the metadata read and
     * the findings. The names found then are personal data too (fewer than all of them), so a text past the bound here
     * is past it at the end: it stops before the costliest step of understanding it.
     *
     * @throws RejectedSubmission when the report would hold more than the bound
     */
    public void check(int distinctStrings, int findingCount) {
        long findings = Math.max(1, findingCount);
        if ((long) distinctStrings * findings > maxValues) {
            NumberFormat n = NumberFormat.getIntegerInstance(ES_MX);
            throw new RejectedSubmission("El texto parece una lista de nombres más que un informe: trae "
                    + n.format(distinctStrings) + " datos personales distintos en " + n.format(findings)
                    + " pasajes, más de lo que Observa guarda de un informe (datos distintos × pasajes: hasta "
                    + n.format(maxValues) + "). Queda en cuarentena para que una persona lo revise.");
        }
    }
}
