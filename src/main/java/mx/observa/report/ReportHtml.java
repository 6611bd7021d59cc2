package mx.observa.report;

import java.util.Map;

import mx.observa.text.Html;

/** The consolidated report as one self-contained Spanish HTML page (no scripts, no network). */
final class ReportHtml {

    private ReportHtml() {
    }

    static String render(ReportFigures f) {
        StringBuilder h = new StringBuilder();
        h.append("""
                <!DOCTYPE html>
                <html lang="es-MX">
                <head>
                <meta charset="utf-8">
                <title>Informe consolidado de observación — Consulta de Presupuesto Participativo 2022</title>
                <style>
                body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1d;line-height:1.5}
                h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #6b2c70;color:#6b2c70}
                table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left}
                td.n{text-align:right}th{background:#f1e9f2}
                </style>
                </head>
                <body>
                <h1>Informe consolidado de observación</h1>
                <p>Consulta de Presupuesto Participativo 2022 · Comisión de Vinculación con Organismos Externos</p>
                """);
        h.append("<p>Fecha de corte: ").append(f.cutoff() == null ? "todos los informes recibidos" : f.cutoff()).append("</p>\n");
        h.append("<h2>Resumen</h2>\n<table>\n");
        row(h, "Informes analizados", f.reports());
        row(h, "Hallazgos", f.findings());
        row(h, "Duplicados (contados una sola vez)", f.duplicates());
        row(h, "Envíos en cuarentena", f.quarantined());
        h.append("</table>\n");
        table(h, "Informes por alcaldía", "Alcaldía", "Informes", f.reportsByAlcaldia());
        table(h, "Informes por canal de recepción", "Canal", "Informes", f.reportsByChannel());
        table(h, "Hallazgos por tema", "Tema", "Hallazgos", f.findingsByTopic());
        h.append("<h2>Informes considerados</h2>\n<table>\n<tr><th>Folio</th><th>Alcaldía</th><th>Distrito</th><th>Temas</th></tr>\n");
        for (ReportFigures.ReportLine l : f.reportList()) {
            h.append("<tr><td>").append(Html.escape(l.folio())).append("</td><td>")
                    .append(Html.escape(l.alcaldia() == null ? "No identificada" : l.alcaldia())).append("</td><td>")
                    .append(l.distrito() == null ? "—" : l.distrito()).append("</td><td>")
                    .append(Html.escape(String.join(", ", l.topics()))).append("</td></tr>\n");
        }
        h.append("</table>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, String label, long n) {
        h.append("<tr><th>").append(label).append("</th><td class=\"n\">").append(n).append("</td></tr>\n");
    }

    private static void table(StringBuilder h, String title, String keyHead, String countHead, Map<String, Long> counts) {
        h.append("<h2>").append(title).append("</h2>\n<table>\n<tr><th>").append(keyHead).append("</th><th>")
                .append(countHead).append("</th></tr>\n");
        counts.forEach((k, v) -> h.append("<tr><td>").append(Html.escape(k)).append("</td><td class=\"n\">")
                .append(v).append("</td></tr>\n"));
        h.append("</table>\n");
    }
}
