package mx.observa.review;

/** A review form with a value Observa cannot accept; the message, in Spanish, says which and why. */
public final class InvalidReview extends IllegalArgumentException {

    public InvalidReview(String message) {
        super(message);
    }
}
