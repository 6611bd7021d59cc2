package mx.observa.access;

/** A protected page or API was asked for without a valid session: 401 for the API, the sign-in page otherwise. */
public final class NotSignedIn extends RuntimeException {

    public NotSignedIn() {
        super("Inicie sesión para continuar.", null, false, false);
    }
}
