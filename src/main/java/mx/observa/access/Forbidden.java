package mx.observa.access;

/** The signed-in user's role may not do this: 403. */
public final class Forbidden extends RuntimeException {

    public Forbidden(Role role) {
        super("Su rol (" + role.label() + ") no tiene permiso para esta acción.", null, false, false);
    }
}
