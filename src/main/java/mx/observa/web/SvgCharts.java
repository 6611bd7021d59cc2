package mx.observa.web;

import java.util.List;

import mx.observa.text.Html;

/**
 * Bar charts as inline SVG drawn on the server: no script, no library, readable without JavaScript, printable.
 * Every chart has a text alternative, and each bar links to the search it counts. Colors come from the stylesheet.
 */
final class SvgCharts {

    /** One bar: what it counts, how many, and where clicking it leads (or null). */
    record Bar(String label, long value, String href) {
    }

    private SvgCharts() {
    }

    /** Horizontal bars with their labels at the left: for categories (alcaldías, topics). */
    static String horizontal(String title, List<Bar> bars) {
        int rowHeight = 26;
        int labelWidth = 230;
        int barArea = 330;
        int width = labelWidth + barArea + 60;
        int height = Math.max(1, bars.size()) * rowHeight + 8;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder s = open(title, width, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * rowHeight;
            int w = (int) Math.max(2, Math.round((double) b.value() / max * barArea));
            openLink(s, b);
            s.append("<title>").append(Html.escape(b.label() + ": " + Format.number(b.value()))).append("</title>")
                    .append("<text class=\"etiqueta\" x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\">").append(Html.escape(shorten(b.label(), 30))).append("</text>")
                    .append("<rect class=\"barra\" x=\"").append(labelWidth).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(w).append("\" height=\"").append(rowHeight - 8).append("\" rx=\"3\"/>")
                    .append("<text class=\"valor\" x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 17).append("\">")
                    .append(Format.number(b.value())).append("</text>");
            closeLink(s, b);
        }
        return s.append("</svg>").toString();
    }

    /** Vertical columns in time order, labels every few columns: for counts over time. */
    static String columns(String title, List<Bar> bars) {
        int height = 220;
        int plotTop = 10;
        int plotBottom = height - 46;
        int left = 44;
        int columnWidth = Math.max(6, Math.min(40, 640 / Math.max(1, bars.size())));
        int width = left + bars.size() * columnWidth + 16;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder s = open(title, Math.max(width, 320), height);
        s.append("<line class=\"eje\" x1=\"").append(left).append("\" y1=\"").append(plotBottom).append("\" x2=\"")
                .append(width - 8).append("\" y2=\"").append(plotBottom).append("\"/>")
                .append("<text class=\"valor\" x=\"").append(left - 6).append("\" y=\"").append(plotTop + 10)
                .append("\" text-anchor=\"end\">").append(Format.number(max)).append("</text>")
                .append("<text class=\"valor\" x=\"").append(left - 6).append("\" y=\"").append(plotBottom)
                .append("\" text-anchor=\"end\">0</text>");
        int every = Math.max(1, (int) Math.ceil(bars.size() / 8.0));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int x = left + i * columnWidth + 2;
            int h = (int) Math.max(1, Math.round((double) b.value() / max * (plotBottom - plotTop)));
            openLink(s, b);
            s.append("<title>").append(Html.escape(b.label() + ": " + Format.number(b.value()))).append("</title>")
                    .append("<rect class=\"barra\" x=\"").append(x).append("\" y=\"").append(plotBottom - h)
                    .append("\" width=\"").append(columnWidth - 4).append("\" height=\"").append(h).append("\" rx=\"2\"/>");
            closeLink(s, b);
            if (i % every == 0) {
                s.append("<text class=\"etiqueta\" x=\"").append(x + (columnWidth - 4) / 2).append("\" y=\"")
                        .append(plotBottom + 16).append("\" text-anchor=\"middle\">").append(Html.escape(b.label()))
                        .append("</text>");
            }
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder("<svg class=\"grafica\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\" preserveAspectRatio=\"xMinYMin meet\">");
    }

    private static void openLink(StringBuilder s, Bar b) {
        s.append(b.href() == null ? "<g>" : "<a href=\"" + Html.escape(b.href()) + "\">");
    }

    private static void closeLink(StringBuilder s, Bar b) {
        s.append(b.href() == null ? "</g>" : "</a>");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
