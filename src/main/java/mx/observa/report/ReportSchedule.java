package mx.observa.report;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.config.ObservaConfig;

/**
 * Decides, each time the schedule route asks, whether an edition of the consolidated report is due and writes it:
 * for every session of the CVOE calendar that takes the report, the edition is written on the first check after its
 * cut-off day ends (Mexico City) and no later than the session day, into {@code data/reports/<session date>/}.
 * An edition already written is never rewritten, so the check can run as often as wanted and after restarts.
 */
public final class ReportSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReportSchedule.class);

    private final Supplier<ReportWriter> writer;
    private final Supplier<CvoeCalendar> calendar;
    private final Editions editions;
    private final Supplier<ReportSources> sources;
    private final Clock clock;

    /**
     * @param writer built when first needed: a configuration problem (fonts, taxonomy labels) then shows in the
     *               schedule's log at the check, and never stops the service from starting
     */
    public ReportSchedule(Supplier<ReportWriter> writer, Supplier<CvoeCalendar> calendar, Editions editions,
                          Supplier<ReportSources> sources, Clock clock) {
        this.writer = writer;
        this.calendar = calendar;
        this.editions = editions;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * The schedule of a running Observa, whose editions redact with the service's {@code publishing} (the redactor of
     * its web pages); the calendar file is re-read at every check, so edits apply at once.
     */
    public static ReportSchedule of(ObservaConfig config, Publishing publishing, Supplier<ReportSources> sources,
                                    Clock clock) {
        return new ReportSchedule(() -> ReportWriter.configured(config, publishing), () -> calendarOrEmpty(config),
                ReportWriter.editions(config), sources, clock);
    }

    /**
     * Writes the editions due today that are not written yet.
     *
     * @return a Spanish line per edition written, or null when none was due (nothing to log)
     */
    public synchronized String writeDueEditions() {
        LocalDate today = LocalDate.now(clock.withZone(Corpus.ZONE));
        List<String> written = new ArrayList<>();
        for (CvoeCalendar.Session session : calendar.get().dueOn(today)) {
            if (editions.exists(session.date())) {
                continue;
            }
            var previous = editions.previousOf(session.cutoff()).orElse(null);
            writer.get().write(sources.get(), session.cutoff(), session, previous, editions.folderOf(session.date()));
            written.add("Informe consolidado para la " + session.name() + " (" + session.date() + ", corte "
                    + session.cutoff() + ") escrito en " + editions.folderOf(session.date()));
        }
        return written.isEmpty() ? null : String.join("\n", written);
    }

    public Editions editions() {
        return editions;
    }

    private static CvoeCalendar calendarOrEmpty(ObservaConfig config) {
        if (!Files.isRegularFile(config.configDir().resolve(CvoeCalendar.FILE))) {
            LOG.warn("No existe config/{}: no se programarán ediciones del informe consolidado", CvoeCalendar.FILE);
            return new CvoeCalendar(List.of());
        }
        return ReportWriter.calendar(config);
    }
}
