package mx.observa.web;

import java.util.ArrayList;
import java.util.List;

import mx.observa.access.Role;
import mx.observa.access.Session;

/**
 * What the frame every page shares (src/main/jte/web/layout.jte) shows around it: the title, and on the analysts'
 * pages the navigation and the signed-in user. A public page (sign-in, the observers' pages) has neither, and the
 * frame writes its title as the h1; an analysts' page writes its own h1.
 *
 * @param user null on a public page
 */
record PageFrame(String title, SignedIn user, List<NavLink> links) {

    /** The sections of the analysts' app, for the navigation bar. */
    enum Section { BUSCAR, TABLERO, INFORME, REVISION, AUDITORIA, NINGUNA }

    /** Who is signed in, and the form token of the sign-out button. */
    record SignedIn(String name, String role, String formToken) {
    }

    record NavLink(String href, String label, boolean current) {
    }

    /** A public page: no navigation. */
    static PageFrame open(String title) {
        return new PageFrame(title, null, List.of());
    }

    /** A page of the analysts' app, with navigation and the signed-in user. */
    static PageFrame analyst(String title, Session session, Section current) {
        List<NavLink> links = new ArrayList<>(List.of(
                new NavLink("/", "Buscar", current == Section.BUSCAR),
                new NavLink("/tablero", "Tablero", current == Section.TABLERO),
                new NavLink("/informe", "Informe para la Comisión", current == Section.INFORME)));
        if (ReviewParts.reviews(session.role())) {
            links.add(new NavLink("/revision", "Revisión", current == Section.REVISION));
        }
        if (session.role() == Role.ADMIN) {
            links.add(new NavLink("/auditoria", "Auditoría", current == Section.AUDITORIA));
        }
        return new PageFrame(title, new SignedIn(session.displayName(), session.role().label(), session.formToken()),
                List.copyOf(links));
    }
}
