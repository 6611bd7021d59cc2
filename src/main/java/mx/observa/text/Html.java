package mx.observa.text;

/**
 * Minimal HTML escaping for text taken from reports, which must never run as markup, where no template writes it: the
 * archived document of a typed report ({@code intake/DeclaredDocument}, whose bytes must not change, since they are
 * its identity) and the plain snippet the search shows when the highlighter marks nothing. Pages and the consolidated
 * report are templates and escape by themselves ({@link Templates}).
 */
public final class Html {

    private Html() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
