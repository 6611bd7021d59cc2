import re,sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textedit import sub  # noqa: E402
EC='src/test/java/mx/observa/understand/EvaluationCorpus.java'
sub(EC,'Path.of("src/test/resources/evaluacion-ciega-38"));','Path.of("src/test/resources/evaluacion-ciega-38"),\n            Path.of("src/test/resources/evaluacion-ciega-39"));')
UQT='src/test/java/mx/observa/understand/UnderstandingQualityTest.java'
sub(UQT,'first thirty-eight held-out sets','first thirty-nine held-out sets')
sub(UQT,'each of the thirty-nine understanders','each of the forty understanders')
sub(UQT,'reads the thirty-nine models','reads the forty models')
sub(UQT,'''            // material), kind 0.951, serious 0.961)
            new SeenFloors(30, 0.93, 0.74, 0.95, 0.96, 0.73, 1.00, 1.00, 0.96, 1.00));''','''            // material), kind 0.951, serious 0.961)
            new SeenFloors(30, 0.93, 0.74, 0.95, 0.96, 0.73, 1.00, 1.00, 0.96, 1.00),
            // ciega 39, blind once (thirty-ninth session): F1 0.928, lowest topic precision 0.333 (remota), kind 0.941,
            // serious 0.933 (recall 0.609), alcaldía, distrito and UT 1.000, fecha 0.967
            new SeenFloors(30, 0.92, 0.33, 0.94, 0.93, 0.60, 1.00, 1.00, 1.00, 0.96));''')
PS='src/test/java/mx/observa/support/PrivacySet.java'
sub(PS,'Path.of("src/test/resources/privacidad-ciega-38"));','Path.of("src/test/resources/privacidad-ciega-38"),\n            Path.of("src/test/resources/privacidad-ciega-39"));')
PQT='src/test/java/mx/observa/report/PrivacyQualityTest.java'
sub(PQT,'''     * privacidad-ciega-36 215 of 216, privacidad-ciega-35 218 of 220, privacidad-ciega-24 213 of 213.
     */''','''     * privacidad-ciega-36 215 of 216, privacidad-ciega-35 218 of 220, privacidad-ciega-24 213 of 213.
     * privacidad-ciega-39: 0.981 blind (211 of 215; names 150 of 153, phones 19 of 20, every address, e-mail and
     * document).
     */''')
sub(PQT,'            Map.entry("privacidad-ciega-38", 0.985));','            Map.entry("privacidad-ciega-38", 0.985),\n            Map.entry("privacidad-ciega-39", 0.98));')
sub(PQT,'a known name\'s namesake in a figure\'s context, two figures compared by one «como», a building\'s maker).','a known name\'s namesake in a figure\'s context, two figures compared by one «como», a building\'s maker). privacidad-ciega-39: 4 of 42 blind (9.5 %).')
sub(PQT,'            Map.entry("privacidad-ciega-38", 0.063));','            Map.entry("privacidad-ciega-38", 0.063),\n            Map.entry("privacidad-ciega-39", 0.096));')
PIT='src/test/java/mx/observa/report/PrivacyPublicationIT.java'
sub(PIT,'''     * merged: -32 none in any output.
     */''','''     * merged: -32 none in any output. privacidad-ciega-39: 2 blind on the commission's pages (both in part), none in
     * the consolidated report or its searches.
     */''')
sub(PIT,'''            Map.entry("privacidad-ciega-38", 3));''','''            Map.entry("privacidad-ciega-38", 3), Map.entry("privacidad-ciega-39", 2));''')
sub(PIT,'''    private static final Map<String, Integer> MAX_TUNING_DECOYS_HIDDEN_BY_SET = Map.of("privacidad-ciega-8", 3,
            "privacidad-ciega-12", 1, "privacidad-ciega-35", 1);''','''    private static final Map<String, Integer> MAX_TUNING_DECOYS_HIDDEN_BY_SET = Map.of("privacidad-ciega-8", 3,
            "privacidad-ciega-12", 1, "privacidad-ciega-35", 1, "privacidad-ciega-39", 3);''')
SE='src/tools/java/mx/observa/evaluation/SearchEvaluation.java'
sub(SE,'''    public static final String SEEN_38 = "ciega-38";''','''    public static final String SEEN_38 = "ciega-38";
    /** The thirty-ninth held-out queries: evaluated blind once (2026-12-07, thirty-ninth round), tuning data since. */
    public static final String SEEN_39 = "ciega-39";''')
sub(SE,'''            SEEN_38);''','''            SEEN_38, SEEN_39);''')
RC='src/tools/java/mx/observa/bench/RealisticCorpus.java'
sub(RC,'"evaluacion-ciega-38", "privacidad",','"evaluacion-ciega-38", "evaluacion-ciega-39", "privacidad",')
sub(RC,'"privacidad-ciega-38");','"privacidad-ciega-38", "privacidad-ciega-39");')
D='docs/calidad.md'
sub(D,'| **ciega 39** | `src/test/resources/evaluacion-ciega-39/` (30 informes, 483 pasajes) | otra persona, sin ver las reglas | se evaluó a ciegas **una vez** (2026-12-07, trigésima novena sesión, cifras abajo), con las reglas de la trigésima novena ronda |',
 '| **ciega 39 (vista)** | `src/test/resources/evaluacion-ciega-39/` (30 informes, 483 pasajes) | otra persona, sin ver las reglas | se evaluó a ciegas **una vez** (2026-12-07, trigésima novena sesión, cifras abajo), con las reglas de la trigésima novena ronda; desde la cuadragésima ronda es de ajuste |')
sub(D,'los treinta y nueve conjuntos de ajuste','los cuarenta conjuntos de ajuste')
sub(D,'otros treinta y ocho','otros treinta y nueve')
print('ok')
