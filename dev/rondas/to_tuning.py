import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textedit import sub  # noqa: E402
EC='src/test/java/mx/observa/understand/EvaluationCorpus.java'
sub(EC,'Path.of("src/test/resources/evaluacion-ciega-42"));','Path.of("src/test/resources/evaluacion-ciega-42"),\n            Path.of("src/test/resources/evaluacion-ciega-43"));')
UQT='src/test/java/mx/observa/understand/UnderstandingQualityTest.java'
sub(UQT,'first forty-two held-out sets','first forty-three held-out sets')
sub(UQT,'each of the forty-three understanders','each of the forty-four understanders')
sub(UQT,'for the forty-three left-out classifiers','for the forty-four left-out classifiers')
sub(UQT,'reads the forty-three models','reads the forty-four models')
sub(UQT,'''            new SeenFloors(30, 0.93, 0.33, 0.89, 0.90, 0.79, 1.00, 1.00, 1.00, 1.00));''','''            new SeenFloors(30, 0.93, 0.33, 0.89, 0.90, 0.79, 1.00, 1.00, 1.00, 1.00),
            // ciega 43, blind once (forty-third session): F1 0.957, lowest topic precision 0.667 (difusion, 2 of 3
            // reports), kind 0.930, serious 0.926 (recall 0.704), alcaldía, distrito, UT and fecha 1.000
            new SeenFloors(30, 0.95, 0.66, 0.92, 0.92, 0.70, 1.00, 1.00, 1.00, 1.00));''')
PS='src/test/java/mx/observa/support/PrivacySet.java'
sub(PS,'Path.of("src/test/resources/privacidad-ciega-42"));','Path.of("src/test/resources/privacidad-ciega-42"),\n            Path.of("src/test/resources/privacidad-ciega-43"));')
PQT='src/test/java/mx/observa/report/PrivacyQualityTest.java'
sub(PQT,'            Map.entry("privacidad-ciega-42", 0.985));','            Map.entry("privacidad-ciega-42", 0.985),\n            Map.entry("privacidad-ciega-43", 0.96));')
sub(PQT,'            Map.entry("privacidad-ciega-41", 0.023));','            Map.entry("privacidad-ciega-41", 0.023),\n            Map.entry("privacidad-ciega-43", 0.087));')
sub(PQT,'''     * blind (204 of 207; names 141 of 143, every phone, 19 of 20 addresses).
     */''','''     * blind (204 of 207; names 141 of 143, every phone, 19 of 20 addresses). privacidad-ciega-43: 0.964 blind (187 of
     * 194; names 126 of 132, every phone, 19 of 20 addresses).
     */''')
sub(PQT,'''the forty-third round (a courtesy title before a saint's name).
     */''','''the forty-third round (a courtesy title before a saint's name). privacidad-ciega-43: 4 of 46 blind (8.7 %).
     */''')
PIT='src/test/java/mx/observa/report/PrivacyPublicationIT.java'
sub(PIT,'''            Map.entry("privacidad-ciega-40", 2));''','''            Map.entry("privacidad-ciega-40", 2),
            Map.entry("privacidad-ciega-43", 2));''')
sub(PIT,'''"privacidad-ciega-42", 1);''','''"privacidad-ciega-42", 1,
            "privacidad-ciega-43", 3);''')
sub(PIT,'''     * blind. privacidad-ciega-42: 1 of 14 blind.
     */''','''     * blind. privacidad-ciega-42: 1 of 14 blind. privacidad-ciega-43: 3 of 25 blind.
     */''')
SE='src/tools/java/mx/observa/evaluation/SearchEvaluation.java'
sub(SE,'''    public static final String SEEN_42 = "ciega-42";''','''    public static final String SEEN_42 = "ciega-42";
    /** The forty-third held-out queries: evaluated blind once (2026-12-07, forty-third round), tuning data since. */
    public static final String SEEN_43 = "ciega-43";''')
sub(SE,'''SEEN_41, SEEN_42);''','''SEEN_41, SEEN_42, SEEN_43);''')
RC='src/tools/java/mx/observa/bench/RealisticCorpus.java'
sub(RC,'"evaluacion-ciega-42", "privacidad",','"evaluacion-ciega-42", "evaluacion-ciega-43", "privacidad",')
sub(RC,'"privacidad-ciega-42");','"privacidad-ciega-42", "privacidad-ciega-43");')
D='docs/calidad.md'
sub(D,'| **ciega 43** | `src/test/resources/evaluacion-ciega-43/`','| **ciega 43 (vista)** | `src/test/resources/evaluacion-ciega-43/`')
sub(D,'los cuarenta y tres conjuntos de ajuste','los cuarenta y cuatro conjuntos de ajuste')
sub(D,'otros cuarenta y dos (','otros cuarenta y tres (')
sub(D,'con las reglas de la cuadragésima tercera ronda |','con las reglas de la cuadragésima tercera ronda; desde la cuadragésima cuarta ronda es de ajuste |')
print('ok')
