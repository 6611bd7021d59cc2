package mx.observa.access;

import java.time.Instant;

/**
 * A signed-in user: who, with what role, since when. The token is the cookie value and never leaves the server
 * otherwise; the form token is written into the session's own forms and must come back with each of their posts
 * (another site can make the browser send the cookie, never read the page).
 */
public record Session(String token, String formToken, String username, String displayName, Role role, Instant createdAt) {

    public boolean hasAnyRole(java.util.Collection<Role> roles) {
        return roles.contains(role);
    }
}
