package mx.observa.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Counts the visible characters of each page while the text passes through to the handler it decorates. Tika's PDF
 * parser opens every page, blank or not, with {@code <div class="page">}, in page order; this works the same in the
 * child JVMs, whose SAX events are replayed here.
 */
final class PageTextCounter extends ContentHandlerDecorator {

    private final List<Integer> pages = new ArrayList<>();
    /** Open divs of the current page, 0 outside pages (bookmarks and attachments come after the last page). */
    private int openDivs;

    PageTextCounter(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("div".equals(localName)) {
            if (openDivs == 0 && "page".equals(atts.getValue("class"))) {
                pages.add(0);
                openDivs = 1;
            } else if (openDivs > 0) {
                openDivs++;
            }
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if ("div".equals(localName) && openDivs > 0) {
            openDivs--;
        }
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (openDivs > 0) {
            int visible = 0;
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    visible++;
                }
            }
            pages.set(pages.size() - 1, pages.getLast() + visible);
        }
        super.characters(ch, start, length);
    }

    /** Indexes (0-based) of the pages with fewer than {@code minChars} visible characters: scans, blank pages. */
    List<Integer> pagesWithoutText(int minChars) {
        List<Integer> without = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i) < minChars) {
                without.add(i);
            }
        }
        return without;
    }

    int pageCount() {
        return pages.size();
    }
}
