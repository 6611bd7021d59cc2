import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textedit import sub  # noqa: E402
EC='src/test/java/mx/observa/understand/EvaluationCorpus.java'
sub(EC,'Path.of("src/test/resources/evaluacion-ciega-39"));','Path.of("src/test/resources/evaluacion-ciega-39"),\n            Path.of("src/test/resources/evaluacion-ciega-40"));')
UQT='src/test/java/mx/observa/understand/UnderstandingQualityTest.java'
sub(UQT,'first thirty-nine held-out sets','first forty held-out sets')
sub(UQT,'each of the forty understanders','each of the forty-one understanders')
sub(UQT,'reads the forty models','reads the forty-one models')
sub(UQT,'''            // serious 0.964 (recall 0.768))
            new SeenFloors(30, 0.95, 0.49, 0.94, 0.96, 0.76, 1.00, 1.00, 1.00, 0.96));''','''            // serious 0.964 (recall 0.768))
            new SeenFloors(30, 0.95, 0.49, 0.94, 0.96, 0.76, 1.00, 1.00, 1.00, 0.96),
            // ciega 40, blind once (fortieth session): F1 0.905, lowest topic precision 0.000 (buena_practica: one report
            // read with it, wrongly), kind 0.917, serious 0.960 (recall 0.738), alcaldía and distrito 1.000, UT and fecha
            // 0.967
            new SeenFloors(30, 0.90, 0.00, 0.91, 0.95, 0.73, 1.00, 1.00, 0.96, 0.96));''')
PS='src/test/java/mx/observa/support/PrivacySet.java'
sub(PS,'Path.of("src/test/resources/privacidad-ciega-39"));','Path.of("src/test/resources/privacidad-ciega-39"),\n            Path.of("src/test/resources/privacidad-ciega-40"));')
PQT='src/test/java/mx/observa/report/PrivacyQualityTest.java'
sub(PQT,'''     * word): privacidad-ciega-39 213 of 215, privacidad-ciega-38 212 of 214, privacidad-ciega-34 216 of 218.
     */''','''     * word): privacidad-ciega-39 213 of 215, privacidad-ciega-38 212 of 214, privacidad-ciega-34 216 of 218.
     * privacidad-ciega-40: 0.958 blind (205 of 214; names 142 of 151, every phone, address, e-mail and document).
     */''')
sub(PQT,'            Map.entry("privacidad-ciega-39", 0.99));','            Map.entry("privacidad-ciega-39", 0.99),\n            Map.entry("privacidad-ciega-40", 0.95));')
sub(PQT,'figure whose work is a comparison\'s yardstick, «comparado con lo que filmaba …»; and six figures listed).','figure whose work is a comparison\'s yardstick, «comparado con lo que filmaba …»; and six figures listed).\n     * privacidad-ciega-40: 5 of 45 blind (11.1 %).')
sub(PQT,'            Map.entry("privacidad-ciega-39", 0.024));','            Map.entry("privacidad-ciega-39", 0.024),\n            Map.entry("privacidad-ciega-40", 0.112));')
PIT='src/test/java/mx/observa/report/PrivacyPublicationIT.java'
sub(PIT,'''     * reads «viudo de …»), -39 1.
     */''','''     * reads «viudo de …»), -39 1. privacidad-ciega-40: 4 blind on the commission's pages (2 in part), 2 in the
     * consolidated report, 1 in its searches.
     */''')
sub(PIT,'''            Map.entry("privacidad-ciega-38", 3), Map.entry("privacidad-ciega-39", 1));''','''            Map.entry("privacidad-ciega-38", 3), Map.entry("privacidad-ciega-39", 1),
            Map.entry("privacidad-ciega-40", 4));''')
sub(PIT,'''round merged.
     */''','''round merged. privacidad-ciega-40: 2 of 14 blind.
     */''')
sub(PIT,'''"privacidad-ciega-35", 1, "privacidad-ciega-39", 1);''','''"privacidad-ciega-35", 1, "privacidad-ciega-39", 1,
            "privacidad-ciega-40", 2);''')
SE='src/tools/java/mx/observa/evaluation/SearchEvaluation.java'
sub(SE,'''    public static final String SEEN_39 = "ciega-39";''','''    public static final String SEEN_39 = "ciega-39";
    /** The fortieth held-out queries: evaluated blind once (2026-12-07, fortieth round), tuning data since. */
    public static final String SEEN_40 = "ciega-40";''')
sub(SE,'''            SEEN_38, SEEN_39);''','''            SEEN_38, SEEN_39, SEEN_40);''')
RC='src/tools/java/mx/observa/bench/RealisticCorpus.java'
sub(RC,'"evaluacion-ciega-39", "privacidad",','"evaluacion-ciega-39", "evaluacion-ciega-40", "privacidad",')
sub(RC,'"privacidad-ciega-39");','"privacidad-ciega-39", "privacidad-ciega-40");')
D='docs/calidad.md'
sub(D,'| **ciega 40** | `src/test/resources/evaluacion-ciega-40/` (30 informes, 476 pasajes) | otra persona, sin ver las reglas | se evaluó a ciegas **una vez** (2026-12-07, cuadragésima sesión, cifras abajo), con las reglas de la cuadragésima ronda |',
 '| **ciega 40 (vista)** | `src/test/resources/evaluacion-ciega-40/` (30 informes, 476 pasajes) | otra persona, sin ver las reglas | se evaluó a ciegas **una vez** (2026-12-07, cuadragésima sesión, cifras abajo), con las reglas de la cuadragésima ronda; desde la cuadragésima primera ronda es de ajuste |')
sub(D,'los cuarenta conjuntos de ajuste','los cuarenta y un conjuntos de ajuste')
sub(D,'otros treinta y nueve','otros cuarenta')
print('ok')
