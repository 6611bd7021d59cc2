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
import mx.observa.text.Templates;

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
    private final SavedSearchPages saved;

    public DashboardPage(FindingSearch search, Access access, WebLabels labels, SavedSearchPages saved) {
        this.search = search;
        this.access = access;
        this.labels = labels;
        this.saved = saved;
    }

    /** The page: the three headline numbers, and the charts (none when the index is empty). */
    record View(PageFrame frame, String reports, String findings, int alcaldias, boolean empty,
                List<SvgCharts.Chart> charts, SavedSearchPages.Alerts saved) {
    }

    public String render(Exchange exchange) {
        Session session = Access.session(exchange);
        Dashboard d = search.dashboard();
        access.audit(exchange, AuditLog.Action.VER_TABLERO, null, null, d.reports());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        List<SvgCharts.Chart> charts = d.reports() == 0 ? List.of() : charts(d);
        PageFrame frame = PageFrame.analyst("Tablero", session, PageFrame.Section.TABLERO);
        return Templates.render("web/dashboard.jte", new View(frame, Format.number(d.reports()),
                Format.number(d.findings()), d.reportsByAlcaldia().size(), d.reports() == 0, charts, saved.alerts(session)));
    }

    private List<SvgCharts.Chart> charts(Dashboard d) {
        List<SvgCharts.Chart> charts = new ArrayList<>();
        Period period = Period.of(d.reportsByDay());
        String unit = period.label;
        charts.add(SvgCharts.columns("tiempo-informes", "Informes recibidos por " + unit,
                time(d.reportsByDay(), period)));
        charts.add(SvgCharts.columns("tiempo-hallazgos", "Hallazgos recibidos por " + unit,
                time(d.findingsByDay(), period)));
        List<SvgCharts.Bar> alcaldias = new ArrayList<>();
        long identified = 0;
        for (FacetCount c : d.reportsByAlcaldia()) {
            alcaldias.add(new SvgCharts.Bar(c.value(), c.count(), "/?alcaldia=" + enc(c.value())));
            identified += c.count();
        }
        if (d.reports() > identified) {
            alcaldias.add(new SvgCharts.Bar("No identificada", d.reports() - identified, null));
        }
        charts.add(SvgCharts.horizontal("alcaldias", "Informes por alcaldía", alcaldias));
        List<SvgCharts.Bar> topics = d.findingsByTopic().stream()
                .map(c -> new SvgCharts.Bar(labels.topic(c.value()), c.count(), "/?tema=" + enc(c.value()))).toList();
        if (!topics.isEmpty()) {
            charts.add(SvgCharts.horizontal("temas", "Hallazgos por tema", topics));
        }
        List<SvgCharts.Bar> kinds = d.findingsByKind().stream()
                .map(c -> new SvgCharts.Bar(WebLabels.kind(c.value()), c.count(), "/?tipo=" + enc(c.value()))).toList();
        if (!kinds.isEmpty()) {
            charts.add(SvgCharts.horizontal("tipos", "Hallazgos por tipo (incidencias, sin novedad, buenas prácticas…)",
                    kinds));
        }
        return charts;
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
