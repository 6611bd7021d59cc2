package mx.observa.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets several files share one form field ({@code <input type="file" name="archivo" multiple>}, or curl's repeated
 * {@code -F archivo=@…}). platform-http turns uploads into attachments keyed by field name, so the second file of a
 * field would replace the first; this Vert.x handler runs after the body is parsed and before Camel sees it, and
 * renames the repeats {@code archivo[2]}, {@code archivo[3]}… in the order they were sent.

 */
public final class UploadFieldNames implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext rc) {
        List<FileUpload> uploads = rc.fileUploads(); // the live list Vert.x keeps for this request
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < uploads.size(); i++) {
            FileUpload u = uploads.get(i);
            int n = seen.merge(u.name(), 1, Integer::sum);
            if (n > 1) {
                uploads.set(i, new Renamed(u, u.name() + "[" + n + "]"));
            }
        }
        rc.next();
    }

    private record Renamed(FileUpload upload, String name) implements FileUpload {
        @Override
        public String uploadedFileName() {
            return upload.uploadedFileName();
        }

        @Override
        public String fileName() {
            return upload.fileName();
        }

        @Override
        public long size() {
            return upload.size();
        }

        @Override
        public String contentType() {
            return upload.contentType();
        }

        @Override
        public String contentTransferEncoding() {
            return upload.contentTransferEncoding();
        }

        @Override
        public String charSet() {
            return upload.charSet();
        }

        @Override
        public boolean cancel() {
            return upload.cancel();
        }

        @Override
        public Future<Void> delete() {
            return upload.delete();
        }
    }
}
