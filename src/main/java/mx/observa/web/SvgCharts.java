package mx.observa.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Bar charts as inline SVG drawn on the server: no script, no library, readable without JavaScript, printable.
 * This class only measures (where each bar, label and number goes); src/main/jte/web/chart.jte draws, with the
 * numbers also in a table, and each bar links to the search it counts. Colors come from the stylesheet.
 */
final class SvgCharts {

    /** One bar: what it counts, how many, and where clicking it leads (or null). */
    record Bar(String label, long value, String href) {
    }

    /**
     * A chart ready to draw.
     *
     * @param axis  the baseline and scale of a column chart (null for horizontal bars)
     * @param marks one per bar, in order
     * @param bars  the numbers again, for the table under the chart
     */
    record Chart(String id, String title, boolean horizontal, int width, int height, Axis axis, List<Mark> marks,
                 List<Bar> bars) {

        /** The head of the table's first column. */
        String category() {
            return horizontal ? "Categoría" : "Periodo";
        }
    }

    /** The baseline of a column chart and its two scale numbers (largest value at the top, zero at the bottom). */
    record Axis(int x1, int x2, int y, Text top, Text zero) {
    }

    /**
     * What one bar draws: its tooltip, the bar, and its label and value beside it (horizontal bars), or its label
     * under the axis, outside the link (columns: only every few columns; null for the others).
     */
    record Mark(String href, String tooltip, Rect rect, Text label, Text value, Text axisLabel) {
    }

    record Rect(int x, int y, int width, int height, int rx) {
    }

    /** @param anchor text-anchor, or null for the SVG default (start) */
    record Text(String cssClass, int x, int y, String anchor, String text) {
    }

    private SvgCharts() {
    }

    /** Horizontal bars with their labels at the left: for categories (alcaldías, topics). */
    static Chart horizontal(String id, String title, List<Bar> bars) {
        int rowHeight = 26;
        int labelWidth = 230;
        int barArea = 330;
        int width = labelWidth + barArea + 60;
        int height = Math.max(1, bars.size()) * rowHeight + 8;
        long max = max(bars);
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * rowHeight;
            int w = (int) Math.max(2, Math.round((double) b.value() / max * barArea));
            marks.add(new Mark(b.href(), tooltip(b), new Rect(labelWidth, y + 3, w, rowHeight - 8, 3),
                    new Text("etiqueta", labelWidth - 8, y + 17, "end", shorten(b.label(), 30)),
                    new Text("valor", labelWidth + w + 6, y + 17, null, Format.number(b.value())), null));
        }
        return new Chart(id, title, true, width, height, null, marks, bars);
    }

    /** Vertical columns in time order, labels every few columns: for counts over time. */
    static Chart columns(String id, String title, List<Bar> bars) {
        int height = 220;
        int plotTop = 10;
        int plotBottom = height - 46;
        int left = 44;
        int columnWidth = Math.max(6, Math.min(40, 640 / Math.max(1, bars.size())));
        int width = left + bars.size() * columnWidth + 16;
        long max = max(bars);
        Axis axis = new Axis(left, width - 8, plotBottom,
                new Text("valor", left - 6, plotTop + 10, "end", Format.number(max)),
                new Text("valor", left - 6, plotBottom, "end", "0"));
        int every = Math.max(1, (int) Math.ceil(bars.size() / 8.0));
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int x = left + i * columnWidth + 2;
            int h = (int) Math.max(1, Math.round((double) b.value() / max * (plotBottom - plotTop)));
            Text axisLabel = i % every != 0 ? null
                    : new Text("etiqueta", x + (columnWidth - 4) / 2, plotBottom + 16, "middle", b.label());
            marks.add(new Mark(b.href(), tooltip(b), new Rect(x, plotBottom - h, columnWidth - 4, h, 2), null, null,
                    axisLabel));
        }
        return new Chart(id, title, false, Math.max(width, 320), height, axis, marks, bars);
    }

    private static long max(List<Bar> bars) {
        return Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    }

    private static String tooltip(Bar b) {
        return b.label() + ": " + Format.number(b.value());
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
