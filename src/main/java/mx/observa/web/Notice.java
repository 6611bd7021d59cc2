package mx.observa.web;

/** A page that only says one thing (src/main/jte/web/notice.jte): a refusal, something not found. */
record Notice(PageFrame frame, String message) {
}
