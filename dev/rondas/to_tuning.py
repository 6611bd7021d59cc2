import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textedit import sub  # noqa: E402
EC='src/test/java/mx/observa/understand/EvaluationCorpus.java'
sub(EC,'Path.of("src/test/resources/evaluacion-ciega-41"));','Path.of("src/test/resources/evaluacion-ciega-41"),\n            Path.of("src/test/resources/evaluacion-ciega-42"));')
UQT='src/test/java/mx/observa/understand/UnderstandingQualityTest.java'
sub(UQT,'first forty-one held-out sets','first forty-two held-out sets')
sub(UQT,'each of the forty-two understanders','each of the forty-three understanders')
sub(UQT,'reads the forty-two models','reads the forty-three models')
sub(UQT,'''            new SeenFloors(30, 0.95, 0.33, 0.92, 0.92, 0.78, 1.00, 1.00, 0.96, 1.00));''','''            new SeenFloors(30, 0.95, 0.33, 0.92, 0.92, 0.78, 1.00, 1.00, 0.96, 1.00),
            // ciega 42, blind once (forty-second session): F1 0.934, lowest topic precision 0.333 (remota, 1 of 3
            // reports), kind 0.900, serious 0.909 (recall 0.794), alcaldía, distrito, UT and fecha 1.000
            new SeenFloors(30, 0.93, 0.33, 0.89, 0.90, 0.79, 1.00, 1.00, 1.00, 1.00));''')
PS='src/test/java/mx/observa/support/PrivacySet.java'
sub(PS,'Path.of("src/test/resources/privacidad-ciega-41"));','Path.of("src/test/resources/privacidad-ciega-41"),\n            Path.of("src/test/resources/privacidad-ciega-42"));')
PQT='src/test/java/mx/observa/report/PrivacyQualityTest.java'
sub(PQT,'            Map.entry("privacidad-ciega-41", 0.99));','            Map.entry("privacidad-ciega-41", 0.99),\n            Map.entry("privacidad-ciega-42", 0.985));')
sub(PQT,'            Map.entry("privacidad-ciega-41", 0.045));','            Map.entry("privacidad-ciega-41", 0.045),\n            Map.entry("privacidad-ciega-42", 0.069));')
PIT='src/test/java/mx/observa/report/PrivacyPublicationIT.java'
sub(PIT,'''"privacidad-ciega-41", 1);''','''"privacidad-ciega-41", 1,
            "privacidad-ciega-42", 1);''')
SE='src/tools/java/mx/observa/evaluation/SearchEvaluation.java'
sub(SE,'''    public static final String SEEN_41 = "ciega-41";''','''    public static final String SEEN_41 = "ciega-41";
    /** The forty-second held-out queries: evaluated blind once (2026-12-07, forty-second round), tuning data since. */
    public static final String SEEN_42 = "ciega-42";''')
sub(SE,'''SEEN_38, SEEN_39, SEEN_40, SEEN_41);''','''SEEN_38, SEEN_39, SEEN_40, SEEN_41, SEEN_42);''')
RC='src/tools/java/mx/observa/bench/RealisticCorpus.java'
sub(RC,'"evaluacion-ciega-41", "privacidad",','"evaluacion-ciega-41", "evaluacion-ciega-42", "privacidad",')
sub(RC,'"privacidad-ciega-41");','"privacidad-ciega-41", "privacidad-ciega-42");')
D='docs/calidad.md'
sub(D,'| **ciega 42** | `src/test/resources/evaluacion-ciega-42/`','| **ciega 42 (vista)** | `src/test/resources/evaluacion-ciega-42/`')
sub(D,'los cuarenta y dos conjuntos de ajuste','los cuarenta y tres conjuntos de ajuste')
sub(D,'otros cuarenta y uno (','otros cuarenta y dos (')
print('ok')
sub(D,'con las reglas de la cuadragésima segunda ronda |','con las reglas de la cuadragésima segunda ronda; desde la cuadragésima tercera ronda es de ajuste |')
sub(PQT,'''     * figure after its label, a number glued to its phone word, a surname after initials).
     */''','''     * figure after its label, a number glued to its phone word, a surname after initials). privacidad-ciega-42: 0.986
     * blind (204 of 207; names 141 of 143, every phone, 19 of 20 addresses).
     */''')
sub(PQT,'''     * privacidad-ciega-41: 2 of 45 blind (4.4 %).
     */''','''     * privacidad-ciega-41: 2 of 45 blind (4.4 %). privacidad-ciega-42: 3 of 44 blind (6.8 %).
     */''')
sub(PIT,'''privacidad-ciega-41: 1 of 14
     * blind.
     */''','''privacidad-ciega-41: 1 of 14
     * blind. privacidad-ciega-42: 1 of 14 blind.
     */''')
print('ok2')
