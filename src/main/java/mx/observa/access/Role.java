package mx.observa.access;

import java.util.Locale;

/**
 * Who may do what in the analysts' web app. Observers have no account: they only submit, on public pages.
 * What each role may open is stated in routes/web.yaml, at the first step of every protected route.
 */
public enum Role {
    /** UTVOE analysts: search, read reports, export, download originals. */
    ANALISTA("Analista"),
    /** CVOE members: search, read reports, redacted exports, the commission's report; not the original files. */
    COMISION("Comisión"),
    /** Everything, including the audit log. */
    ADMIN("Administración");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /**
     * Whether the role may download original files. The route enforces it (routes/web.yaml, {@code /original});
     * pages use this only to decide whether to show the link. The role matrix test checks both agree.
     */
    public boolean downloadsOriginals() {
        return this != COMISION;
    }

    /**
     * Whether the role reads reports as they arrived, personal data included. The commission reads redacted text
     * everywhere (report pages and API, search, exports), like the published report: what it sees leaves the UTVOE.
     */
    public boolean seesPersonalData() {
        return this != COMISION;
    }

    /** Whether exports of search results carry the findings' full text: only for roles that see personal data. */
    public boolean exportsFullText() {
        return seesPersonalData();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** The role named {@code id}, e.g. "comision" or "comisión". */
    public static Role of(String id) {
        String key = mx.observa.text.Folding.foldLower(id == null ? "" : id.strip());
        for (Role r : values()) {
            if (r.id().equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Rol desconocido «" + id + "». Roles: analista, comision, admin.");
    }
}
