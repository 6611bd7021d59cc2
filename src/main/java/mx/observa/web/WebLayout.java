package mx.observa.web;

import mx.observa.text.Html;

/** The frame every page shares: Spanish, accessible, no external resources. */
final class WebLayout {

    private WebLayout() {
    }

    static String head(String title) {
        return """
                <!DOCTYPE html>
                <html lang="es-MX">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Observa</title>
                <style>
                body{font-family:system-ui,"DejaVu Sans",sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1d1d1d}
                header{border-bottom:3px solid #6b2c70;margin-bottom:1rem}header a{color:#6b2c70;text-decoration:none;font-weight:bold}
                label{display:block;font-weight:600;margin-bottom:.3rem}
                input[type=search]{width:70%%;padding:.5rem;font-size:1rem}button{padding:.5rem 1rem;font-size:1rem}
                .hits li{margin:1rem 0}.meta{color:#555;font-size:.9rem}mark{background:#ffe08a}
                .temas span{background:#f1e9f2;border-radius:.3rem;padding:.1rem .4rem;font-size:.85rem}
                .campo{margin:1rem 0}.campo input,.campo select,.campo textarea{font-size:1rem;padding:.4rem;max-width:100%%}.campo textarea{width:100%%}
                .ayuda{color:#555;font-size:.9rem;margin:.2rem 0}.error{color:#a00000;font-weight:600;margin:.2rem 0}
                .aviso{border:2px solid #a00000;padding:.5rem 1rem;margin:1rem 0}.folio{font-size:1.5rem;font-weight:bold}
                </style>
                </head>
                <body>
                <header><a href="/">Observa</a> · Informes de observación, Consulta de Presupuesto Participativo 2022</header>
                <main>
                <h1>%s</h1>
                """.formatted(Html.escape(title), Html.escape(title));
    }

    static String foot() {
        return "</main>\n</body>\n</html>\n";
    }
}
