package mx.observa.access;

import java.time.Instant;

/** A signed-in user: who, with what role, since when. The token is the cookie value and never leaves the server otherwise. */
public record Session(String token, String username, String displayName, Role role, Instant createdAt) {

    public boolean hasAnyRole(java.util.Collection<Role> roles) {
        return roles.contains(role);
    }
}
