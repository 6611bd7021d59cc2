package mx.observa.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import mx.observa.model.DeclaredField;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Submission;

/**
 * What the sender declared (form fields, CSV columns) wins over what the understand stage inferred from the text:
 * the observer knows where and when they observed better than any rule. Declared values are checked again here,
 * so a questionnaire row with an impossible alcaldía or distrito is quarantined with the reason instead of being
 * indexed with wrong data.
 */
public final class DeclaredMetadata {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    private final DeclaredValues values;
    private final Alcaldias alcaldias;
    private final Clock clock;

    public DeclaredMetadata(Alcaldias alcaldias, Clock clock) {
        this.values = new DeclaredValues(alcaldias);
        this.alcaldias = alcaldias;
        this.clock = clock;
    }

    public ReportMetadata merge(ReportMetadata inferred, Submission submission) {
        if (submission.declared().isEmpty()) {
            return inferred;
        }
        DeclaredValues.Checked checked = values.check(submission.declared(), Set.of(), LocalDate.now(clock.withZone(MEXICO_CITY)));
        if (!checked.ok()) {
            throw new RejectedSubmission(checked.summary());
        }
        Map<String, String> v = checked.values();
        String utDeclared = v.get(DeclaredField.UT.key());
        boolean utIsClave = utDeclared != null && utDeclared.matches("\\d{2}-\\d{3}");
        String ut = utIsClave ? utDeclared : inferred.ut();
        String utName = utDeclared != null && !utIsClave ? utDeclared
                : (ut != null && ut.equals(inferred.ut()) ? inferred.utName() : null);
        String alcaldia = v.get(DeclaredField.ALCALDIA.key());
        if (alcaldia == null && utIsClave) {
            alcaldia = alcaldias.byClave(ut.substring(0, 2)).map(Alcaldias.Alcaldia::nombre).orElse(null);
        }
        String distrito = v.get(DeclaredField.DISTRITO.key());
        String fecha = v.get(DeclaredField.FECHA.key());
        return new ReportMetadata(
                or(v.get(DeclaredField.NOMBRE.key()), inferred.observer()),
                inferred.organization(),
                or(alcaldia, inferred.alcaldia()),
                distrito != null ? Integer.valueOf(distrito) : inferred.distrito(),
                ut,
                utName,
                or(v.get(DeclaredField.MRO.key()), inferred.mro()),
                fecha != null ? LocalDate.parse(fecha) : inferred.date(),
                inferred.channelHint());
    }

    private static String or(String declared, String inferred) {
        return declared != null ? declared : inferred;
    }
}
