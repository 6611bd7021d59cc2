package mx.observa.text;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;

/**
 * Renders the templates of {@code src/main/jte/}: every web page and the consolidated report's XHTML. They are jte
 * templates compiled with the code (see pom.xml), so a template that names a field its view does not have fails the
 * build, and everything written with {@code ${…}} is escaped for where it lands (element text or attribute value).
 * Markup from Java gets in only through {@code $unsafe{…}}, which a reviewer can find with grep.
 */
public final class Templates {

    /** Where the jte plugin puts the classes: a template under web/ is in mx.observa.web, and so on. */
    private static final String PACKAGE = "mx.observa";
    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE);

    private Templates() {
    }

    /**
     * @param name  the template's path under src/main/jte, e.g. {@code "web/estado.jte"}
     * @param model the template's one parameter
     */
    public static String render(String name, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(name, model, out);
        return out.toString();
    }

    /**
     * Renders a template into {@code out} as it goes: nothing of the output is held (the consolidated report's HTML
     * can be larger than the heap; its long listings are iterated lazily by the template).
     */
    public static void render(String name, Object model, java.io.Writer out) {
        ENGINE.render(name, model, new WriterOutput(out));
    }

    /**
     * Writes a template into the output of the template being rendered: how a piece of template content
     * ({@link gg.jte.Content}) built in Java is written with a template of its own, escaped like the rest.
     */
    public static void write(String name, Object model, TemplateOutput output) {
        ENGINE.render(name, model, output);
    }
}
