import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textedit import sub  # noqa: E402
EC='src/test/java/mx/observa/understand/EvaluationCorpus.java'
sub(EC,'Path.of("src/test/resources/evaluacion-ciega-40"));','Path.of("src/test/resources/evaluacion-ciega-40"),\n            Path.of("src/test/resources/evaluacion-ciega-41"));')
UQT='src/test/java/mx/observa/understand/UnderstandingQualityTest.java'
sub(UQT,'first forty held-out sets','first forty-one held-out sets')
sub(UQT,'each of the forty-one understanders','each of the forty-two understanders')
sub(UQT,'reads the forty-one models','reads the forty-two models')
sub(UQT,'''            // 0.961 (recall 0.754))
            new SeenFloors(30, 0.92, 0.39, 0.92, 0.96, 0.75, 1.00, 1.00, 0.96, 0.96));''','''            // 0.961 (recall 0.754))
            new SeenFloors(30, 0.92, 0.39, 0.92, 0.96, 0.75, 1.00, 1.00, 0.96, 0.96),
            // ciega 41, blind once (forty-first session): F1 0.952, lowest topic precision 0.333 (difusion: one labelled
            // passage, read in three reports), kind 0.926, serious 0.921 (recall 0.784), alcaldía, distrito and fecha
            // 1.000, UT 0.967
            new SeenFloors(30, 0.95, 0.33, 0.92, 0.92, 0.78, 1.00, 1.00, 0.96, 1.00));''')
PS='src/test/java/mx/observa/support/PrivacySet.java'
sub(PS,'Path.of("src/test/resources/privacidad-ciega-40"));','Path.of("src/test/resources/privacidad-ciega-40"),\n            Path.of("src/test/resources/privacidad-ciega-41"));')
PQT='src/test/java/mx/observa/report/PrivacyQualityTest.java'
sub(PQT,'''     * since the forty-first round (207 of 214).
     */''','''     * since the forty-first round (207 of 214). privacidad-ciega-41: 0.979 blind (190 of 194; names 127 of 130, phones
     * 19 of 20, every address, e-mail and document).
     */''')
sub(PQT,'            Map.entry("privacidad-ciega-40", 0.965));','            Map.entry("privacidad-ciega-40", 0.965),\n            Map.entry("privacidad-ciega-41", 0.975));')
sub(PQT,'listed; a monument\'s figure, «la estatua de …»), 2 since the same round with «Jacobo Zabludovsky» listed.','listed; a monument\'s figure, «la estatua de …»), 2 since the same round with «Jacobo Zabludovsky» listed.\n     * privacidad-ciega-41: 2 of 45 blind (4.4 %).')
sub(PQT,'            Map.entry("privacidad-ciega-40", 0.045));','            Map.entry("privacidad-ciega-40", 0.045),\n            Map.entry("privacidad-ciega-41", 0.045));')
PIT='src/test/java/mx/observa/report/PrivacyPublicationIT.java'
sub(PIT,'''     * round merged. privacidad-ciega-40: 2 of 14 blind, none since the forty-first round.
     */''','''     * round merged. privacidad-ciega-40: 2 of 14 blind, none since the forty-first round. privacidad-ciega-41: 1 of 14
     * blind.
     */''')
sub(PIT,'''"privacidad-ciega-35", 1, "privacidad-ciega-39", 1);''','''"privacidad-ciega-35", 1, "privacidad-ciega-39", 1,
            "privacidad-ciega-41", 1);''')
SE='src/tools/java/mx/observa/evaluation/SearchEvaluation.java'
sub(SE,'''    public static final String SEEN_40 = "ciega-40";''','''    public static final String SEEN_40 = "ciega-40";
    /** The forty-first held-out queries: evaluated blind once (2026-12-07, forty-first round), tuning data since. */
    public static final String SEEN_41 = "ciega-41";''')
sub(SE,'''            SEEN_38, SEEN_39, SEEN_40);''','''            SEEN_38, SEEN_39, SEEN_40, SEEN_41);''')
RC='src/tools/java/mx/observa/bench/RealisticCorpus.java'
sub(RC,'"evaluacion-ciega-40", "privacidad",','"evaluacion-ciega-40", "evaluacion-ciega-41", "privacidad",')
sub(RC,'"privacidad-ciega-40");','"privacidad-ciega-40", "privacidad-ciega-41");')
D='docs/calidad.md'
sub(D,'con las reglas de la cuadragésima primera ronda |','con las reglas de la cuadragésima primera ronda; desde la cuadragésima segunda ronda es de ajuste |')
sub(D,'| **ciega 41** | `src/test/resources/evaluacion-ciega-41/`','| **ciega 41 (vista)** | `src/test/resources/evaluacion-ciega-41/`')
sub(D,'los cuarenta y un conjuntos de ajuste','los cuarenta y dos conjuntos de ajuste')
sub(D,'otros cuarenta (','otros cuarenta y uno (')
print('ok')
