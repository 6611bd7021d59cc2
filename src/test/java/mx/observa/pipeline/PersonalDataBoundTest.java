package mx.observa.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;
import mx.observa.model.PersonalData;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Understanding;

class PersonalDataBoundTest {

    private static Understanding report(int people, int passages) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= passages; i++) {
            findings.add(Finding.of(i, "Pasaje " + i + " de la lista.", Map.of()));
        }
        List<PersonalData> personal = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            // every person named twice: what counts is the distinct strings, not the occurrences
            personal.add(new PersonalData("nombre", "Persona Número " + i, 0, 1));
            personal.add(new PersonalData("nombre", "Persona Número " + i, 5, 6));
        }
        return new Understanding(ReportMetadata.EMPTY, findings, personal);
    }

    @Test
    void anAttendanceListOfHundredsOfPeopleInAsManyRowsIsKept() {
        PersonalDataBound bound = new PersonalDataBound(2_000_000);
        bound.check(report(600, 600));
        bound.check(report(40, 30));
        bound.check(report(0, 0));
    }

    @Test
    void thousandsOfNamesInThousandsOfPassagesGoToQuarantineWithTheReasonInSpanish() {
        PersonalDataBound bound = new PersonalDataBound(2_000_000);
        assertThatThrownBy(() -> bound.check(report(3_000, 3_000)))
                .isInstanceOf(RejectedSubmission.class)
                .hasMessageContaining("3,000 datos personales distintos en 3,000 pasajes")
                .hasMessageContaining("cuarentena");
    }

    @Test
    void theBoundCountsDistinctStringsTimesPassages() {
        PersonalDataBound bound = new PersonalDataBound(100);
        bound.check(report(10, 10));
        assertThatThrownBy(() -> bound.check(report(11, 10))).isInstanceOf(RejectedSubmission.class);
    }

    @Test
    void theNamesReadBeforeThePersonalDataAreBoundTheSameWay() {
        PersonalDataBound bound = new PersonalDataBound(2_000_000);
        bound.check(600, 600);
        assertThatThrownBy(() -> bound.check(2_500, 3_100)).isInstanceOf(RejectedSubmission.class)
                .hasMessageContaining("2,500 datos personales distintos en 3,100 pasajes");
    }
}
