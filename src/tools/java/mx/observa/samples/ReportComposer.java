package mx.observa.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static mx.observa.samples.Block.Kind.BULLET;
import static mx.observa.samples.Block.Kind.HEADING;
import static mx.observa.samples.Block.Kind.LETTERHEAD;
import static mx.observa.samples.Block.Kind.LETTERHEAD_LINE;
import static mx.observa.samples.Block.Kind.LINE;
import static mx.observa.samples.Block.Kind.PARAGRAPH;
import static mx.observa.samples.Block.Kind.PLACE_DATE;
import static mx.observa.samples.Block.Kind.QUESTION;
import static mx.observa.samples.Block.Kind.TITLE;

/** Lays out a {@link SampleReport} as a {@link ReportDocument} according to its {@link ReportStyle}. */
public final class ReportComposer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    public ReportDocument compose(SampleReport report) {
        Map<String, String> values = placeholders(report);
        List<Block> blocks = switch (report.style()) {
            case LETTER -> letter(report);
            case QUESTIONNAIRE -> questionnaire(report);
            case BULLETS -> bullets(report);
            case FREE_TEXT -> freeText(report);
            case FORM -> form(report);
        };
        Spelling spelling = report.spelling();
        List<Block> resolved = blocks.stream()
                .map(b -> b.map(s -> spelling.apply(resolve(s, values, report.id()))))
                .toList();
        String title = spelling.apply(resolve(titleOf(report), values, report.id()));
        return new ReportDocument(title, report.observer().fullName(), report.submittedAt(), resolved,
                List.of(report.renderedDistinctivePhrase()));
    }

    /** The subject/title of a report (mail subject, document properties). */
    static String titleOf(SampleReport report) {
        if (report.title() != null) {
            return report.title();
        }
        return "Informe de observación – " + (report.utClave() != null ? "UT " + report.utClave() + " – " : "")
                + report.alcaldiaWritten();
    }

    private List<Block> letter(SampleReport r) {
        List<Block> out = new ArrayList<>();
        if (r.organization() != null) {
            out.add(Block.of(LETTERHEAD, r.organization()));
            if (r.letterheadLine() != null) {
                out.add(Block.of(LETTERHEAD_LINE, r.letterheadLine()));
            }
        }
        out.add(Block.of(PLACE_DATE, "Ciudad de México, a " + SpanishDates.longDate(r.writtenOn()) + "."));
        out.add(Block.of(LINE, "Comisión de Vinculación con Organismos Externos"));
        out.add(Block.of(LINE, "Instituto Electoral de la Ciudad de México"));
        out.add(Block.of(LINE, "P r e s e n t e"));
        out.add(Block.of(TITLE, r.title() != null ? r.title()
                : "Asunto: Informe de observación de la Consulta de Presupuesto Participativo 2022"));
        if (r.greeting() != null) {
            out.add(Block.of(PARAGRAPH, r.greeting()));
        }
        out.add(Block.of(PARAGRAPH, r.opening() != null ? r.opening() : defaultLetterOpening(r)));
        for (SampleFinding f : r.findings()) {
            if (f.label() != null) {
                out.add(Block.of(HEADING, f.label()));
            }
            out.add(Block.of(PARAGRAPH, f.text()));
        }
        out.add(Block.of(PARAGRAPH, r.closing() != null ? r.closing()
                : "Sin otro particular, quedo a sus órdenes para cualquier aclaración."));
        out.add(Block.of(LINE, "Atentamente,"));
        out.add(Block.of(LINE, "{nombre}"));
        out.add(Block.of(LINE, "Persona observadora" + (r.observer().accreditation() != null
                ? ", acreditación {acreditacion}" : "")));
        if (r.organization() != null) {
            out.add(Block.of(LINE, "{org}"));
        }
        out.add(Block.of(LINE, "Tel. {tel} · {correo}"));
        if (r.observer().curp() != null) {
            out.add(Block.of(LINE, "CURP: {curp}"));
        }
        if (r.observer().address() != null) {
            out.add(Block.of(LINE, "Domicilio: {domicilio}"));
        }
        return out;
    }

    private static String defaultLetterOpening(SampleReport r) {
        StringBuilder sb = new StringBuilder("Por medio del presente, en mi calidad de persona observadora");
        if (r.observer().accreditation() != null) {
            sb.append(" con acreditación {acreditacion}");
        }
        sb.append(", me permito informar lo observado el {fecha}");
        if (r.mro() != null) {
            sb.append(" en la {mro}");
        } else {
            sb.append(" durante la votación por internet (SEI)");
        }
        if (r.utClave() != null) {
            sb.append(r.mro() != null ? " de la unidad territorial {ut}" : " en la unidad territorial {ut}");
        }
        if (r.distritoWritten() != null) {
            sb.append(", {distrito}");
        }
        sb.append(", alcaldía {alcaldia}");
        if (r.hours() != null) {
            sb.append(", en un horario de {horario}");
        }
        return sb.append('.').toString();
    }

    private List<Block> questionnaire(SampleReport r) {
        List<Block> out = new ArrayList<>();
        if (r.organization() != null) {
            out.add(Block.of(LETTERHEAD, r.organization()));
        }
        out.add(Block.of(TITLE, r.title() != null ? r.title() : "Cuestionario de observación"));
        out.add(Block.of(TITLE, "Consulta de Presupuesto Participativo 2022"));
        out.add(Block.of(HEADING, "I. Datos generales"));
        int n = 0;
        for (Map.Entry<String, String> e : generalData(r).entrySet()) {
            out.add(Block.field(++n + ". " + e.getKey() + ":", e.getValue()));
        }
        out.add(Block.of(HEADING, "II. Desarrollo de la jornada"));
        for (SampleFinding f : r.findings()) {
            out.add(Block.of(QUESTION, ++n + ". " + (f.label() != null ? f.label() : "Otras observaciones:")));
            out.add(Block.of(PARAGRAPH, f.text()));
        }
        if (r.closing() != null) {
            out.add(Block.of(PARAGRAPH, r.closing()));
        }
        out.add(Block.of(LINE, "Nombre y firma de la persona observadora: {nombre}"));
        return out;
    }

    private static Map<String, String> generalData(SampleReport r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Nombre de la persona observadora", "{nombre}");
        if (r.observer().accreditation() != null) {
            m.put("Número de acreditación", "{acreditacion}");
        }
        m.put("Organización", r.organization() != null ? "{org}" : "Ninguna (participación individual)");
        if (r.observer().curp() != null) {
            m.put("CURP", "{curp}");
        }
        if (r.observer().address() != null) {
            m.put("Domicilio", "{domicilio}");
        }
        m.put("Teléfono", "{tel}");
        m.put("Correo electrónico", "{correo}");
        m.put("Alcaldía", "{alcaldia}");
        if (r.distritoWritten() != null) {
            m.put("Distrito local", "{distrito}");
        }
        if (r.utClave() != null) {
            m.put("Unidad territorial", "{ut}");
        }
        m.put("Mesa receptora de opinión", r.mro() != null ? "{mro}" : "No aplica (votación por internet)");
        m.put("Fecha de la observación", "{fecha}");
        if (r.hours() != null) {
            m.put("Horario de observación", "{horario}");
        }
        return m;
    }

    private List<Block> bullets(SampleReport r) {
        List<Block> out = new ArrayList<>();
        if (r.title() != null) {
            out.add(Block.of(TITLE, r.title()));
        }
        if (r.greeting() != null) {
            out.add(Block.of(PARAGRAPH, r.greeting()));
        }
        if (r.opening() != null) {
            for (String line : r.opening().split("\n")) {
                out.add(Block.of(LINE, line));
            }
        } else {
            out.add(Block.of(LINE, "Observador(a): {nombre} - Tel. {tel}"));
            out.add(Block.of(LINE, "{alcaldia}" + (r.distritoWritten() != null ? ", {distrito}" : "")
                    + (r.utClave() != null ? ", UT {ut}" : "") + (r.mro() != null ? ", {mro}" : "")));
            out.add(Block.of(LINE, "{fecha}" + (r.hours() != null ? ", {horario}" : "")));
        }
        for (SampleFinding f : r.findings()) {
            out.add(Block.of(BULLET, f.label() != null ? f.label() + " " + f.text() : f.text()));
        }
        if (r.closing() != null) {
            for (String line : r.closing().split("\n")) {
                out.add(Block.of(LINE, line));
            }
        }
        return out;
    }

    private List<Block> freeText(SampleReport r) {
        List<Block> out = new ArrayList<>();
        if (r.title() != null) {
            out.add(Block.of(TITLE, r.title()));
        }
        if (r.greeting() != null) {
            out.add(Block.of(PARAGRAPH, r.greeting()));
        }
        out.add(Block.of(PARAGRAPH, r.opening() != null ? r.opening() : defaultFreeTextOpening(r)));
        for (SampleFinding f : r.findings()) {
            out.add(Block.of(PARAGRAPH, f.label() != null ? f.label() + " " + f.text() : f.text()));
        }
        String closing = r.closing() != null ? r.closing() : "Saludos.\n{nombre}\n{tel}";
        for (String line : closing.split("\n")) {
            out.add(Block.of(LINE, line));
        }
        return out;
    }

    private static String defaultFreeTextOpening(SampleReport r) {
        StringBuilder sb = new StringBuilder("Soy {nombre} y ");
        sb.append(r.mro() != null ? "estuve como persona observadora en la {mro}"
                : "observé la votación por internet (SEI)");
        if (r.utClave() != null) {
            sb.append(" de la UT {ut}");
        }
        sb.append(" (").append(r.distritoWritten() != null ? "{distrito}, " : "").append("{alcaldia})");
        if (r.date() != null) {
            sb.append(" el {fecha}");
        }
        return sb.append('.').toString();
    }

    private List<Block> form(SampleReport r) {
        List<Block> out = new ArrayList<>();
        out.add(Block.of(TITLE, r.title() != null ? r.title() : "FORMATO DE INFORME DE OBSERVACIÓN"));
        out.add(Block.of(TITLE, "Consulta de Presupuesto Participativo 2022"));
        out.add(Block.field("Nombre:", "{nombre}"));
        out.add(Block.field("Teléfono:", "{tel}"));
        out.add(Block.field("Alcaldía:", "{alcaldia}"));
        if (r.distritoWritten() != null) {
            out.add(Block.field("Distrito local:", "{distrito}"));
        }
        if (r.utClave() != null) {
            out.add(Block.field("Unidad territorial:", "{ut}"));
        }
        if (r.mro() != null) {
            out.add(Block.field("Mesa (MRO):", "{mro}"));
        }
        out.add(Block.field("Fecha:", "{fecha}"));
        if (r.installedAt() != null) {
            out.add(Block.field("Hora de instalación:", "{instalacion}"));
        }
        out.add(Block.of(HEADING, "Incidencias observadas:"));
        List<SampleFinding> recommendations = new ArrayList<>();
        for (SampleFinding f : r.findings()) {
            if (f.topics().equals(List.of(Topic.RECOMENDACION))) {
                recommendations.add(f);
            } else {
                out.add(Block.of(BULLET, f.text()));
            }
        }
        if (!recommendations.isEmpty()) {
            out.add(Block.of(HEADING, "Recomendaciones:"));
            recommendations.forEach(f -> out.add(Block.of(BULLET, f.text())));
        }
        out.add(Block.of(LINE, "Firma: ____________________"));
        return out;
    }

    static Map<String, String> placeholders(SampleReport r) {
        Map<String, String> m = new LinkedHashMap<>();
        Observer o = r.observer();
        m.put("nombre", o.fullName());
        m.put("org", r.organization());
        m.put("tel", o.phone());
        m.put("correo", o.email());
        m.put("curp", o.curp());
        m.put("domicilio", o.address());
        m.put("acreditacion", o.accreditation());
        m.put("alcaldia", r.alcaldiaWritten());
        m.put("distrito", r.distritoWritten());
        m.put("ut", r.utClave() == null ? null : r.utName() == null ? r.utClave() : r.utClave() + " " + r.utName());
        m.put("ut_clave", r.utClave());
        m.put("ut_nombre", r.utName());
        m.put("mro", r.mro());
        m.put("fecha", r.date() == null ? null : SpanishDates.longDate(r.date()));
        m.put("horario", r.hours());
        m.put("instalacion", r.installedAt());
        return m;
    }

    static String resolve(String text, Map<String, String> values, String reportId) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException(reportId + ": unknown placeholder {" + key + "}");
            }
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException(reportId + ": placeholder {" + key + "} has no value");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
