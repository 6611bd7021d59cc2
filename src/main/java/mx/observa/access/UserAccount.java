package mx.observa.access;

/**
 * One line of {@code config/usuarios.yaml}.
 *
 * @param demo true for the demonstration users shipped with Observa, whose passwords are public
 */
public record UserAccount(String username, String displayName, Role role, String passwordHash, boolean demo) {
}
