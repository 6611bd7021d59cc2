package mx.observa.report;

import org.junit.jupiter.api.Test;

/**
 * {@link PrivacyPublicationIT} on the first half of the privacy sets, which holds {@code privacidad} and
 * {@code privacidad-ciega}: also the tests that name their reports.
 */
class PrivacyPublicationFirstHalfIT extends PrivacyPublicationIT {

    PrivacyPublicationFirstHalfIT() {
        super(true);
    }

    @Test
    @Override
    void theCommissionsSearchesMatchOnlyTheTextItReads() throws Exception {
        super.theCommissionsSearchesMatchOnlyTheTextItReads();
    }

    @Test
    @Override
    void theAnalystReadsTheOriginalAndEveryViewIsAudited() throws Exception {
        super.theAnalystReadsTheOriginalAndEveryViewIsAudited();
    }
}
