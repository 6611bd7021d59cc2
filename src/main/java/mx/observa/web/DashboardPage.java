package mx.observa.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.index.Dashboard;
import mx.observa.index.FindingSearch;
import mx.observa.index.SearchResult.FacetCount;
import mx.observa.text.Html;

/**
 * {@code GET /tablero}: how many reports and findings, arriving when, from which alcaldías, about which topics.
 * Charts are inline SVG with the numbers also in a table; every bar opens the matching search.
 */
public final class DashboardPage {

    /** Past this many days on the time axis, days are grouped into weeks (starting on Monday). */
    private static final int MAX_DAYS = 45;

    private final FindingSearch search;
    private final Access access;

    public DashboardPage(FindingSearch search, Access access) {
        this.search = search;
        this.access = access;
    }

    public String render(Exchange exchange) {
        Session session = Access.session(exchange);
        Dashboard d = search.dashboard();
        access.audit(exchange, AuditLog.Action.VER_TABLERO, null, null, d.reports());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        StringBuilder h = new StringBuilder(WebLayout.head("Tablero", session, WebLayout.Section.TABLERO));
        h.append("<h1>Tablero</h1>\n<ul class=\"cifras\">")
                .append("<li><span class=\"cifra\">").append(Format.number(d.reports())).append("</span> informes</li>")
                .append("<li><span class=\"cifra\">").append(Format.number(d.findings())).append("</span> hallazgos</li>")
                .append("<li><span class=\"cifra\">").append(d.reportsByAlcaldia().size()).append("</span> de 16 alcaldías</li>")
                .append("</ul>\n<p class=\"nota\">No se cuentan los informes casi idénticos a otro ya recibido.</p>\n");
        if (d.reports() == 0) {
            h.append("<p>Todavía no hay informes en el índice.</p>\n");
            return h.append(WebLayout.foot()).toString();
        }
        String unit = overMaxDays(d.reportsByDay()) ? "semana" : "día";
        chart(h, "tiempo-informes", "Informes recibidos por " + unit, false, time(d.reportsByDay()));
        chart(h, "tiempo-hallazgos", "Hallazgos recibidos por " + unit, false, time(d.findingsByDay()));
        List<SvgCharts.Bar> alcaldias = new ArrayList<>();
        long identified = 0;
        for (FacetCount c : d.reportsByAlcaldia()) {
            alcaldias.add(new SvgCharts.Bar(c.value(), c.count(), "/?alcaldia=" + enc(c.value())));
            identified += c.count();
        }
        if (d.reports() > identified) {
            alcaldias.add(new SvgCharts.Bar("No identificada", d.reports() - identified, null));
        }
        chart(h, "alcaldias", "Informes por alcaldía", true, alcaldias);
        List<SvgCharts.Bar> topics = d.findingsByTopic().stream()
                .map(c -> new SvgCharts.Bar(TopicLabels.topic(c.value()), c.count(), "/?tema=" + enc(c.value()))).toList();
        if (!topics.isEmpty()) {
            chart(h, "temas", "Hallazgos por tema", true, topics);
        }
        return h.append(WebLayout.foot()).toString();
    }

    private static void chart(StringBuilder h, String id, String title, boolean horizontal, List<SvgCharts.Bar> bars) {
        h.append("<section class=\"grafica-bloque\" aria-labelledby=\"").append(id).append("\"><h2 id=\"").append(id)
                .append("\">").append(Html.escape(title)).append("</h2>\n")
                .append(horizontal ? SvgCharts.horizontal(title, bars) : SvgCharts.columns(title, bars))
                .append("\n<details><summary>Ver los datos en una tabla</summary><table><thead><tr><th scope=\"col\">")
                .append(horizontal ? "Categoría" : "Periodo").append("</th><th scope=\"col\">Cantidad</th></tr></thead><tbody>");
        for (SvgCharts.Bar b : bars) {
            h.append("<tr><td>").append(Html.escape(b.label())).append("</td><td>").append(Format.number(b.value()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></details></section>\n");
    }

    private static boolean overMaxDays(List<FacetCount> byDay) {
        if (byDay.isEmpty()) {
            return false;
        }
        LocalDate first = LocalDate.parse(byDay.get(0).value());
        LocalDate last = LocalDate.parse(byDay.get(byDay.size() - 1).value());
        return first.plusDays(MAX_DAYS).isBefore(last);
    }

    /** Every day (or week) between the first and last arrival, empty ones included, so gaps show as gaps. */
    private static List<SvgCharts.Bar> time(List<FacetCount> byDay) {
        if (byDay.isEmpty()) {
            return List.of();
        }
        boolean weeks = overMaxDays(byDay);
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (FacetCount c : byDay) {
            LocalDate day = LocalDate.parse(c.value());
            counts.merge(weeks ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day, c.count(), Long::sum);
        }
        LocalDate first = counts.keySet().iterator().next();
        LocalDate last = ((TreeMap<LocalDate, Long>) counts).lastKey();
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (LocalDate t = first; !t.isAfter(last); t = t.plusDays(weeks ? 7 : 1)) {
            bars.add(new SvgCharts.Bar(Format.shortDay(t).replaceAll(" \\d{4}$", ""), counts.getOrDefault(t, 0L), null));
        }
        return bars;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
