package mx.observa.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.archive.Archive;
import mx.observa.archive.SourceNames;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedReport;
import mx.observa.index.Searchers;

/**
 * {@code GET /informes/{folio}/original}: the file as the observer sent it, from the archive by its SHA-256 (never a
 * path from the request), always as a download: the browser must not render an HTML or SVG report as a page of
 * this site, so it is also sandboxed.
 */
public final class OriginalFile {

    private final Searchers index;
    private final Archive archive;
    private final Access access;

    public OriginalFile(Searchers index, Archive archive, Access access) {
        this.index = index;
        this.archive = archive;
        this.access = access;
    }

    public Object download(Exchange exchange) throws IOException {
        String folio = RequestFacts.pathId(exchange, 1);
        IndexedReport r = folio == null ? null : FindingReader.report(index, folio);
        Path file = r == null || r.sha256() == null ? null : archive.pathOf(r.sha256());
        if (file == null || !Files.isRegularFile(file)) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
            return "No hay archivo original para ese folio.";
        }
        access.audit(exchange, AuditLog.Action.DESCARGAR_ORIGINAL, null, r.folio(), 1L);
        String name = SourceNames.safeFileName(r.source());
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        exchange.getMessage().setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/octet-stream");
        exchange.getMessage().setHeader("Content-Security-Policy", "sandbox");
        return Files.readAllBytes(file);
    }
}
