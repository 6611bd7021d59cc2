package mx.observa.report;

/** {@link PrivacyPublicationIT} on the second half of the privacy sets: the newest and the held-out one. */
class PrivacyPublicationSecondHalfIT extends PrivacyPublicationIT {

    PrivacyPublicationSecondHalfIT() {
        super(false);
    }
}
