package mx.observa.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.index.Dashboard;
import mx.observa.index.FindingSearch;
import mx.observa.index.SearchResult.FacetCount;
import mx.observa.text.Html;

/**
 * {@code GET /tablero}: how many reports and findings, arriving when, from which alcaldías, about which topics, of
 * which kinds (incidents, «sin novedad», good practices, recommendations, context).
 * Charts are inline SVG with the numbers also in a table; every bar opens the matching search.
 */
public final class DashboardPage {

    /** Past this many days on the time axis, days are grouped into weeks (starting on Monday)… */
    private static final int MAX_DAYS = 45;
    /** …and past this many weeks, into months. */
    private static final int MAX_WEEKS = 26;

    private final FindingSearch search;
    private final Access access;
    private final WebLabels labels;

    public DashboardPage(FindingSearch search, Access access, WebLabels labels) {
        this.search = search;
        this.access = access;
        this.labels = labels;
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
        Period period = Period.of(d.reportsByDay());
        String unit = period.label;
        chart(h, "tiempo-informes", "Informes recibidos por " + unit, false, time(d.reportsByDay(), period));
        chart(h, "tiempo-hallazgos", "Hallazgos recibidos por " + unit, false, time(d.findingsByDay(), period));
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
                .map(c -> new SvgCharts.Bar(labels.topic(c.value()), c.count(), "/?tema=" + enc(c.value()))).toList();
        if (!topics.isEmpty()) {
            chart(h, "temas", "Hallazgos por tema", true, topics);
        }
        List<SvgCharts.Bar> kinds = d.findingsByKind().stream()
                .map(c -> new SvgCharts.Bar(WebLabels.kind(c.value()), c.count(), "/?tipo=" + enc(c.value()))).toList();
        if (!kinds.isEmpty()) {
            chart(h, "tipos", "Hallazgos por tipo (incidencias, sin novedad, buenas prácticas…)", true, kinds);
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

    /** The time axis: days for a month and a half of arrivals, weeks for half a year, months beyond. */
    private enum Period {
        DAY("día"), WEEK("semana"), MONTH("mes");

        final String label;

        Period(String label) {
            this.label = label;
        }

        static Period of(List<FacetCount> byDay) {
            if (byDay.isEmpty()) {
                return DAY;
            }
            LocalDate first = LocalDate.parse(byDay.get(0).value());
            LocalDate last = LocalDate.parse(byDay.get(byDay.size() - 1).value());
            return !first.plusDays(MAX_DAYS).isBefore(last) ? DAY : !first.plusWeeks(MAX_WEEKS).isBefore(last) ? WEEK : MONTH;
        }

        LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }

        String name(LocalDate start) {
            return this == MONTH ? Format.month(start) : Format.shortDay(start).replaceAll(" \\d{4}$", "");
        }
    }

    /** Every period between the first and last arrival, empty ones included, so gaps show as gaps. */
    private static List<SvgCharts.Bar> time(List<FacetCount> byDay, Period period) {
        if (byDay.isEmpty()) {
            return List.of();
        }
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        for (FacetCount c : byDay) {
            counts.merge(period.start(LocalDate.parse(c.value())), c.count(), Long::sum);
        }
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (LocalDate t = counts.firstKey(); !t.isAfter(counts.lastKey()); t = period.next(t)) {
            bars.add(new SvgCharts.Bar(period.name(t), counts.getOrDefault(t, 0L), null));
        }
        return bars;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
