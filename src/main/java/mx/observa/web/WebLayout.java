package mx.observa.web;

import mx.observa.access.Role;
import mx.observa.access.Session;
import mx.observa.text.Html;

/**
 * The frame every page shares: Spanish, accessible (skip link, landmarks, visible focus), readable on a laptop and a
 * phone, and with no resource from outside this server (style, script and icon under {@code /static/}).
 */
final class WebLayout {

    /** The sections of the analysts' app, for the navigation bar. */
    enum Section { BUSCAR, TABLERO, INFORME, AUDITORIA, NINGUNA }

    private WebLayout() {
    }

    /** A public page (sign-in, observers' pages): no navigation. */
    static String head(String title) {
        return start(title) + "<header class=\"barra\"><span class=\"marca\">Observa</span>"
                + "<span class=\"lema\">Informes de observación · Consulta de Presupuesto Participativo 2022</span></header>\n"
                + "<main id=\"contenido\">\n<h1>" + Html.escape(title) + "</h1>\n";
    }

    /** A page of the analysts' app, with navigation and the signed-in user. The caller writes its own h1. */
    static String head(String title, Session session, Section current) {
        StringBuilder h = new StringBuilder(start(title));
        h.append("<header class=\"barra\"><a class=\"marca\" href=\"/\">Observa</a>\n<nav aria-label=\"Principal\"><ul>");
        link(h, "/", "Buscar", current == Section.BUSCAR);
        link(h, "/tablero", "Tablero", current == Section.TABLERO);
        link(h, "/informe", "Informe para la Comisión", current == Section.INFORME);
        if (session.role() == Role.ADMIN) {
            link(h, "/auditoria", "Auditoría", current == Section.AUDITORIA);
        }
        h.append("</ul></nav>\n<form class=\"salir\" method=\"post\" action=\"/salir\">")
                .append(FormTokens.sessionField(session)).append("<span class=\"usuario\">")
                .append(Html.escape(session.displayName())).append(" · ").append(Html.escape(session.role().label()))
                .append("</span> <button type=\"submit\">Salir</button></form></header>\n<main id=\"contenido\">\n");
        return h.toString();
    }

    private static String start(String title) {
        return """
                <!DOCTYPE html>
                <html lang="es-MX">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Observa</title>
                <link rel="stylesheet" href="/static/observa.css">
                <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
                <script src="/static/observa.js" defer></script>
                </head>
                <body>
                <a class="saltar" href="#contenido">Saltar al contenido</a>
                """.formatted(Html.escape(title));
    }

    private static void link(StringBuilder h, String href, String label, boolean current) {
        h.append("<li><a href=\"").append(href).append('"').append(current ? " aria-current=\"page\"" : "").append('>')
                .append(label).append("</a></li>");
    }

    static String foot() {
        return "</main>\n<footer class=\"pie\">Observa · "
                + "Consulta de Presupuesto Participativo 2022</footer>\n</body>\n</html>\n";
    }
}
